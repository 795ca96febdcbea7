// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZhituBridge } from '../../../../electron/shared/api';
import type { Evidence, GraphEdge, PathResult } from '../../../../electron/shared/types';
import { DetailsPanel } from '../../../../renderer/src/features/details/DetailsPanel';
import { EvidenceCache, evidenceCache, evidenceOf, evidenceTotal, needsEvidence, withStepEvidence } from '../../../../renderer/src/features/details/edge-evidence';
import { PathSteps } from '../../../../renderer/src/features/paths/PathSteps';
import { initialState, store } from '../../../../renderer/src/state/store';
import { edge, sampleGraph } from '../graph/fixtures';

const full: Evidence[] = [
  { article: 'a_1', start: 10, end: 30, text: '深圳市总工会发起成立深圳市职工发展基金会。', date: '2024-10-12' },
  { article: 'a_2', start: 5, end: 20, text: '基金会由市总工会发起。', date: '2024-11-01' },
];
const lean = (id: string, count: number): GraphEdge => edge(id, 'o1', 'o2', 'founded', { evidence: [], evidenceCount: count, label: '发起' });

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let pending = deferred<GraphEdge>();
const bridge = {
  getEdge: vi.fn(async ({ id }: { id: string }) => {
    const answer = await pending.promise;
    return { ...answer, id };
  }),
  on: vi.fn(() => () => undefined),
} as unknown as ZhituBridge & { getEdge: ReturnType<typeof vi.fn> };

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
  evidenceCache.clear();
  pending = deferred<GraphEdge>();
  vi.clearAllMocks();
});

function render(element: React.ReactElement) {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(element));
}

describe('deciding whether evidence must be fetched', () => {
  it('fetches only when a lean payload left out evidence the edge has', () => {
    expect(needsEvidence({ evidence: [], evidenceCount: 3 })).toBe(true);
    expect(needsEvidence({ evidence: [], evidenceCount: 0 })).toBe(false);
    expect(needsEvidence({ evidence: [] })).toBe(false);
    expect(needsEvidence({ evidence: full, evidenceCount: 2 })).toBe(false);
    expect(evidenceTotal({ evidence: [], evidenceCount: 3 })).toBe(3);
    expect(evidenceTotal({ evidence: full })).toBe(2);
  });
});

describe('the evidence cache', () => {
  it('asks the core once per edge, shares a running call and retries after a failure', async () => {
    let fail = true;
    const fetcher = vi.fn(async (id: string) => {
      if (fail) throw new Error('core down');
      return { ...lean(id, 2), evidence: full };
    });
    const cache = new EvidenceCache(fetcher);
    await expect(cache.load('e1')).rejects.toThrow('core down');
    fail = false;
    const [a, b] = await Promise.all([cache.load('e1'), cache.load('e1')]);
    expect(a).toEqual(full);
    expect(b).toBe(a);
    await cache.load('e1');
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(cache.peek('e1')).toEqual(full);
    cache.sync({ workspace: 'changed' });
    expect(cache.peek('e1')).toBeUndefined();
  });

  it('uses the payload evidence when it is there and fetches it when it is not', async () => {
    const fetcher = vi.fn(async (id: string) => ({ ...lean(id, 2), evidence: full }));
    const cache = new EvidenceCache(fetcher);
    expect(await evidenceOf('e1', { evidence: full.slice(0, 1), evidenceCount: 1 }, cache)).toEqual(full.slice(0, 1));
    expect(fetcher).not.toHaveBeenCalled();
    expect(await evidenceOf('e2', { evidence: [], evidenceCount: 2 }, cache)).toEqual(full);
    expect(fetcher).toHaveBeenCalledWith('e2');
  });

  it('fills the steps of paths that came without evidence before an export', async () => {
    const fetcher = vi.fn(async (id: string) => ({ ...lean(id, 2), evidence: full }));
    const paths: PathResult[] = [
      {
        nodes: ['o1', 'o2', 'g1'],
        steps: [
          { from: 'o1', to: 'o2', edge: { id: 'e1', type: 'founded', label: '发起', weight: 2, direction: 'forward' }, evidence: full.slice(1) },
          { from: 'o2', to: 'g1', edge: { id: 'e9', type: 'located_in', label: '', weight: 1, direction: 'forward', evidenceCount: 2 } as PathResult['steps'][number]['edge'], evidence: [] },
        ],
      },
    ];
    const filled = await withStepEvidence(paths, new EvidenceCache(fetcher));
    expect(filled[0].steps[0].evidence).toEqual(full.slice(1));
    expect(filled[0].steps[1].evidence).toEqual(full);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });
});

describe('opening a lean edge', () => {
  it('shows the count and a loading state, then the evidence getEdge returns', async () => {
    const graph = sampleGraph();
    graph.edges[0] = lean('e1', 2);
    store.set({ graph, selection: { kind: 'edge', id: 'e1' } });
    render(<DetailsPanel />);
    const panel = host.querySelector('[data-testid="edge-details"]')!;
    expect(panel.querySelector('h3 .count')?.textContent).toBe('2');
    expect(panel.querySelector('[data-testid="evidence-loading"]')?.textContent).toBe('Loading evidence…');
    expect(bridge.getEdge).toHaveBeenCalledWith({ id: 'e1' });
    await act(async () => pending.resolve({ ...lean('e1', 2), evidence: full }));
    expect(panel.querySelector('[data-testid="evidence-loading"]')).toBeNull();
    expect([...panel.querySelectorAll('.evidence blockquote')].map((b) => b.textContent)).toEqual(full.map((e) => e.text));
  });

  it('reports a core that cannot give the edge', async () => {
    const graph = sampleGraph();
    graph.edges[0] = lean('e1', 2);
    store.set({ graph, selection: { kind: 'edge', id: 'e1' } });
    render(<DetailsPanel />);
    await act(async () => pending.reject(new Error('getEdge: not available in this version of the core')));
    expect(host.querySelector('[role=alert]')?.textContent).toContain('getEdge');
  });

  it('does not ask the core for an edge whose payload carries its evidence', () => {
    store.set({ graph: sampleGraph(), selection: { kind: 'edge', id: 'e1' } });
    render(<DetailsPanel />);
    expect(host.querySelectorAll('.evidence').length).toBe(1);
    expect(bridge.getEdge).not.toHaveBeenCalled();
  });

  it('fetches the evidence of a path step that came without it', async () => {
    const path: PathResult = {
      nodes: ['o1', 'o2'],
      steps: [{ from: 'o1', to: 'o2', edge: { id: 'e7', type: 'founded', label: '发起', weight: 2, direction: 'forward', evidenceCount: 2 } as PathResult['steps'][number]['edge'], evidence: [] }],
    };
    render(<PathSteps path={path} index={0} name={(id) => id} />);
    expect(host.querySelector('[data-testid="evidence-loading"]')).not.toBeNull();
    await act(async () => pending.resolve({ ...lean('e7', 2), evidence: full }));
    expect(bridge.getEdge).toHaveBeenCalledWith({ id: 'e7' });
    expect(host.querySelectorAll('.evidence').length).toBe(2);
  });
});
