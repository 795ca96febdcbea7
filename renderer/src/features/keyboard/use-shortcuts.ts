import { useEffect } from 'react';
import { clearSelection, expand } from '../../state/actions';
import { fitAll } from '../graph/placement';
import { getCurrentCy } from '../graph/graph-handle';
import { redo, undo } from '../../state/edit-actions';
import { store } from '../../state/store';
import { focusSearch } from '../search/SearchBox';
import { openArticleSearch } from '../articles/article-search';

/** Zooms the graph about the middle of the view by a step, or fits it. */
function zoomBy(action: 'zoomIn' | 'zoomOut' | 'fit'): void {
  const cy = getCurrentCy();
  if (!cy) return;
  if (action === 'fit') return fitAll(cy, true);
  const level = cy.zoom() * (action === 'zoomIn' ? 1.25 : 0.8);
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Whether keys typed now go to a text field (where Ctrl+Z means undo typing). */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export type ShortcutAction = 'search' | 'undo' | 'redo' | 'clear' | 'delete' | 'help' | 'zoomIn' | 'zoomOut' | 'fit' | 'layout' | 'expand' | 'path' | 'table' | 'articles';

/** Single keys (no modifier, not while typing) and what they do; listed in the help panel. */
export const SINGLE_KEYS: Record<string, ShortcutAction> = {
  '/': 'search',
  '?': 'help',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  '0': 'fit',
  l: 'layout',
  e: 'expand',
  p: 'path',
  t: 'table',
  a: 'articles',
  Escape: 'clear',
  Delete: 'delete',
};

/**
 * What a key press does, or null: kept pure so that it can be tested without a page.
 * Backspace does nothing (it is too easily pressed to mean "delete this entity").
 */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, typing: boolean): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'f') return 'search';
  if (mod && !e.altKey && key === 'z') return typing ? null : e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && key === 'y') return typing ? null : 'redo';
  if (typing || mod || e.altKey) return null;
  return SINGLE_KEYS[e.key] ?? SINGLE_KEYS[e.key.toLowerCase()] ?? null;
}

/**
 * Window-wide keys: `/` and Ctrl/Cmd+F search, `?` help, Esc clears, Delete asks to delete,
 * Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z redo, `+`/`-`/`0` zoom and fit, `l` layout, `e` expand the
 * selected entity, `p` find a path, `t` the table view, `a` the full-text search of the articles.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.get();
      // Dialogs handle their own keys.
      if (s.dialog || e.defaultPrevented) return;
      const action = shortcutFor(e, typingIn(e.target));
      if (!action) return;
      switch (action) {
        case 'search':
          e.preventDefault();
          focusSearch();
          break;
        case 'undo':
          e.preventDefault();
          void undo();
          break;
        case 'redo':
          e.preventDefault();
          void redo();
          break;
        case 'clear':
          if (s.contextMenu) store.set({ contextMenu: null });
          else clearSelection();
          break;
        case 'help':
          e.preventDefault();
          store.set({ dialog: { kind: 'help' } });
          break;
        case 'zoomIn':
        case 'zoomOut':
        case 'fit':
          e.preventDefault();
          zoomBy(action);
          break;
        case 'layout':
          store.set((st) => ({ layoutRequest: st.layoutRequest + 1 }));
          break;
        case 'expand':
          if (s.selection?.kind === 'node') void expand(s.selection.id);
          break;
        case 'path':
          e.preventDefault();
          store.set({ dialog: { kind: 'path', source: s.selection?.kind === 'node' ? s.selection.id : undefined } });
          break;
        case 'table':
          store.set((st) => ({ tableOpen: !st.tableOpen }));
          break;
        case 'articles':
          e.preventDefault();
          openArticleSearch();
          break;
        case 'delete': {
          if (s.selection?.kind === 'node') {
            const node = s.graph.nodes.find((n) => n.id === s.selection?.id);
            if (node?.type === 'article') return;
            e.preventDefault();
            store.set({ dialog: { kind: 'delete', id: s.selection.id, name: node?.name ?? s.details?.node.name ?? s.selection.id } });
          } else if (s.selection?.kind === 'edge') {
            e.preventDefault();
            store.set({ dialog: { kind: 'deleteEdge', id: s.selection.id } });
          }
          break;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
