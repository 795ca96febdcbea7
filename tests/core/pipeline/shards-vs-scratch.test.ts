import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, entityDetails, filterGraph, graphStats, listEntities, listRelations } from '../../../electron/core/graph';
import { mentionTimeline } from '../../../electron/core/graph/timeline';
import { editOpSchema } from '../../../electron/shared/schemas';
import type { GraphData } from '../../../electron/shared/types';
import { editOp } from '../graph/arbitraries';
import { A1, A2, A3, ARTICLES, extractionV1, log } from '../graph/fixtures';
import { entityDetails as storedDetails } from '../../../electron/core/pipeline/details';
import { WorkspaceGraph } from '../../../electron/core/pipeline/workspace-graph';
import { Workspace } from '../../../electron/core/store';
import { fixtureWorkspace, openFixture } from './fixture-workspace';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-shards-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const lean = (g: GraphData): GraphData => ({ nodes: g.nodes, edges: g.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidence.length })) });

describe('the graph read from shards and the snapshot', () => {
  it('equals the graph built from scratch: whole graph, lists, stats, first view and every node\'s details (any edit log)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editOp, { maxLength: 8 }), fc.integer({ min: 0, max: 8 }), async (ops, undone) => {
        // The log on disk holds only edits its schema accepts (the API refuses the others).
        const edits = log(...ops.filter((op) => editOpSchema.safeParse(op).success));
        const cursor = Math.max(0, edits.length - undone);
        const dir = join(root, `ws${n++}`);
        // Two import batches: the graph must not depend on how the articles were batched.
        await fixtureWorkspace(dir, [[A1, A2], [A3]], extractionV1(), edits, cursor);
        const zhitu = await openFixture(dir);
        try {
          const input = { articles: ARTICLES, extractions: extractionV1(), edits: edits.slice(0, cursor) };
          const built = buildGraph(input);
          const whole = { includeArticles: true };
          expect(JSON.stringify(await zhitu.getGraph({ filter: whole, evidence: true }))).toBe(JSON.stringify(filterGraph(built.graph, whole)));
          expect(await zhitu.getGraph({ filter: whole })).toEqual(lean(filterGraph(built.graph, whole)));
          expect(await zhitu.getGraph({ filter: { limit: 5 } })).toEqual(lean(filterGraph(built.graph, { limit: 5 })));
          // Neighbourhoods, read through each node's edge list.
          const some = built.graph.nodes.filter((x) => x.type !== 'article').slice(0, 3).map((x) => x.id);
          for (const depth of [0, 1, 2]) {
            const focus = { focus: { ids: some, depth } };
            expect(await zhitu.getGraph({ filter: focus })).toEqual(lean(filterGraph(built.graph, focus)));
          }
          expect(await zhitu.listEntities({})).toEqual(listEntities(built.graph));
          expect(await zhitu.listRelations()).toEqual(listRelations(built.graph));
          expect(await zhitu.stats()).toEqual(graphStats(built.graph, ARTICLES.length));
          expect((await zhitu.workspaceInfo()).orphans).toEqual(built.orphans);
          for (const node of built.graph.nodes) {
            if (node.type === 'article') continue;
            const expected = entityDetails(built, input, node.id);
            expect(await zhitu.getEntity({ id: node.id })).toEqual({ ...expected, timeline: mentionTimeline(expected.mentions.map((m) => m.date)) });
          }
        } finally {
          await zhitu.close();
        }
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('gives an edge with all its evidence by id, and a page of a node\'s mentions with their count', async () => {
    const dir = join(root, `ws${n++}`);
    await fixtureWorkspace(dir, [ARTICLES], extractionV1());
    const zhitu = await openFixture(dir);
    try {
      const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [] });
      for (const e of built.graph.edges) expect(await zhitu.getEdge({ id: e.id })).toEqual({ ...e, evidenceCount: e.evidence.length });
      await expect(zhitu.getEdge({ id: 'r_0000000000000000' })).rejects.toThrow(/no relation/);
      const fund = built.graph.nodes.find((x) => x.name === '深圳市职工发展基金会');
      const all = await zhitu.getEntity({ id: fund!.id });
      expect(all.mentionCount).toBe(5);
      const page = await zhitu.getEntity({ id: fund!.id, mentionOffset: 1, mentionLimit: 2 });
      expect(page.mentionCount).toBe(5);
      expect(page.mentions).toEqual(all.mentions.slice(1, 3));
    } finally {
      await zhitu.close();
    }
  });

  it('gives a hub\'s relations without their evidence, with how many pieces each has', async () => {
    const dir = join(root, `ws${n++}`);
    await fixtureWorkspace(dir, [ARTICLES], extractionV1());
    const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [] });
    const ws = await Workspace.open(dir);
    const graph = new WorkspaceGraph(ws);
    const fund = built.graph.nodes.find((x) => x.name === '深圳市职工发展基金会')!;
    const expected = entityDetails(built, { articles: ARTICLES, extractions: extractionV1(), edits: [] }, fund.id);
    const pieces = expected.relations.reduce((k, r) => k + r.evidence.length, 0);
    expect(pieces).toBeGreaterThan(1);
    const full = await storedDetails(ws, graph, fund.id, { evidenceLimit: pieces });
    expect(full.relations).toEqual(expected.relations);
    const hub = await storedDetails(ws, graph, fund.id, { evidenceLimit: pieces - 1 });
    expect(hub.relations).toEqual(expected.relations.map((r) => ({ ...r, evidence: [], evidenceCount: r.evidence.length })));
    expect(hub.mentions).toEqual(full.mentions);
  });
});
