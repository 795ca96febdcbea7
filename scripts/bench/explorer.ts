import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeCorpus } from '../../tests/e2e/corpus';
import { cli, launchBrowser, startServe } from '../../tests/e2e/harness';

// The explorer in Debian's Chromium on generated workspaces of about 1k, 5k and 20k entities:
// time to the first view (top 300) and to "Show all" (layout included), the getGraph payloads,
// and the longest main-thread task in each (long tasks are those over 50 ms).

interface ExplorerResult {
  entities: number;
  firstViewMs: number;
  firstViewPayloadBytes: number;
  firstViewLongestTaskMs: number;
  showAllMs: number;
  showAllPayloadBytes: number;
  showAllLongestTaskMs: number;
}

async function one(target: number): Promise<ExplorerResult> {
  const tmp = await mkdtemp(join(tmpdir(), 'zhitu-bench-explorer-'));
  try {
    await writeCorpus(join(tmp, 'pages'), { articles: Math.round(target * 0.75), organisations: Math.round(target / 2.6), seed: target });
    const ws = join(tmp, 'ws');
    const run = await cli(['import', join(tmp, 'pages'), '--workspace', ws]);
    if (run.code !== 0) throw new Error(run.stderr);
    const serve = await startServe({ workspace: ws });
    const browser = await launchBrowser();
    const page = browser.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const payloads: number[] = [];
    page.on('response', (res) => {
      // Chromium may have dropped a large body from its cache already: then count the bytes it received.
      if (res.url().endsWith('/api/getGraph'))
        void res.body().then(
          (b) => payloads.push(b.length),
          () => res.request().sizes().then((s) => payloads.push(s.responseBodySize), () => undefined),
        );
    });
    const ready = () => page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 1_800_000, polling: 200 });
    const longest = () => page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      const max = Math.max(0, ...w.__long);
      w.__long = [];
      return Math.round(max);
    });
    let t = Date.now();
    await page.goto(serve.url);
    await ready();
    const firstViewMs = Date.now() - t;
    const firstViewLongestTaskMs = await longest();
    const firstViewPayloadBytes = payloads.reduce((a, b) => a + b, 0);
    payloads.length = 0;
    const entities = Number(/of (\d+)/.exec(await page.getByTestId('status').innerText())?.[1] ?? 0);
    await page.evaluate(() => ((window as unknown as { __zhituGraphReady: boolean }).__zhituGraphReady = false));
    t = Date.now();
    await page.getByRole('button', { name: 'Show all' }).click({ timeout: 120_000 });
    await page.waitForTimeout(300);
    await ready();
    const showAllMs = Date.now() - t;
    const result = { entities, firstViewMs, firstViewPayloadBytes, firstViewLongestTaskMs, showAllMs, showAllPayloadBytes: payloads.reduce((a, b) => a + b, 0), showAllLongestTaskMs: await longest() };
    await browser.close();
    await serve.stop();
    return result;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** First view and "Show all" of the explorer at about 1k, 5k and 20k entities. */
export async function benchExplorer(sizes = [1000, 5000, 20000]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of sizes) {
    const r = await one(n);
    for (const [k, v] of Object.entries(r)) out[`${n}-${k}`] = v;
    console.log(
      `explorer: ~${n} entities (${r.entities}): first view ${r.firstViewMs} ms, ${(r.firstViewPayloadBytes / 1e6).toFixed(1)} MB, longest task ${r.firstViewLongestTaskMs} ms; ` +
        `Show all ${r.showAllMs} ms, ${(r.showAllPayloadBytes / 1e6).toFixed(1)} MB, longest task ${r.showAllLongestTaskMs} ms`,
    );
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchExplorer(process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : undefined);
