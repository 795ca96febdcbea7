import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { openZhitu, type Zhitu } from '../../electron/core/api';
import { registerIpc } from '../../electron/main/ipc';
import { API_METHODS, CHANNELS, SHELL_CHANNELS, type ApiMethod } from '../../electron/shared/api';

type Handler = (event: { senderFrame: { url: string } | null }, args: unknown) => Promise<unknown>;
const APP = 'file:///opt/zhitu/out/renderer/index.html';

// One bad argument per method that takes one; methods without arguments refuse unknown keys.
const BAD: Record<ApiMethod, unknown> = {
  workspaceInfo: { path: '/etc' },
  importUploads: { files: [{ name: 'a.txt' }] },
  cancelImport: { now: true },
  listArticles: { all: 1 },
  getArticle: { id: 42 },
  listEntities: { type: 'country' },
  listRelations: { x: 1 },
  stats: { x: 1 },
  getGraph: { filter: { minWeight: -1 } },
  getEdge: { id: 7 },
  getEntity: {},
  shortestPath: { source: 'e_1' },
  edit: { op: { op: 'drop-table', id: 'x' } },
  applyEdits: { ops: [] },
  undo: { steps: 3 },
  redo: 'again',
  reextract: { force: true },
  savePositions: { positions: { e_1: { x: 'left', y: 0 } } },
  exportGraph: { format: 'xlsx' },
  extractText: { text: 5 },
  analyze: { includeCoOccurs: 'yes' },
  timeline: { bucket: 'year' },
  findPaths: { source: 'e_1', target: 'e_2', k: 11 },
  searchArticles: { query: 5 },
  duplicateSuggestions: { limit: 0 },
  listViews: { all: true },
  saveView: { view: { name: '', filter: {}, selection: [], savedAt: '' } },
  deleteView: { name: '' },
};

let dir: string;
let core: Zhitu;
const handlers = new Map<string, Handler>();
const afterMutation = vi.fn();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-ipc-'));
  core = await openZhitu({ dir, create: true });
  registerIpc(
    { handle: (channel: string, h: Handler) => handlers.set(channel, h), removeHandler: vi.fn() } as never,
    { core: () => core, isTrustedSender: (url) => url === APP, afterMutation },
  );
});
afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('IPC handlers', () => {
  it('registers one zhitu:<domain>:<verb> channel per API method', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it.each(API_METHODS)('%s refuses an invalid argument before it reaches the core', async (method) => {
    const handler = handlers.get(CHANNELS[method])!;
    await expect(handler({ senderFrame: { url: APP } }, BAD[method])).rejects.toThrow(new RegExp(`invalid argument for ${method}`));
  });

  it('refuses calls from any page but the app', async () => {
    const handler = handlers.get(CHANNELS.workspaceInfo)!;
    await expect(handler({ senderFrame: { url: 'https://evil.test/' } }, undefined)).rejects.toThrow(/not the app's page/);
    await expect(handler({ senderFrame: null }, undefined)).rejects.toThrow(/not the app's page/);
  });

  it('answers a valid call from the core and reports mutations', async () => {
    const info = (await handlers.get(CHANNELS.workspaceInfo)!({ senderFrame: { url: APP } }, undefined)) as { dir: string };
    expect(info.dir).toBe(dir);
    const text = Buffer.from('深圳市总工会发起成立深圳市职工发展基金会。', 'utf8').toString('base64');
    const result = (await handlers.get(CHANNELS.importUploads)!({ senderFrame: { url: APP } }, { files: [{ name: 'x.txt', base64: text }] })) as {
      articles: { added: number };
    };
    expect(result.articles.added).toBe(1);
    expect(afterMutation).toHaveBeenCalledWith('importUploads');
  });
});

describe('the shell\'s saveExport channel', () => {
  // What main's save dialog would do: the path is main's choice, the page gives a name only.
  const chosen: string[] = [];
  const shell = new Map<string, Handler>();
  beforeAll(() => {
    registerIpc({ handle: (channel: string, h: Handler) => shell.set(channel, h), removeHandler: vi.fn() } as never, {
      core: () => core,
      isTrustedSender: (url) => url === APP,
      saveExport: async ({ format, options, name }) => {
        const out = join(dir, `saved-${name}`);
        chosen.push(out);
        await core.exportToPath({ format, out, ...(options ? { options } : {}) });
        return name;
      },
    });
  });

  it('is registered beside the API channels only when the shell gives it', () => {
    expect([...shell.keys()].sort()).toEqual([...Object.values(CHANNELS), SHELL_CHANNELS.saveExport].sort());
    expect([...handlers.keys()]).not.toContain(SHELL_CHANNELS.saveExport);
  });

  it('refuses other pages and invalid arguments, and saves a valid export', async () => {
    const save = shell.get(SHELL_CHANNELS.saveExport)!;
    await expect(save({ senderFrame: { url: 'https://evil.test/' } }, { format: 'gexf', name: 'a.gexf' })).rejects.toThrow(/not the app's page/);
    await expect(save({ senderFrame: { url: APP } }, { format: 'xlsx', name: 'a.xlsx' })).rejects.toThrow(/invalid argument for saveExport/);
    await expect(save({ senderFrame: { url: APP } }, { format: 'gexf', name: 'a.gexf', out: '/etc/passwd' })).rejects.toThrow(/invalid argument for saveExport/);
    expect(chosen).toEqual([]);
    await expect(save({ senderFrame: { url: APP } }, { format: 'gexf', name: 'ws-graph.gexf' })).resolves.toBe('ws-graph.gexf');
    expect(await readFile(chosen[0], 'utf8')).toContain('深圳市总工会');
  });
});
