import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Each boundary of docs/architecture.md, proven by linting a snippet that crosses it (and one that
// stays inside) with the project's own eslint.config.js through ESLint's Node API.
const ROOT = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The boundary messages ESLint reports for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'zhitu/boundaries' || m.fatal).map((m) => m.message);
}

type Case = [file: string, code: string, message: RegExp];

const FORBIDDEN: Case[] = [
  // Shells reach the core only through core/api.ts.
  ['electron/main/probe.ts', "import { openWorkspace } from '../core/store';\nvoid openWorkspace;", /only through electron\/core\/api\.ts/],
  ['electron/main/probe.ts', "import { openWorkspace } from '../core/store/workspace';\nvoid openWorkspace;", /only through electron\/core\/api\.ts/],
  ['electron/main/probe.ts', "export async function f() { return import('../core/service'); }", /only through electron\/core\/api\.ts/],
  ['electron/server/probe.ts', "export { buildGraph } from '../core/graph';", /only through electron\/core\/api\.ts/],
  ['electron/server/probe.ts', "export * from '../core/export';", /only through electron\/core\/api\.ts/],
  ['electron/cli/probe.ts', "export async function f(name: string) { return import(name); }", /literally/],
  ['electron/cli/probe.ts', "export const m = require('../core/store');", /only through electron\/core\/api\.ts/],
  ['electron/cli/probe.ts', "export type M = typeof import('../core/store');", /only through electron\/core\/api\.ts/],
  ['electron/cli/probe.ts', "import { x } from '../core';\nvoid x;", /only through electron\/core\/api\.ts/],
  ['electron/main/probe.ts', "import { run } from '../cli/index';\nvoid run;", /electron\/main must not import electron\/cli/],
  // Layers inside the core.
  ['electron/core/graph/probe.ts', "import { x } from '../store';\nvoid x;", /core\/graph may import extract\/sentences, not core\/store/],
  ['electron/core/graph/probe.ts', "import { findPeople } from '../extract/people';\nvoid findPeople;", /core\/graph may import extract\/sentences, not core\/extract/],
  ['electron/core/articles/probe.ts', "import { extract } from '../extract';\nvoid extract;", /core\/articles may import lexicon, not core\/extract/],
  ['electron/core/lexicon/probe.ts', "import { splitPage } from '../articles/split-page';\nvoid splitPage;", /core\/lexicon may import no other core layer/],
  ['electron/core/store/probe.ts', "import { writeCsv } from '../export/csv';\nvoid writeCsv;", /core\/store may import no other core layer/],
  ['electron/core/extract/probe.ts', "import { run } from '../pipeline/run';\nvoid run;", /core\/extract may import lexicon, not core\/pipeline/],
  ['electron/core/export/probe.ts', "import { openZhitu } from '../service';\nvoid openZhitu;", /must not import the core's top/],
  ['electron/core/pipeline/probe.ts', "import { openZhitu } from '../api';\nvoid openZhitu;", /must not import the core's top/],
  ['electron/core/store/probe.ts', "import { app } from 'electron';\nvoid app;", /The core is pure/],
  ['electron/core/store/probe.ts', "import { startApp } from '../../main/app';\nvoid startApp;", /must not depend on a shell/],
  // electron/shared: types and the contract, no Node.
  ['electron/shared/probe.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;", /no Node built-ins/],
  ['electron/shared/probe.ts', "import path from 'path';\nvoid path;", /no Node built-ins/],
  ['electron/shared/probe.ts', "import { hash } from 'crypto';\nvoid hash;", /no Node built-ins/],
  ['electron/shared/probe.ts', "import type { Zhitu } from '../core/api';\nexport type Z = Zhitu;", /must not depend on the core or a shell/],
  // The preload: electron and shared only.
  ['electron/preload/probe.ts', "import { join } from 'node:path';\nvoid join;", /only electron and electron\/shared/],
  ['electron/preload/probe.ts', "import { openZhitu } from '../core/api';\nvoid openZhitu;", /only electron and electron\/shared/],
  // The renderer: shared types, never the core, Electron or Node.
  ['renderer/src/probe.ts', "import { openZhitu } from '../../electron/core/api';\nvoid openZhitu;", /only through src\/api\/client\.ts/],
  ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;", /only through src\/api\/client\.ts/],
  ['renderer/src/probe.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;", /only through src\/api\/client\.ts/],
  ['renderer/src/probe.ts', "export const load = () => import('../../electron/core/graph');", /only through src\/api\/client\.ts/],
];

const ALLOWED: Array<[file: string, code: string]> = [
  ['electron/main/probe.ts', "import { openZhitu } from '../core/api';\nimport { CHANNELS } from '../shared/api';\nimport { app } from 'electron';\nvoid [openZhitu, CHANNELS, app];"],
  ['electron/cli/probe.ts', "import { startServer } from '../server';\nexport const f = () => import('../core/api');\nvoid startServer;"],
  ['electron/core/graph/probe.ts', "import { splitSentences } from '../extract/sentences';\nimport { z } from 'zod';\nvoid [splitSentences, z];"],
  ['electron/core/articles/probe.ts', "import { loadSurnames } from '../lexicon';\nvoid loadSurnames;"],
  ['electron/core/pipeline/probe.ts', "import { loadDocument } from '../articles';\nimport { x } from '../store/workspace';\nvoid [loadDocument, x];"],
  ['electron/core/service-probe.ts', "import { x } from './store';\nimport { y } from './graph/build-graph';\nvoid [x, y];"],
  ['electron/shared/probe.ts', "import { z } from 'zod';\nimport type { GraphData } from './types';\nexport type G = GraphData;\nvoid z;"],
  ['electron/preload/probe.ts', "import { contextBridge } from 'electron';\nimport { CHANNELS } from '../shared/api';\nvoid [contextBridge, CHANNELS];"],
  ['renderer/src/probe.ts', "import type { GraphData } from '../../electron/shared/types';\nimport { useState } from 'react';\nexport type G = GraphData;\nvoid useState;"],
];

describe('ESLint boundaries (eslint.config.js)', () => {
  it.each(FORBIDDEN)('%s: reports %s', async (file, code, message) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(ALLOWED)('%s: accepts %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
