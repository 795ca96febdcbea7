import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openZhitu } from '../../electron/core/api';
import { Workspace } from '../../electron/core/store';
import type { Article, EntityMention, ExtractResult } from '../../electron/shared/types';

const ORGS = ['深圳市总工会', '舟山市总工会', '青海省总工会', '河池市总工会', '平度市总工会', '乐至县总工会'];
const PLACES = ['深圳市', '舟山市', '青海省', '河池市', '平度市', '乐至县'];

/** Sizes and modification times of every file in the workspace, to see what a step wrote. */
async function snapshot(dir: string): Promise<Map<string, { size: number; mtime: number }>> {
  const out = new Map<string, { size: number; mtime: number }>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const s = await stat(p);
        out.set(p, { size: s.size, mtime: s.mtimeMs });
      }
    }
  };
  await walk(dir);
  return out;
}

/** Time and bytes written for one annotation on a generated workspace of 30,000 articles. */
export async function benchEdits(articles = 30_000): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'zhitu-bench-edits-'));
  try {
    const list: Article[] = [];
    const results: Record<string, ExtractResult> = {};
    for (let i = 0; i < articles; i++) {
      const org = ORGS[i % ORGS.length];
      const place = PLACES[(i * 7) % PLACES.length];
      const text = `第${i}号报道\n\n近日,${org}在${place}举办第${i}期职工技能培训班,${'职工参加培训。'.repeat(40)}`;
      const id = `a_${i.toString(16).padStart(16, '0')}`;
      list.push({ id, title: `第${i}号报道`, subtitle: null, kicker: null, text, bodyStart: 7, date: '2024-10-11', place: null, byline: [], source: `p${i}.txt`, sourceIndex: 0, importedAt: '2024-10-14T00:00:00Z', chars: text.length });
      const at = (name: string, type: EntityMention['type']): EntityMention => {
        const start = text.indexOf(name);
        return { type, name, surface: name, start, end: start + name.length };
      };
      results[id] = { entities: [at(org, 'organisation'), at(place, 'place')], relations: [] };
    }
    const ws = await Workspace.open(dir, { create: true });
    await ws.addArticles(list, results, 'bench');
    const tOpen = performance.now();
    const core = await openZhitu({ dir, runner: { version: 'bench', run: async () => ({}), close: async () => {} } });
    const entities = await core.listEntities({});
    const openMs = performance.now() - tOpen;
    const before = await snapshot(dir);
    const t0 = performance.now();
    await core.edit({ op: { op: 'annotate', id: entities[0].id, note: '重点关注', tags: ['工会'] } });
    const annotateMs = performance.now() - t0;
    const after = await snapshot(dir);
    let bytesWritten = 0;
    const written: string[] = [];
    for (const [path, s] of after) {
      const b = before.get(path);
      if (!b || b.mtime !== s.mtime || b.size !== s.size) {
        bytesWritten += s.size;
        written.push(path.slice(dir.length + 1));
      }
    }
    await core.close();
    const articlesBytes = (await stat(join(dir, 'articles.json'))).size;
    console.log(`edits: ${articles} articles (articles.json ${(articlesBytes / 1e6).toFixed(1)} MB); open + graph ${openMs.toFixed(0)} ms; one annotation ${annotateMs.toFixed(1)} ms, ${bytesWritten} bytes written (${written.join(', ')})`);
    return { articles, openMs, annotateMs, bytesWritten, articlesJsonBytes: articlesBytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchEdits();
