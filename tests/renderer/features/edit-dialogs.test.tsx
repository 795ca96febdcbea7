// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZhituBridge } from '../../../electron/shared/api';
import { Dialogs } from '../../../renderer/src/features/edit/Dialogs';
import { useShortcuts } from '../../../renderer/src/features/keyboard/use-shortcuts';
import { initialState, store } from '../../../renderer/src/state/store';
import { node, sampleGraph } from './graph/fixtures';

const bridge = {
  edit: vi.fn(async () => ({ id: 'o1', canUndo: true, canRedo: false })),
  workspaceInfo: vi.fn(async () => ({ dir: '/ws', schemaVersion: 1, articles: 1, entities: 1, relations: 0, canUndo: true, canRedo: false, orphans: [], warnings: [] })),
  listEntities: vi.fn(async () => []),
  listArticles: vi.fn(async () => []),
  getGraph: vi.fn(async () => sampleGraph()),
  getEntity: vi.fn(async () => ({ node: node('o1', '深圳市总工会', 'organisation'), relations: [], mentions: [] })),
  on: vi.fn(() => () => undefined),
} as unknown as ZhituBridge;
const edits = () => (bridge.edit as unknown as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0].op);

let root: Root | null = null;
let host: HTMLElement;

function Harness() {
  useShortcuts();
  return <Dialogs />;
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  (globalThis as { zhitu?: unknown }).zhitu = bridge;
});

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  store.set(initialState('en'));
  vi.clearAllMocks();
});

function render() {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(<Harness />));
}

async function fill(label: string, value: string) {
  const el = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${label}"]`)!;
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    host.querySelector('form')!.requestSubmit();
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('edit dialogs', () => {
  it('renames', async () => {
    store.set({ graph: sampleGraph(), dialog: { kind: 'rename', id: 'o1' } });
    render();
    expect(host.querySelector<HTMLInputElement>('[aria-label="New name"]')!.value).toBe('深圳市总工会');
    await fill('New name', '深圳总工会');
    await submit();
    expect(edits()).toEqual([{ op: 'rename', id: 'o1', name: '深圳总工会' }]);
    expect(store.get().dialog).toBeNull();
  });

  it('saves a note, tags and a colour', async () => {
    store.set({ graph: sampleGraph(), dialog: { kind: 'annotate', id: 'o1' } });
    render();
    await fill('Note', '  市级工会  ');
    await fill('Tags', '工会，深圳, 工会');
    await act(async () => host.querySelector<HTMLInputElement>('[aria-label="Use a custom colour"]')!.click());
    await submit();
    expect(edits()[0]).toEqual({ op: 'annotate', id: 'o1', note: '市级工会', tags: ['工会', '深圳'], color: '#4E79A7' });
  });

  it('changes the type and splits an alias out', async () => {
    const graph = sampleGraph();
    graph.nodes[0].aliases = ['深圳总工会', '市总工会'];
    (bridge.getGraph as unknown as ReturnType<typeof vi.fn>).mockResolvedValue(graph);
    store.set({ graph, dialog: { kind: 'retype', id: 'o1' } });
    render();
    await act(async () => host.querySelector<HTMLInputElement>('input[value="program"]')!.click());
    await submit();
    act(() => store.set({ dialog: { kind: 'splitAlias', id: 'o1' } }));
    await act(async () => host.querySelector<HTMLInputElement>('input[value="市总工会"]')!.click());
    await submit();
    expect(edits()).toEqual([
      { op: 'retype', id: 'o1', type: 'program' },
      { op: 'splitAlias', id: 'o1', alias: '市总工会' },
    ]);
  });

  it('asks before deleting the selected node with the Delete key', async () => {
    store.set({ graph: sampleGraph(), selection: { kind: 'node', id: 'p1' } });
    render();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete' }));
    });
    expect(store.get().dialog).toEqual({ kind: 'delete', id: 'p1', name: '李昱霖' });
    expect(host.querySelector('[role=dialog] h2')!.textContent).toBe('Delete 李昱霖?');
    expect(edits()).toEqual([]);
    await submit();
    expect(edits()).toEqual([{ op: 'delete', id: 'p1' }]);
    expect(store.get().selection).toBeNull();
  });

  it('gives the first focus of a delete dialog to Cancel, keeps Tab inside, and closes on Escape', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'toolbar';
    document.body.appendChild(outside);
    outside.focus();
    store.set({ graph: sampleGraph(), dialog: { kind: 'delete', id: 'p1', name: '李昱霖' } });
    render();
    const dialog = host.querySelector<HTMLElement>('[role=dialog]')!;
    expect(document.activeElement?.textContent).toBe('Cancel');
    const buttons = [...dialog.querySelectorAll('button')];
    // Tab from the last button comes back to the first; Shift+Tab from the first goes to the last.
    buttons[buttons.length - 1].focus();
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    });
    expect(document.activeElement).toBe(buttons[0]);
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }));
    });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    // Focus that escapes (a click elsewhere, a script) is brought back.
    await act(async () => {
      outside.focus();
    });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(store.get().dialog).toBeNull();
    expect(edits()).toEqual([]);
    outside.remove();
  });

  it('does not open the delete dialog on Backspace', async () => {
    store.set({ graph: sampleGraph(), selection: { kind: 'node', id: 'p1' } });
    render();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace' }));
    });
    expect(store.get().dialog).toBeNull();
  });

  it('lists the shortcuts and gestures in the help panel, in the interface language', async () => {
    store.set({ lang: 'zh' });
    render();
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }));
    });
    const dialog = host.querySelector<HTMLElement>('[role=dialog]')!;
    expect(dialog.querySelector('h2')!.textContent).toBe('按键与操作');
    expect(dialog.textContent).toContain('查找两个实体之间的路径');
    expect(dialog.textContent).toContain('Ctrl+Z');
  });
});
