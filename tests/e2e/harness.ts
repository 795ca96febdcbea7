import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureRendererBuild } from '../../electron/cli/serve';
import { cli, cliJson, type CliRun } from '../cli/run-cli';

export { cli, cliJson, type CliRun };
export { CHROMIUM, drawnShare, launchBrowser } from './browser';
export const runCli = cli;

export const SAMPLE = resolve('data/000_65facfb44480fdb1.txt');
export const SCREENSHOTS = resolve('test-results/screenshots');

/** Builds the app once (electron-vite) when no renderer build is present. */
export async function ensureBuild(): Promise<void> {
  await ensureRendererBuild({ stderr: (t) => process.stderr.write(t) });
}

/** A new workspace folder with the sample page imported. */
export async function sampleWorkspace(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const tmp = await mkdtemp(join(tmpdir(), 'zhitu-e2e-'));
  const dir = join(tmp, 'ws');
  const run = await cli(['import', SAMPLE, '--workspace', dir]);
  if (run.code !== 0) throw new Error(`import failed: ${run.stderr}`);
  return { dir, cleanup: () => rm(tmp, { recursive: true, force: true }) };
}

/**
 * Starts the real `zhitu serve` (bin/zhitu.mjs, a child process) on a free port and waits for
 * the URL it prints on its first line.
 */
export async function startServe(opts: { workspace: string }): Promise<{ url: string; stop(): Promise<void> }> {
  await ensureBuild();
  const child: ChildProcess = spawn(process.execPath, [resolve('bin/zhitu.mjs'), 'serve', '--port', '0', '--workspace', opts.workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => ok(line.trim()));
    child.once('exit', (code) => fail(new Error(`zhitu serve exited ${code}: ${stderr}`)));
    setTimeout(() => fail(new Error(`zhitu serve printed no URL in 60 s: ${stderr}`)), 60_000);
  });
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

