#!/usr/bin/env node
// The `zhitu` command. Runs the JavaScript build of the CLI (out/cli, made by `npm run build:cli`,
// which `npm install`/`npm ci` run as `prepare`) when it is newer than every source file under
// electron/, else the TypeScript through tsx, so that `npx zhitu` works in every case.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'out', 'cli', 'main.js');

/** Whether the build is at least as new as every TypeScript source it was made from. */
function buildIsFresh() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const sources = join(root, 'electron');
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    if (statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > builtAt) return false;
  }
  return true;
}

if (process.env.ZHITU_CLI_SOURCE !== '1' && buildIsFresh()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/main.ts');
}
