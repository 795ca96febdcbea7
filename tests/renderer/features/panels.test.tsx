// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZhituBridge } from '../../../electron/shared/api';
import type { EntityDetails } from '../../../electron/shared/types';
import { DetailsPanel } from '../../../renderer/src/features/details/DetailsPanel';
import { FilterPanel } from '../../../renderer/src/features/filters/FilterPanel';
import { SearchBox } from '../../../renderer/src/features/search/SearchBox';
import { initialState, store } from '../../../renderer/src/state/store';
import { node, sampleGraph } from './graph/fixtures';

const details: EntityDetails = {
  node: node('o1', '深圳市总工会', 'organisation', { aliases: ['深圳总工会'], note: '市级工会', tags: ['工会'] }),
  relations: [
    {
      ...sampleGraph().edges[0],
      evidence: [{ article: 'a_1', start: 10, end: 30, text: '深圳市总工会发起成立深圳市职工发展基金会。', date: '2024-10-12' }],
      otherId: 'o2',
      otherName: '深圳市职工发展基金会',
      otherType: 'organisation',
      direction: 'out',
    },
  ],
  mentions: [{ article: 'a_1', start: 100, end: 120, text: '近年来，深圳市总工会打造公益慈善生态。', date: '2024-10-12', mentionStart: 104, mentionEnd: 110, surface: '深圳市总工会' }],
  mentionCount: 1,
};

const bridge = {
  getEntity: vi.fn(async ({ id }: { id: string }) => ({ ...details, node: { ...details.node, id } })),
  getGraph: vi.fn(async () => sampleGraph()),
  on: vi.fn(() => () => undefined),
} as unknown as ZhituBridge & { getEntity: ReturnType<typeof vi.fn>; getGraph: ReturnType<typeof vi.fn> };

let root: Root | null = null;
let host: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  (globalThis as { zhitu?: unknown }).zhitu = bridge;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host?.remove();
  store.set(initialState('en'));
  vi.clearAllMocks();
});

function render(element: React.ReactElement) {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(element));
}

async function type(input: HTMLInputElement, text: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the search box', () => {
  it('suggests by pinyin initials and selects the first match on Enter', async () => {
    store.set({
      graph: sampleGraph(),
      entities: sampleGraph().nodes.map((n) => ({ id: n.id, type: n.type as 'organisation', name: n.name, aliases: n.aliases, mentions: n.mentions, articles: n.articles })),
    });
    render(<SearchBox />);
    const input = host.querySelector<HTMLInputElement>('input[type=search][aria-label="Search entities"]')!;
    expect(input).not.toBeNull();
    await act(async () => input.focus());
    await type(input, 'szsz');
    const options = [...host.querySelectorAll('[role=listbox] [role=option]')].map((o) => o.querySelector('.suggestion-name')?.textContent);
    expect(options).toEqual(['深圳市总工会', '深圳市职工发展基金会']);
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(store.get().selection).toEqual({ kind: 'node', id: 'o1' });
    expect(bridge.getEntity).toHaveBeenCalledWith({ id: 'o1' });
    expect(store.get().centreRequest?.id).toBe('o1');
  });
});

describe('the details panel', () => {
  it('lists relations by type with the other entity, and evidence with the mention marked', () => {
    store.set({ graph: sampleGraph(), selection: { kind: 'node', id: 'o1' }, details });
    render(<DetailsPanel />);
    expect(host.querySelector('.entity-name')?.textContent).toBe('深圳市总工会');
    expect(host.querySelector('[data-testid="entity-note"]')?.textContent).toBe('市级工会');
    const founded = host.querySelector('[data-testid="relations-founded"]')!;
    expect(founded.textContent).toContain('深圳市职工发展基金会');
    const marks = [...host.querySelectorAll('.evidence mark')].map((m) => m.textContent);
    expect(marks).toEqual(['深圳市总工会']);
  });

  it('selects the other entity when its name is clicked', async () => {
    store.set({ graph: sampleGraph(), selection: { kind: 'node', id: 'o1' }, details });
    render(<DetailsPanel />);
    const link = [...host.querySelectorAll<HTMLButtonElement>('button.entity-link')].find((b) => b.textContent === '深圳市职工发展基金会')!;
    await act(async () => link.click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(store.get().selection).toEqual({ kind: 'node', id: 'o2' });
    expect(bridge.getEntity).toHaveBeenCalledWith({ id: 'o2' });
  });

  it('shows an edge with all its evidence', () => {
    store.set({ graph: sampleGraph(), selection: { kind: 'edge', id: 'e1' } });
    render(<DetailsPanel />);
    const panel = host.querySelector('[data-testid="edge-details"]')!;
    expect(panel.textContent).toContain('founded');
    expect(panel.textContent).toContain('深圳市总工会');
    expect(panel.textContent).toContain('发起');
    expect(panel.querySelectorAll('.evidence').length).toBe(1);
  });
});

describe('the filter panel', () => {
  it('asks the core for the graph without the unchecked type', async () => {
    vi.useFakeTimers();
    render(<FilterPanel />);
    const person = host.querySelector<HTMLInputElement>('input[aria-label="Show person"]')!;
    await act(async () => person.click());
    await act(async () => vi.advanceTimersByTime(500));
    vi.useRealTimers();
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(store.get().filter.types).toEqual(['organisation', 'place', 'program']);
    expect(bridge.getGraph).toHaveBeenCalledWith({ filter: { types: ['organisation', 'place', 'program'], limit: 300 } });
  });
});
