import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFO, exportGraph, writeExport } from '../../../electron/core/export';
import { EXPORT_FORMATS } from '../../../electron/shared/types';
import { ARTICLES, sampleGraph } from './fixture';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zhitu-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExport', () => {
  it('writes csv tables into a new folder, BOM first, Chinese as UTF-8', async () => {
    const out = path.join(dir, 'deep', 'tables');
    const written = await writeExport(exportGraph(sampleGraph(), 'csv', { articles: ARTICLES }), out, 'csv');
    expect(written).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv', 'articles.csv'].map((f) => path.join(out, f)));
    expect((await readdir(out)).sort()).toEqual(['articles.csv', 'edges.csv', 'evidence.csv', 'nodes.csv']);
    const bytes = await readFile(path.join(out, 'nodes.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('深圳市总工会', 'utf8'))).toBe(true);
  });

  it('writes a single-file format to the path itself, creating parent folders', async () => {
    const out = path.join(dir, 'a', 'b', 'graph.gexf');
    const files = exportGraph(sampleGraph(), 'gexf');
    expect(await writeExport(files, out, 'gexf')).toEqual([out]);
    expect(await readFile(out, 'utf8')).toBe(files[0].content);
    expect(await readdir(path.dirname(out))).toEqual(['graph.gexf']);
  });

  it('returns absolute paths for a relative outPath', async () => {
    const rel = path.relative(process.cwd(), path.join(dir, 'g.json'));
    const [written] = await writeExport(exportGraph(sampleGraph(), 'json'), rel, 'json');
    expect(path.isAbsolute(written)).toBe(true);
    expect(JSON.parse(await readFile(written, 'utf8')).format).toBe('zhitu-graph');
  });

  it('refuses file names with a path and a wrong number of files', async () => {
    await expect(writeExport([{ name: '../evil.csv', mime: 'text/csv', content: 'x' }], path.join(dir, 'o'), 'csv')).rejects.toThrow(/path/);
    await expect(writeExport([], path.join(dir, 'x.gexf'), 'gexf')).rejects.toThrow(/one file/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes every format to disk with its extension', async () => {
    for (const format of EXPORT_FORMATS) {
      const info = EXPORT_FORMAT_INFO[format];
      const files = exportGraph(sampleGraph(), format, { articles: ARTICLES });
      for (const f of files) expect(f.name.endsWith(`.${info.extension}`)).toBe(true);
      expect(files.length > 1).toBe(info.multiFile);
      const target = path.join(dir, info.multiFile ? format : `graph.${info.extension}`);
      const written = await writeExport(files, target, format);
      for (const [i, p] of written.entries()) expect(await readFile(p, 'utf8')).toBe(files[i].content);
    }
  });
});
