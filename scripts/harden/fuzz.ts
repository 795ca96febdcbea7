import { spawn } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { nthInput, serialiseInput, type FuzzLimits } from './fuzz-inputs';

/** Options of {@link runFuzz}. */
export interface FuzzOptions {
  inputs: number;
  seed: number;
  /** An input that takes longer is a hang (reported); one that takes 3x as long (at least +10 s) is killed. */
  budgetMs: number;
  limits: FuzzLimits;
  /** Child processes run side by side (default 1). */
  jobs?: number;
  /** Where inputs that crashed or hung are kept. */
  outDir: string;
  log?: (line: string) => void;
}

/** An input that crashed the readers or the extractor, or ran over the budget. */
export interface FuzzFinding {
  index: number;
  kind: 'exception' | 'process died' | 'over budget' | 'killed (hung)';
  detail: string;
  /** The input as JSON (see fuzz-child.ts), to replay it. */
  file: string;
}

/** What the fuzz campaign found. */
export interface FuzzReport {
  inputs: number;
  refused: number;
  crashes: FuzzFinding[];
  hangs: FuzzFinding[];
  slowestMs: number;
  slowestIndex: number;
}

const CHILD = resolve(import.meta.dirname, 'fuzz-child.ts');

/**
 * Runs `inputs` generated inputs (fuzz-inputs.ts) through loadDocument and the extractor in
 * child processes. A child that dies or hangs is replaced and continues after the input at fault,
 * which is kept in `outDir` and reported. The same seed gives the same inputs.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  await mkdir(options.outDir, { recursive: true });
  const report: FuzzReport = { inputs: 0, refused: 0, crashes: [], hangs: [], slowestMs: 0, slowestIndex: -1 };
  const jobs = Math.max(1, options.jobs ?? 1);
  const chunk = Math.ceil(options.inputs / jobs);
  await Promise.all(
    Array.from({ length: jobs }, (_, j) => runRange(options, j, j * chunk, Math.min(options.inputs, (j + 1) * chunk), report)),
  );
  return report;
}

async function runRange(options: FuzzOptions, job: number, from: number, to: number, report: FuzzReport): Promise<void> {
  const inputFile = join(options.outDir, `current-${job}.json`);
  const fileOf = (index: number): string => join(options.outDir, `input-${options.seed}-${index}.json`);
  // An input that finished is generated again (the child has moved on); the one a child died on is its file.
  const keep = async (index: number): Promise<string> => {
    await writeFile(fileOf(index), serialiseInput(nthInput(options.seed, index, options.limits)));
    return fileOf(index);
  };
  const keepInFlight = async (index: number): Promise<string> => {
    await copyFile(inputFile, fileOf(index));
    return fileOf(index);
  };
  const killAfter = Math.max(options.budgetMs * 3, options.budgetMs + 10_000);
  let next = from;
  while (next < to) {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(options.seed), String(next), String(to), JSON.stringify(options.limits), inputFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let current: { index: number; since: number } | null = null;
    let killedFor: number | null = null;
    let buffer = '';
    let stderr = '';
    const pending: Promise<void>[] = [];
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let at: number;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const [word, index, ms, ...rest] = buffer.slice(0, at).split(' ');
        buffer = buffer.slice(at + 1);
        if (word === 'start') current = { index: Number(index), since: Date.now() };
        if (word !== 'end') continue;
        const i = Number(index);
        const took = Number(ms);
        const outcome = rest.join(' ');
        current = null;
        next = i + 1;
        report.inputs++;
        if (outcome === 'refused') report.refused++;
        if (took > report.slowestMs) Object.assign(report, { slowestMs: took, slowestIndex: i });
        if (outcome.startsWith('error')) {
          pending.push(keep(i).then((file) => void report.crashes.push({ index: i, kind: 'exception', detail: JSON.parse(outcome.slice(6)) as string, file })));
        } else if (took > options.budgetMs) {
          pending.push(keep(i).then((file) => void report.hangs.push({ index: i, kind: 'over budget', detail: `${took} ms`, file })));
        }
        if (report.inputs % 500 === 0) options.log?.(`fuzz: ${report.inputs}/${options.inputs} inputs`);
      }
    });
    const watchdog = setInterval(() => {
      if (current && Date.now() - current.since > killAfter) {
        killedFor = current.index;
        child.kill('SIGKILL');
      }
    }, 250);
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('close', (code, signal) => done({ code, signal })),
    );
    clearInterval(watchdog);
    await Promise.all(pending);
    const inFlight = current as { index: number } | null;
    if (inFlight === null) {
      if (exit.code !== 0 && next < to) throw new Error(`the fuzz child failed before any input (${exit.code ?? exit.signal}): ${stderr}`);
      continue;
    }
    const file = await keepInFlight(inFlight.index);
    report.inputs++;
    if (killedFor === inFlight.index) {
      report.hangs.push({ index: inFlight.index, kind: 'killed (hung)', detail: `over ${killAfter} ms`, file });
    } else {
      report.crashes.push({ index: inFlight.index, kind: 'process died', detail: `${exit.code ?? exit.signal}: ${stderr.slice(-500)}`, file });
    }
    next = inFlight.index + 1;
  }
}
