import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { benchAnalytics } from './bench/analytics';
import { benchCliStart } from './bench/cli-start';
import { benchSearch } from './bench/search';
import { benchEdits } from './bench/edits';
import { benchExtract } from './bench/extract';
import { benchExtractGrowth } from './bench/extract-growth';
import { benchGraph } from './bench/graph';
import { benchImport } from './bench/import';
import { benchLinear } from './bench/linear';

// `npm run bench`: every speed measurement of the project, printed with the machine's cores.
// Timings are measured here, never asserted in tests. `--scale [--articles N]`: the workspace
// at the size of a year of a paper (default 30,000 articles) instead; `--reuse` keeps the
// workspace the last scale run imported (no jieba reference, no import: the figures after them);
// `--no-export` leaves out the exports; `--import-only` stops after the import (jieba reference,
// import time, peak RSS and the import's phases).
if (process.argv.includes('--scale')) {
  const { benchScale } = await import('./bench/scale');
  const at = process.argv.indexOf('--articles');
  const articles = at > 0 ? Number(process.argv[at + 1]) : 30_000;
  if (!(articles > 0)) throw new Error('--articles N: N must be a positive number');
  const result = await benchScale(articles, { reuse: process.argv.includes('--reuse'), exports: !process.argv.includes('--no-export'), importOnly: process.argv.includes('--import-only') });
  await mkdir('bench-results', { recursive: true });
  await writeFile(`bench-results/scale-${articles}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(result, null, 2));
  process.exit(0);
}
// `--only import,edits,...` runs only the named sections. Each section prints the machine's load
// average before and after it: on a shared machine, read timings beside it.
const loadNow = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',') ?? []) : null;
console.log(`zhitu bench on ${cpus().length} core(s), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average (1/5/15 min) ${loadNow()}`);
const results: Record<string, Record<string, number>> = {};
async function section(name: string, run: () => Promise<Record<string, number>>): Promise<void> {
  if (only && !only.has(name)) return;
  const before = loadNow();
  results[name] = await run();
  console.log(`[${name}] load average before ${before}, after ${loadNow()}`);
}
await section('import', benchImport);
await section('linear', benchLinear);
await section('extract', benchExtract);
await section('extractGrowth', benchExtractGrowth);
await section('edits', benchEdits);
await section('graph', benchGraph);
await section('analytics', benchAnalytics);
await section('cliStart', benchCliStart);
await section('search', benchSearch);
// Export of a generated 10,000-node, 50,000-edge graph in every format (its own process: it prints a table).
if (!only || only.has('export')) spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/export.ts'], { stdio: 'inherit' });
if (!process.argv.includes('--no-browser')) {
  await section('draw', async () => (await import('./bench/draw')).benchDraw());
  await section('explorer', async () => (await import('./bench/explorer')).benchExplorer());
}
console.log(JSON.stringify(results, null, 2));
