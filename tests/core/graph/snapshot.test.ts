import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../electron/core/graph';
import { applyLightEdits } from '../../../electron/core/graph/light-edits';
import { encodeEdgeIds, findEdgeKey, ID_CHUNK, ID_RECORD, type EdgeIdOthers } from '../../../electron/core/graph/snapshot-decode';
import { decodeEdges, idKey } from '../../../electron/core/graph/snapshot-edges';
import { contentBytes, encodeSnapshot, type SnapshotFile } from '../../../electron/core/graph/snapshot-encode';
import { snapshotGraph, type SnapshotTables } from '../../../electron/core/graph/snapshot-graph';
import type { Article, EditOp, GraphData } from '../../../electron/shared/types';
import { ENTITY_TYPES } from '../../../electron/shared/types';
import { NODE_IDS, editOp } from './arbitraries';
import { ARTICLES, extractionV1, log } from './fixtures';

const KEY = { catalog: 'c', edits: 'e', editCount: 0 };
const LEXICON = { entries: [], blocked: [] };

/** The text files (JSON, JSON lines: written as strings or as UTF-8 buffers, whole or in parts). */
function parts(files: SnapshotFile[]): Record<string, string> {
  return Object.fromEntries(files.flatMap((f) => (f.name.endsWith('.bin') ? [] : [[f.name, contentBytes(f.content).toString('utf8')]])));
}

function bins(files: SnapshotFile[]): Record<string, Buffer> {
  return Object.fromEntries(files.flatMap((f) => (f.name.endsWith('.bin') ? [[f.name, contentBytes(f.content)]] : [])));
}

function tables(files: SnapshotFile[]): SnapshotTables {
  const p = parts(files);
  const b = bins(files);
  const json = (name: string): never => JSON.parse(p[`${name}.json`]) as never;
  const edges = (name: string) => decodeEdges(p[`${name}.json`], b[`${name}.bin`]);
  return { summary: json('summary'), articles: json('articles'), nodes: json('nodes'), edges: edges('edges'), mentionEdges: edges('mention-edges'), state: json('state') };
}

function texts(p: Record<string, string>) {
  return { nodeArticles: p['node-articles.jsonl'], mentions: p['mentions.jsonl'], evidence: p['evidence.jsonl'] };
}

function roundTrip(ops: EditOp[], articles: Article[] = ARTICLES) {
  const built = buildGraph({ articles, extractions: extractionV1(), edits: log(...ops) });
  const files = [...encodeSnapshot(built, articles, KEY, LEXICON)];
  const p = parts(files);
  const text = (slot: number): string | undefined => articles[slot]?.text;
  return { built, files, t: tables(files), p, text };
}

/** The graph as `getGraph` returns it without evidence. */
function lean(g: GraphData): GraphData {
  return { nodes: g.nodes, edges: g.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidence.length })) };
}

describe('graph snapshot', () => {
  it('gives back the graph it was made from, evidence and mentions included (any edit log)', () => {
    fc.assert(
      fc.property(fc.array(editOp, { maxLength: 10 }), (ops) => {
        const { built, t, p, text } = roundTrip(ops);
        const again = snapshotGraph(t, texts(p), text, 'full');
        expect(JSON.stringify(again.graph)).toBe(JSON.stringify(built.graph));
        // The same mentions for every entity (the order of the map's keys is not part of it).
        const byKey = (m: Map<string, unknown[]>) => [...m].filter(([, list]) => list.length > 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
        expect(byKey(again.mentionIndex)).toEqual(byKey(built.mentionIndex));
        expect([...again.redirects]).toEqual([...built.redirects]);
        expect([...again.removed]).toEqual([...built.removed]);
        expect(again.orphans).toEqual(built.orphans);
        expect(snapshotGraph(t, { ...texts(p), mentions: null, evidence: null }, text, 'lean').graph).toEqual(lean(built.graph));
        expect(t.summary.stats.articles).toBe(ARTICLES.length);
      }),
      { numRuns: 120 },
    );
  });

  it('makes the same files from a graph it may empty as it goes (an import), and empties it (any edit log)', () => {
    fc.assert(
      fc.property(fc.array(editOp, { maxLength: 10 }), (ops) => {
        const { files } = roundTrip(ops);
        const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: log(...ops) });
        const consumed = [...encodeSnapshot(built, ARTICLES, KEY, LEXICON, undefined, { consume: true })];
        expect(consumed.map((f) => f.name).sort()).toEqual(files.map((f) => f.name).sort());
        const byName = new Map(files.map((f) => [f.name, f.content]));
        for (const f of consumed) expect(contentBytes(f.content).equals(contentBytes(byName.get(f.name) ?? '')), f.name).toBe(true);
        expect(consumed.at(-1)?.name).toBe('summary.json');
        expect(built.graph.edges).toHaveLength(0);
        expect(built.mentionIndex.size).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('finds every typed edge by its id, with where its evidence line starts, and nothing for an unknown id', async () => {
    const { built, p, t, files } = roundTrip([]);
    const others = JSON.parse(p['edge-ids.json']) as EdgeIdOthers;
    const bin = bins(files)['edge-ids.bin'];
    const count = bin.length / ID_RECORD;
    const read = (offset: number, length: number): Buffer => bin.subarray(offset, offset + length);
    const typed = built.graph.edges.filter((e) => e.type !== 'mentions');
    let start = 0;
    for (const [row, e] of typed.entries()) {
      const key = idKey(e.id);
      if (key) expect(await findEdgeKey(key, count, others.fence, read)).toEqual({ row, evidenceStart: start });
      else expect(others.other[e.id]).toBe(row);
      start += t.edges.el[row];
    }
    expect(count + Object.keys(others.other).length).toBe(typed.length);
    expect(await findEdgeKey([0, 0], count, others.fence, read)).toBeNull();
    expect(await findEdgeKey([0xffffffff, 0xffffffff], count, others.fence, read)).toBeNull();
    expect(t.edges.type).toHaveLength(typed.length);
  });

  it('finds ids by the fence and one chunk of edge-ids.bin when it has many chunks', async () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const keys: Array<[number, number] | null> = Array.from({ length: 3 * ID_CHUNK + 17 }, (_, i) => (i % 97 === 5 ? null : [next(), next()]));
    const starts = keys.map((_, i) => i * 10);
    const { bin, fence } = encodeEdgeIds(keys, starts);
    const count = bin.length / ID_RECORD;
    expect(fence).toHaveLength(2 * Math.ceil(count / ID_CHUNK));
    let reads = 0;
    const read = (offset: number, length: number): Buffer => {
      reads++;
      return bin.subarray(offset, offset + length);
    };
    for (const [row, key] of keys.entries()) if (key) expect(await findEdgeKey(key, count, fence, read)).toEqual({ row, evidenceStart: row * 10 });
    expect(reads).toBe(count);
    expect(await findEdgeKey([0, 0], count, fence, read)).toBeNull();
    expect(await findEdgeKey([0xffffffff, 0xffffffff], count, fence, read)).toBeNull();
  });

  const light: fc.Arbitrary<EditOp> = fc.oneof(
    fc.record({ op: fc.constant('annotate' as const), id: fc.constantFrom(...NODE_IDS), note: fc.option(fc.constantFrom('', '重点', 'x'), { nil: null }), tags: fc.array(fc.constantFrom('a', ' b ', '')), color: fc.option(fc.constantFrom('#123456', ''), { nil: null }) }),
    fc.record({ op: fc.constant('rename' as const), id: fc.constantFrom(...NODE_IDS), name: fc.constantFrom('新名字', '深圳市总工会', '基金会', ' ', '韦凡') }),
    fc.record({ op: fc.constant('retype' as const), id: fc.constantFrom(...NODE_IDS), type: fc.constantFrom(...ENTITY_TYPES) }),
  );

  it('applies light edits on top of a snapshot exactly as a rebuild would, and refuses the others', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.array(editOp, { maxLength: 6 }), fc.array(fc.oneof(light, light, editOp), { maxLength: 6 }), (before, after) => {
        const { t, p, text } = roundTrip(before);
        const patched = applyLightEdits(t.nodes, after);
        if (!patched) return;
        if (after.length > 1) applied++;
        const rebuilt = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: log(...before, ...after) });
        const again = snapshotGraph({ ...t, nodes: patched }, texts(p), text, 'full');
        expect(JSON.stringify(again.graph)).toBe(JSON.stringify(rebuilt.graph));
        expect(rebuilt.orphans.length).toBe(t.summary.orphans.length);
      }),
      { numRuns: 300 },
    );
    // The property must have met light tails of several edits, not only refusals.
    expect(applied).toBeGreaterThan(30);
  });

  it('leaves the table it patches unchanged', () => {
    const { t } = roundTrip([]);
    const before = JSON.stringify(t.nodes);
    const id = t.nodes.id.find((_, i) => t.nodes.type[i] !== 4) as string;
    expect(applyLightEdits(t.nodes, [{ op: 'annotate', id, note: '重点', tags: ['a'] }, { op: 'rename', id, name: '全新的名字' }])).not.toBeNull();
    expect(JSON.stringify(t.nodes)).toBe(before);
    expect(applyLightEdits(t.nodes, [{ op: 'merge', target: id, sources: [id] }])).toBeNull();
  });
});
