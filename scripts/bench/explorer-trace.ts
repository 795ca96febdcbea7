import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { GraphProbe } from '../../renderer/src/features/graph/graph-handle';
import { writeCorpus } from '../../tests/e2e/corpus';
import { cli, launchBrowser, startServe } from '../../tests/e2e/harness';

// Where the explorer's main thread spends its long tasks: a Chromium trace of the first view, of
// "Show all" on a generated workspace and of two clicks that select its biggest nodes, summarised
// as the longest tasks with the trace events and script functions inside them. Usage: npx tsx scripts/bench/explorer-trace.ts [entities] [dir]
// (the imported workspace is kept in `dir` and copied for each run; the raw traces are written
// there too, for chrome://tracing or Perfetto). ZHITU_RENDERER=canvas|webgl picks the renderer
// before "Show all".

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

async function traced<T>(session: CDPSession, work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[]; profile: CpuProfile }> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing', transferMode: 'ReportEvents' });
  await session.send('Profiler.start');
  const value = await work();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const done = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
  await session.send('Tracing.end');
  await done;
  return { value, events, profile };
}

/** The main thread's tasks over 50 ms, each with its heaviest trace events and script functions. */
function summarise(label: string, events: TraceEvent[], profile: CpuProfile): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return `${label}: no renderer main thread in the trace\n`;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  // Samples: the profiler's clock is the trace's clock (microseconds).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const t0 = tasks.length ? Math.min(...tasks.map((e) => e.ts)) : 0;
  // performance.mark() calls named `zhitu:…` (add them while profiling) are listed with their times.
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('zhitu:')).map((e) => `${e.name} @${Math.round((e.ts - t0) / 1000)}`);
  const lines = [...(marks.length ? [`${label}: marks ${marks.join(', ')}`] : []), `${label}: ${tasks.length} tasks over 50 ms, total ${Math.round(tasks.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000)} ms`];
  for (const task of tasks.slice(0, 8)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const byName = new Map<string, number>();
    for (const e of inside) if (['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'EvaluateScript', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'XHRLoad', 'ResourceReceivedData', 'v8.callFunction', 'BlinkGC.AtomicPhase'].includes(e.name)) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0));
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < task.ts || times[i] > end) continue;
      const node = byId.get(profile.samples[i]);
      if (!node) continue;
      const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
    // Inclusive time per function: walk up from each sampled node.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < task.ts || times[i] > end) continue;
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const n = byId.get(id)!;
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
      }
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([name, us]) => `${name} ${Math.round(us / 1000)}`)
        .join('; ');
    lines.push(`  task ${Math.round((task.dur ?? 0) / 1000)} ms @${Math.round((task.ts - t0) / 1000)}: events ${top(byName, 8)}`);
    lines.push(`    self: ${top(self, 10)}`);
    lines.push(`    inclusive: ${top(inclusive, 25)}`);
  }
  return lines.join('\n') + '\n';
}

/** Where the `rank`-th biggest drawn node is on the page (CSS pixels). */
async function biggestNodeOnScreen(page: Page, rank: number): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const probe = await page.evaluate(() => {
    const g = (window as unknown as { __zhituGraph: GraphProbe }).__zhituGraph;
    return { nodes: g.nodes(), extent: g.extent(), zoom: g.zoom() };
  });
  const inView = probe.nodes.filter((n) => n.x > probe.extent.x1 && n.x < probe.extent.x2 && n.y > probe.extent.y1 && n.y < probe.extent.y2);
  const node = inView.sort((a, b) => b.size - a.size)[rank];
  return { x: box.x + (node.x - probe.extent.x1) * probe.zoom, y: box.y + (node.y - probe.extent.y1) * probe.zoom };
}

/** Resolves once ten frames in a row came within 100 ms of each other (the page has drawn what changed). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = performance.now();
        let calm = 0;
        const frame = (now: number): void => {
          calm = now - last < 100 ? calm + 1 : 0;
          last = now;
          if (calm >= 10) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 5000);
  const dir = resolve(process.argv[3] ?? `/tmp/zhitu-trace-${target}`);
  // Each run starts from the imported workspace as it was, without the positions a run saves.
  const pristine = join(dir, 'imported');
  const ws = join(dir, 'ws');
  if (!existsSync(pristine)) {
    await mkdir(dir, { recursive: true });
    await writeCorpus(join(dir, 'pages'), { articles: Math.round(target * 0.75), organisations: Math.round(target / 2.6), seed: target });
    const run = await cli(['import', join(dir, 'pages'), '--workspace', pristine]);
    if (run.code !== 0) throw new Error(run.stderr);
  }
  await rm(ws, { recursive: true, force: true });
  await cp(pristine, ws, { recursive: true });
  const serve = await startServe({ workspace: ws });
  const browser = await launchBrowser();
  try {
    const page = browser.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    const session = await browser.context.newCDPSession(page);
    const ready = () => page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 1_800_000, polling: 200 });
    let t = Date.now();
    const first = await traced(session, async () => {
      await page.goto(serve.url);
      await ready();
      return Date.now() - t;
    });
    const status = async () => (await page.getByTestId('status').innerText()).replace(/\s+/g, ' ');
    let report = `first view ${first.value} ms (${await status()})\n` + summarise('first view', first.events, first.profile);
    await writeFile(join(dir, 'first-view.json'), JSON.stringify({ traceEvents: first.events }));
    await page.evaluate(() => ((window as unknown as { __zhituGraphReady: boolean }).__zhituGraphReady = false));
    // ZHITU_RENDERER=canvas|webgl picks the renderer before "Show all" (default: the app's choice).
    if (process.env.ZHITU_RENDERER) await page.getByRole('combobox', { name: /renderer/i }).selectOption(process.env.ZHITU_RENDERER);
    t = Date.now();
    const all = await traced(session, async () => {
      await page.getByRole('button', { name: 'Show all' }).click({ timeout: 120_000 });
      await page.waitForTimeout(300);
      await ready();
      return Date.now() - t;
    });
    report += `Show all ${all.value} ms (${await status()})\n` + summarise('Show all', all.events, all.profile);
    await writeFile(join(dir, 'show-all.json'), JSON.stringify({ traceEvents: all.events }));
    // A click on the biggest drawn nodes, one after the other: the selection fades the rest.
    for (const [k, step] of ['select', 'select another'].entries()) {
      const at = await biggestNodeOnScreen(page, k);
      t = Date.now();
      const picked = await traced(session, async () => {
        await page.mouse.click(at.x, at.y);
        await page.locator('.details-panel').first().waitFor({ timeout: 120_000 });
        await settled(page);
        return Date.now() - t;
      });
      report += `${step} ${picked.value} ms\n` + summarise(step, picked.events, picked.profile);
    }
    process.stdout.write(report);
  } finally {
    await browser.close();
    await serve.stop();
  }
}

await main();
