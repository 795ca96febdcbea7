import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeRepair, openZhitu } from '../core/api';
import { startServer } from '../server';
import { createCliRunner } from './extract-pool';
import type { CliIo } from './index';
import { UsageError } from './usage-error';

/** The project root (two levels above this file, in source and in a build alike). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Builds the app with electron-vite unless a renderer build is already there. */
export async function ensureRendererBuild(io: Pick<CliIo, 'stderr'>): Promise<string> {
  const dir = join(PROJECT_ROOT, 'out', 'renderer');
  if (await stat(join(dir, 'index.html')).then(() => true, () => false)) return dir;
  io.stderr('building the app (first run)...\n');
  const bin = join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  await new Promise<void>((ok, fail) => {
    const child = spawn(process.execPath, [bin, 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`the renderer build failed (exit ${code}):\n${err.slice(-2000)}`))));
  });
  return dir;
}

/** `zhitu serve`: the app for a browser on 127.0.0.1, until interrupted. */
export async function serveCommand(dir: string, values: Record<string, unknown>, io: CliIo): Promise<number> {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
  const rendererDir = await ensureRendererBuild(io);
  const zhitu = await openZhitu({ dir, create: true, runner: createCliRunner(), onRepair: (r) => io.stderr(`zhitu: repaired ${dir}: ${describeRepair(r)}\n`) });
  const server = await startServer({ zhitu, rendererDir, port });
  io.stdout(`${server.url}\n`);
  io.stderr(`serving workspace ${dir}; press Ctrl+C to stop\n`);
  const stop = async (): Promise<void> => {
    await server.close();
    await zhitu.close();
  };
  if (io.onServe) {
    io.onServe(stop);
    return 0;
  }
  await new Promise<void>((done) => {
    const end = (): void => void stop().then(done);
    process.once('SIGINT', end);
    process.once('SIGTERM', end);
  });
  return 0;
}
