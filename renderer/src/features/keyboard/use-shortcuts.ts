import { useEffect } from 'react';
import { clearSelection } from '../../state/actions';
import { redo, undo } from '../../state/edit-actions';
import { store } from '../../state/store';
import { focusSearch } from '../search/SearchBox';

/** Whether keys typed now go to a text field (where Ctrl+Z means undo typing). */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** What a key press does, or null: kept pure so that it can be tested without a page. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, typing: boolean): 'search' | 'undo' | 'redo' | 'clear' | 'delete' | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'f') return 'search';
  if (mod && !e.altKey && key === 'z') return typing ? null : e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && key === 'y') return typing ? null : 'redo';
  if (typing || mod || e.altKey) return null;
  if (e.key === '/') return 'search';
  if (e.key === 'Escape') return 'clear';
  if (e.key === 'Delete' || e.key === 'Backspace') return 'delete';
  return null;
}

/** Window-wide keys: `/` and Ctrl/Cmd+F search, Esc clears, Delete asks to delete, Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z redo. */
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
