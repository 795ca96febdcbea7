import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// Runtime dependencies the analytics (room `queries`, issue #10) brings into electron/core/graph.
const ANALYTICS = new Set(['graphology', 'graphology-metrics', 'graphology-communities-louvain']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [full] : [];
  });
}

describe('package.json', () => {
  it('names only files that exist in its scripts', () => {
    const missing: string[] = [];
    for (const [name, script] of Object.entries(pkg.scripts)) {
      for (const token of script.split(/\s+/)) {
        if (/^[\w./-]+\.(ts|mjs|js|cjs|json)$/.test(token) && !existsSync(path.join(ROOT, token))) missing.push(`${name}: ${token}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists as runtime dependencies only packages that the app, the CLI or the page import', () => {
    const code = ['electron', 'bin', 'renderer/src'].flatMap((d) => sources(path.join(ROOT, d))).map((f) => readFileSync(f, 'utf8'));
    const unused = Object.keys(pkg.dependencies).filter(
      (dep) => !ANALYTICS.has(dep) && !code.some((text) => new RegExp(`['"\`]${dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^'"\`]*)?['"\`]`).test(text)),
    );
    expect(unused).toEqual([]);
  });

  it('pins every dependency to an exact version', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
    expect(loose).toEqual([]);
  });
});
