import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/index';
import { PathRedactor } from '../../electron/server/redact';
import { api, serveFixture, type ServedFixture } from './http';

let fixture: ServedFixture;
let tmp: string;
let server: RunningServer;

beforeAll(async () => {
  // Imported by path, as the CLI and the desktop app do.
  fixture = await serveFixture('青海举办培训班\n\n本报讯(记者邢生祥)近日,青海省总工会举办全省产业工人队伍建设改革专题培训班。', 'zhitu-paths-');
  ({ tmp, server } = fixture);
});
afterAll(() => fixture.close());

const result = async (method: string, args: unknown): Promise<{ status: number; text: string; body: { ok: boolean; result: unknown; error?: string } }> => {
  const reply = await api(server.port, server.token, method, args);
  return { status: reply.status, text: reply.body, body: JSON.parse(reply.body) };
};

describe('no local absolute path in what the loopback server answers', () => {
  it('names the workspace by its folder only', async () => {
    const info = await result('workspaceInfo', {});
    expect(info.body.result).toMatchObject({ dir: 'ws' });
    expect(info.text).not.toContain(tmp);
  });

  it('lists and shows articles without the absolute path they were imported from', async () => {
    const list = await result('listArticles', {});
    expect(list.text).not.toContain(tmp);
    const [article] = list.body.result as Array<{ id: string; source: string }>;
    expect(article.source).toBe('page.txt');
    const one = await result('getArticle', { id: article.id });
    expect(one.text).not.toContain(tmp);
  });

  it('exports in every format without absolute paths', async () => {
    for (const format of ['json', 'csv', 'gexf', 'graphml', 'cyjs', 'cypher']) {
      const exported = await result('exportGraph', { format, options: { includeArticles: true } });
      expect(exported.status, format).toBe(200);
      expect(exported.text, format).not.toContain(tmp);
    }
    const csv = await result('exportGraph', { format: 'csv', options: { includeArticles: true } });
    const articles = (csv.body.result as Array<{ name: string; content: string }>).find((f) => f.name === 'articles.csv');
    expect(articles?.content).toContain(',page.txt,');
  });
});

describe('PathRedactor (error messages and path fields)', () => {
  const ws = '/home/researcher/zhitu/ws';
  const redact = new PathRedactor(ws);

  it('names files inside the workspace relative to it, others by their name', () => {
    expect(redact.text(`ENOENT: no such file or directory, open '${ws}/shards/000001.articles.json'`)).toBe(
      "ENOENT: no such file or directory, open 'shards/000001.articles.json'",
    );
    expect(redact.text("EACCES: permission denied, rename '/home/researcher/.edits.json.tmp' -> '/home/researcher/zhitu/ws/edits.json'")).toBe(
      "EACCES: permission denied, rename '.edits.json.tmp' -> 'edits.json'",
    );
    expect(redact.text('cannot read C:\\Users\\li\\news\\page.txt')).toBe('cannot read page.txt');
    expect(redact.text(`workspace ${ws} is locked`)).toBe('workspace ws is locked');
  });

  it('leaves URLs, fractions, dates and ordinary text alone', () => {
    for (const text of ['see http://127.0.0.1:5173/api/x', 'invalid argument for getGraph at filter.types', '1/2 of 2024/10/14', 'www.xinhuanet.com/politics/2024']) {
      expect(redact.text(text)).toBe(text);
    }
  });

  it('redacts path fields of results, not names', () => {
    const body = { dir: ws, skipped: [{ path: '/etc/passwd', reason: 'not text' }], name: '/etc/passwd', source: 'news/page.txt' };
    expect(JSON.parse(redact.json(body))).toEqual({ dir: 'ws', skipped: [{ path: 'passwd', reason: 'not text' }], name: '/etc/passwd', source: 'news/page.txt' });
  });
});
