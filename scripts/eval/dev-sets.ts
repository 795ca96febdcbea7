import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createExtractor } from '../../electron/core/extract/index';
import { evaluateSample } from '../eval';
import { scorePages } from './pages';
import type { Score } from './score';
import { evaluateSpans, loadSpanCorpus } from './spans';

// `npx tsx scripts/eval/dev-sets.ts`: one line per development set (dev-real, dev-real-2, -3, -4,
// the sample page, People's Daily dev, CLUENER dev) with organisation and place F1 (precision,
// recall), micro F1 and relations found: the leave-one-out table of a rule change, without
// scoring any held-out folder (tests/fixtures/holdout*), which only the lead scores.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV_SETS = ['dev-real', 'dev-real-2', 'dev-real-3', 'dev-real-4', 'dev-real-5'];

const f3 = (s: Score): string => s.f1.toFixed(3);
const pr = (s: Score): string => `${f3(s)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`;

async function main(): Promise<void> {
  for (const name of DEV_SETS) {
    const scored = await scorePages(join(ROOT, 'tests', 'fixtures', name));
    if (!scored) continue;
    const e = scored.total.entities;
    const rel = Object.values(scored.total.relations.byType);
    const found = rel.reduce((n, v) => n + v.found, 0);
    const gold = rel.reduce((n, v) => n + v.gold, 0);
    console.log(`${name.padEnd(11)} org ${pr(e.organisation)}  place ${pr(e.place)}  micro ${f3(e.micro)}  relations ${found}/${gold}`);
  }
  const extractor = createExtractor();
  const sample = evaluateSample(extractor);
  console.log(`${'sample'.padEnd(11)} org ${pr(sample.byType.organisation)}  place ${pr(sample.byType.place)}  micro ${f3(sample.micro)}`);
  for (const [label, file] of [
    ['PD dev', 'peoples_daily_1998_dev.jsonl'],
    ['CLUENER', 'cluener_dev.jsonl'],
  ]) {
    const corpus = loadSpanCorpus(file);
    if (!corpus) {
      console.log(`${label.padEnd(11)} skipped (${file} not found)`);
      continue;
    }
    const r = evaluateSpans(extractor, corpus).extractor;
    console.log(`${label.padEnd(11)} org ${pr(r.byType.organisation)}  place ${pr(r.byType.place)}  micro ${f3(r.micro)} (exact spans)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
