import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { expand, mark, select } from '../../state/actions';
import { store, useStore } from '../../state/store';
import type { Dialog } from '../../state/store';

function Item({ children, onClick, danger }: { children: ReactNode; onClick: () => void; danger?: boolean }) {
  return (
    <button type="button" role="menuitem" className={danger ? 'danger' : undefined} onClick={onClick}>
      {children}
    </button>
  );
}

/** The right-click menu of a node, an edge or the background; a small menu of our own. */
export function ContextMenu() {
  const t = useT();
  const menu = useStore((s) => s.contextMenu);
  const name = useStore((s) => (s.contextMenu?.target.kind === 'node' ? s.graph.nodes.find((n) => n.id === (s.contextMenu?.target as { id: string }).id)?.name : undefined));
  const isArticle = useStore((s) => s.contextMenu?.target.kind === 'node' && s.graph.nodes.find((n) => n.id === (s.contextMenu?.target as { id: string }).id)?.type === 'article');
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && store.set({ contextMenu: null });
    const onDown = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && store.set({ contextMenu: null });
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onDown);
    };
  }, [menu]);
  if (!menu) return null;
  const open = (dialog: Dialog) => store.set({ dialog, contextMenu: null });
  const left = Math.min(menu.x, window.innerWidth - 240);
  const top = Math.min(menu.y, window.innerHeight - 360);
  const target = menu.target;
  return (
    <div className="context-menu" role="menu" aria-label={t('aria.actions')} ref={ref} style={{ left, top }}>
      {target.kind === 'node' && (
        <>
          <div className="menu-title">{name}</div>
          <Item onClick={() => void select({ kind: 'node', id: target.id })}>{t('menu.details')}</Item>
          <Item onClick={() => void expand(target.id)}>{t('menu.expand')}</Item>
          <Item onClick={() => void mark(target.id)}>{t('menu.pathFrom')}</Item>
          {!isArticle && (
            <>
              <hr />
              <Item onClick={() => open({ kind: 'annotate', id: target.id })}>{t('menu.annotate')}</Item>
              <Item onClick={() => open({ kind: 'rename', id: target.id })}>{t('menu.rename')}</Item>
              <Item onClick={() => open({ kind: 'retype', id: target.id })}>{t('menu.retype')}</Item>
              <Item onClick={() => open({ kind: 'merge', id: target.id })}>{t('menu.merge')}</Item>
              <Item onClick={() => open({ kind: 'splitAlias', id: target.id })}>{t('menu.splitAlias')}</Item>
              <Item onClick={() => open({ kind: 'addEdge', source: target.id })}>{t('menu.addEdge')}</Item>
              <hr />
              <Item danger onClick={() => open({ kind: 'delete', id: target.id, name: name ?? target.id })}>
                {t('menu.delete')}
              </Item>
            </>
          )}
        </>
      )}
      {target.kind === 'edge' && (
        <>
          <Item onClick={() => void select({ kind: 'edge', id: target.id })}>{t('menu.details')}</Item>
          <Item danger onClick={() => open({ kind: 'deleteEdge', id: target.id })}>
            {t('menu.deleteEdge')}
          </Item>
        </>
      )}
      {target.kind === 'background' && (
        <>
          <Item onClick={() => open({ kind: 'addNode' })}>{t('menu.addNode')}</Item>
          <Item onClick={() => open({ kind: 'addEdge' })}>{t('dialog.addEdge')}…</Item>
          <Item onClick={() => store.set((s) => ({ fitRequest: s.fitRequest + 1, contextMenu: null }))}>{t('menu.fit')}</Item>
        </>
      )}
    </div>
  );
}
