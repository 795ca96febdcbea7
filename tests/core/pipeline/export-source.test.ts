import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../../electron/core/api';
import { applyExportOptions, exportGraph } from '../../../electron/core/export';
import { EXPORT_FORMATS, type ExportOptions } from '../../../electron/shared/types';

// The service exports a lean graph and reads each edge's evidence from the snapshot as it writes
// the edge; the files must be those of the whole graph with its evidence in memory.
const SAMPLE = resolve('data/000_65facfb44480fdb1.txt');
let tmp: string;
let dir: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-export-evidence-'));
  dir = join(tmp, 'ws');
  const core = await openZhitu({ dir, create: true });
  await core.importPaths({ paths: [SAMPLE] });
  const entities = await core.listEntities({});
  const first = entities[0];
  await core.edit({ op: { op: 'annotate', id: first.id, note: '注 "x" <y>', tags: ['工会'] } });
  await core.savePositions({ positions: Object.fromEntries(entities.map((e, i) => [e.id, { x: i * 12.5, y: -3 }])) });
  await core.close();
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs `task` on a service opened afresh (nothing read yet: the export reads the graph lean). */
async function fresh<T>(task: (core: Zhitu) => Promise<T>): Promise<T> {
  const core = await openZhitu({ dir });
  try {
    return await task(core);
  } finally {
    await core.close();
  }
}

/** The file texts with the export time (the one part that differs between two runs) blanked. */
const stable = (text: string): string => text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'T').replace(/lastmodifieddate="[^"]*"/, '');

describe('streamed export from the service', () => {
  const cases: ExportOptions[] = [
    { includeArticles: true },
    { includeCoOccurs: false },
    // Read from the snapshot's columns: node types, relation types, weights, inferred edges.
    { filter: { types: ['organisation', 'place'], relationTypes: ['located_in', 'part_of', 'co_occurs'], minWeight: 2, excludeInferred: true } },
    // A limit needs the whole graph in memory.
    { filter: { limit: 5 } },
  ];
  for (const options of cases) {
    it(`writes what the whole graph with evidence gives (${JSON.stringify(options)})`, async () => {
      const filter = { ...options.filter, includeArticles: options.includeArticles ?? false, includeCoOccurs: options.includeCoOccurs ?? true };
      const { graph, articles } = await fresh(async (core) => ({ graph: applyExportOptions(await core.getGraph({ evidence: true, filter }), options), articles: await core.listArticles() }));
      expect(graph.edges.some((e) => e.evidence.length > 0)).toBe(true);
      expect(graph.nodes.some((n) => n.position !== undefined)).toBe(true);
      for (const format of EXPORT_FORMATS) {
        const expected = exportGraph(graph, format, { articles });
        const out = join(tmp, `out-${format}-${cases.indexOf(options)}`);
        const written = await fresh((core) => core.exportToPath({ format, out, options }));
        expect(written).toHaveLength(expected.length);
        for (const file of expected) {
          const path = written.find((p) => p.endsWith(file.name)) ?? written[0];
          expect(stable(await readFile(path, 'utf8')), `${format} ${file.name}`).toBe(stable(file.content));
        }
        const returned = await fresh((core) => core.exportGraph({ format, options }));
        expect(returned.map((f) => stable(f.content))).toEqual(expected.map((f) => stable(f.content)));
      }
      // No temporary file is left beside the exports.
      expect((await readdir(tmp)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }
});
