import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the app once before the browser tests, so that they always run the current renderer. */
export default function setup(): void {
  const bin = resolve('node_modules/electron-vite/bin/electron-vite.js');
  const run = spawnSync(process.execPath, [bin, 'build'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`electron-vite build failed:\n${run.stdout}\n${run.stderr}`);
}
