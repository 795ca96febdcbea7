import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
}

/** Wall time of one run of a command, in ms. */
function once(c: Case): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, c.args, { env: { ...process.env, ...c.env }, stdio: 'ignore' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${c.name} exited ${run.status}`);
  return ms;
}

/**
 * Start time of the `zhitu` command, measured like hyperfine: warm-up runs, then `runs` timed
 * runs of each case in turn (so that a load change hits every case alike); mean, median, min.
 * Node's own start (`node -e 0`) and the TypeScript path through tsx are measured beside it.
 */
export async function benchCliStart(runs = 10): Promise<Record<string, number>> {
  if (!existsSync('out/cli/main.js')) spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  const cases: Case[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'zhitu --version', args: ['bin/zhitu.mjs', '--version'] },
    { name: 'zhitu --help', args: ['bin/zhitu.mjs', '--help'] },
    { name: 'zhitu --version (tsx, no build)', args: ['bin/zhitu.mjs', '--version'], env: { ZHITU_CLI_SOURCE: '1' } },
  ];
  for (const c of cases) once(c);
  const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let i = 0; i < runs; i++) for (const c of cases) times.get(c.name)?.push(once(c));
  const out: Record<string, number> = {};
  console.log(`CLI start, ${runs} runs each (load average ${loadavg()[0].toFixed(2)}):`);
  for (const c of cases) {
    const t = [...(times.get(c.name) ?? [])].sort((a, b) => a - b);
    const mean = t.reduce((s, x) => s + x, 0) / t.length;
    const median = t[Math.floor(t.length / 2)];
    console.log(`  ${c.name.padEnd(34)} mean ${mean.toFixed(0).padStart(5)} ms  median ${median.toFixed(0).padStart(5)} ms  min ${t[0].toFixed(0).padStart(5)} ms`);
    out[`${c.name.replace(/[^a-z]+/g, '_')}_median_ms`] = Math.round(median);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCliStart(Number(process.argv[2]) || undefined);
