// `npm run harden`: the crash-and-concurrency campaign and the fuzz campaign of issue #15.
//   npm run harden                       100 kills, 2 x 50 edits, 10,000 fuzz inputs, random seed
//   npm run harden -- --seed 42          the same campaign again
//   npm run harden -- --kills 10 --edits 5 --fuzz 500 --only fuzz|crash
//   npm run harden -- --replay FILE      one input a campaign kept (findings/input-SEED-N.json)
// Prints the numbers and exits 1 when an acknowledged edit was lost, a file was damaged, a
// temporary file was left behind, or an input crashed or hung the readers or the extractor.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashCampaign, type CrashReport } from './harden/crash';
import { runFuzz, type FuzzReport } from './harden/fuzz';
import { CAMPAIGN_LIMITS, parseInput, type FuzzLimits } from './harden/fuzz-inputs';

/** Options of {@link harden}. */
export interface HardenOptions {
  kills: number;
  writerEdits: number;
  fuzzInputs: number;
  seed: number;
  budgetMs: number;
  limits: FuzzLimits;
  jobs: number;
  only?: 'crash' | 'fuzz';
  log?: (line: string) => void;
}

/** Both campaigns' numbers, and the folder with the inputs that crashed or hung. */
export interface HardenResult {
  crash: CrashReport | null;
  fuzz: FuzzReport | null;
  findingsDir: string;
  ok: boolean;
}

/** Runs the campaigns in a temporary folder (kept only when something was found). */
export async function harden(options: HardenOptions): Promise<HardenResult> {
  const work = await mkdtemp(join(tmpdir(), 'zhitu-harden-'));
  const findingsDir = join(work, 'findings');
  let crash: CrashReport | null = null;
  let fuzz: FuzzReport | null = null;
  if (options.only !== 'fuzz') {
    crash = await runCrashCampaign({ kills: options.kills, writerEdits: options.writerEdits, seed: options.seed, workDir: join(work, 'crash'), log: options.log });
  }
  if (options.only !== 'crash') {
    fuzz = await runFuzz({
      inputs: options.fuzzInputs,
      seed: options.seed,
      budgetMs: options.budgetMs,
      limits: options.limits,
      jobs: options.jobs,
      outDir: findingsDir,
      log: options.log,
    });
  }
  const crashOk =
    !crash ||
    (crash.lost === 0 &&
      crash.corrupt === 0 &&
      crash.leftoverTemp === 0 &&
      crash.writers.lost === 0 &&
      crash.serverAndCli.lost === 0 &&
      crash.serverAndCli.serverSawCli &&
      crash.reimport.present === crash.reimport.expected &&
      crash.reimport.duplicates === 0);
  const fuzzOk = !fuzz || (fuzz.crashes.length === 0 && fuzz.hangs.length === 0);
  if (fuzzOk) await rm(work, { recursive: true, force: true });
  else await rm(join(work, 'crash'), { recursive: true, force: true });
  return { crash, fuzz, findingsDir, ok: crashOk && fuzzOk };
}

/** The campaign's numbers as the lines `npm run harden` prints. */
export function summary(result: HardenResult, options: HardenOptions): string[] {
  const lines: string[] = [`seed ${options.seed}`];
  const c = result.crash;
  if (c) {
    lines.push(
      `crash campaign: tries ${c.tries}, kills ${c.kills}, acknowledged edits ${c.acknowledged}, lost edits ${c.lost}, corrupt files ${c.corrupt}, leftover temp files ${c.leftoverTemp} (temp files left by kills and removed on the next open: ${c.tempRemovedOnOpen})`,
      `two CLI writers: ${c.writers.tried} edits, ${c.writers.acknowledged} acknowledged, ${c.writers.refused} refused, ${c.writers.lost} lost`,
      `server + CLI writers: ${c.serverAndCli.tried} edits, ${c.serverAndCli.acknowledged} acknowledged, ${c.serverAndCli.refused} refused, ${c.serverAndCli.lost} lost; the server showed the CLI's last edit: ${c.serverAndCli.serverSawCli ? 'yes' : 'NO'}`,
      `re-import after the kills: ${c.reimport.present} of ${c.reimport.expected} articles, ${c.reimport.duplicates} duplicates`,
      ...c.problems.slice(0, 20).map((p) => `  problem: ${p}`),
    );
  }
  const f = result.fuzz;
  if (f) {
    lines.push(
      `fuzz campaign: ${f.inputs} inputs (${f.refused} refused with a reason), ${f.crashes.length} crashes, ${f.hangs.length} hangs over ${options.budgetMs} ms; slowest ${f.slowestMs} ms (input ${f.slowestIndex})`,
      ...[...f.crashes, ...f.hangs].slice(0, 20).map((x) => `  ${x.kind} on input ${x.index}: ${x.detail.split('\n')[0]} (${x.file})`),
    );
  }
  lines.push(result.ok ? 'harden: ok' : 'harden: FAILED');
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '100' },
      edits: { type: 'string', default: '50' },
      fuzz: { type: 'string', default: '10000' },
      seed: { type: 'string' },
      'budget-ms': { type: 'string', default: '5000' },
      'max-line': { type: 'string', default: String(CAMPAIGN_LIMITS.maxLineLength) },
      'max-depth': { type: 'string', default: String(CAMPAIGN_LIMITS.maxDepth) },
      jobs: { type: 'string', default: '1' },
      only: { type: 'string' },
      replay: { type: 'string' },
    },
  });
  if (values.replay) return replay(values.replay);
  const options: HardenOptions = {
    kills: Number(values.kills),
    writerEdits: Number(values.edits),
    fuzzInputs: Number(values.fuzz),
    seed: values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed),
    budgetMs: Number(values['budget-ms']),
    limits: { maxLineLength: Number(values['max-line']), maxDepth: Number(values['max-depth']) },
    jobs: Number(values.jobs),
    only: values.only === 'crash' || values.only === 'fuzz' ? values.only : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
  };
  process.stderr.write(`harden: seed ${options.seed}\n`);
  const result = await harden(options);
  process.stdout.write(`${summary(result, options).join('\n')}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

/** Runs one kept input through the readers and the extractor, and says how it went. */
async function replay(file: string): Promise<void> {
  const { loadDocument } = await import('../electron/core/articles');
  const { createExtractor } = await import('../electron/core/extract');
  const input = parseInput(await readFile(file, 'utf8'));
  const extractor = createExtractor();
  const size = input.kind === 'file' ? `${input.bytes.length} bytes, ${input.name}` : `${input.text.length} chars`;
  process.stdout.write(`${input.kind} (${input.label}; ${size})\n`);
  const began = performance.now();
  let texts = 0;
  try {
    const drafts = input.kind === 'file' ? loadDocument(input.bytes, input.name).drafts.map((d) => d.text) : [input.text];
    process.stdout.write(`read in ${Math.round(performance.now() - began)} ms: ${drafts.length} texts\n`);
    for (const text of drafts) {
      extractor.extract(text);
      texts++;
    }
    process.stdout.write(`extracted in ${Math.round(performance.now() - began)} ms in all\n`);
  } catch (error) {
    process.stdout.write(`after ${texts} texts, ${Math.round(performance.now() - began)} ms: ${(error as Error).stack ?? String(error)}\n`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
