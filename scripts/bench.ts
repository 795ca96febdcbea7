import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
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
// at the size of a year of a paper (default 30,000 articles) instead.
if (process.argv.includes('--scale')) {
  const { benchScale } = await import('./bench/scale');
  const at = process.argv.indexOf('--articles');
  const articles = at > 0 ? Number(process.argv[at + 1]) : 30_000;
  if (!(articles > 0)) throw new Error('--articles N: N must be a positive number');
  const result = await benchScale(articles);
  await mkdir('bench-results', { recursive: true });
  await writeFile(`bench-results/scale-${articles}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(result, null, 2));
  process.exit(0);
}
console.log(`zhitu bench on ${cpus().length} core(s), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
const results: Record<string, Record<string, number>> = {};
results.import = await benchImport();
results.linear = await benchLinear();
results.extract = await benchExtract();
results.extractGrowth = await benchExtractGrowth();
results.edits = await benchEdits();
results.graph = await benchGraph();
results.analytics = await benchAnalytics();
results.cliStart = await benchCliStart();
results.search = await benchSearch();
// Export of a generated 10,000-node, 50,000-edge graph in every format (its own process: it prints a table).
spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/export.ts'], { stdio: 'inherit' });
if (!process.argv.includes('--no-browser')) {
  const { benchDraw } = await import('./bench/draw');
  results.draw = await benchDraw();
  const { benchExplorer } = await import('./bench/explorer');
  results.explorer = await benchExplorer();
}
console.log(JSON.stringify(results, null, 2));
