import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** What a child process printed and how it ended. */
export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

const CHILD = resolve(import.meta.dirname, 'store-child.ts');

/** Starts tests/core/store/store-child.ts on `dir`; `env` adds variables (ZHITU_FAULTS, ZHITU_LOCK_WAIT_MS). */
export function startChild(dir: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: Array<{ test: (l: Record<string, unknown>) => boolean; done: () => void }> = [];
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    let at: number;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, at)) as Record<string, unknown>;
      buffer = buffer.slice(at + 1);
      lines.push(line);
      for (const w of waiters.filter((x) => x.test(line))) w.done();
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<ChildRun>((done) => child.on('close', (code, signal) => done({ code, signal, lines, stderr })));
  return {
    child,
    ended,
    /** Resolves once the child printed a line that passes `test`. */
    until: (test: (l: Record<string, unknown>) => boolean): Promise<void> =>
      lines.some(test)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((done) => waiters.push({ test, done })),
            ended.then((r) => {
              if (!r.lines.some(test)) throw new Error(`the child ended (${r.code ?? r.signal}) first: ${r.stderr}`);
            }),
          ]),
  };
}

/** Runs the child to its end. */
export function runChild(dir: string, args: string[], env: Record<string, string> = {}): Promise<ChildRun> {
  return startChild(dir, args, env).ended;
}
