import { spawnSync } from 'node:child_process';
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
// Timings are measured here, never asserted in tests.
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
