import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnShare, launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  workspace = await sampleWorkspace();
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('the app in Chromium through zhitu serve', () => {
  it('draws the sample graph on the canvas, with no CSP violations or page errors', async () => {
    const { page } = browser;
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(serve.url);
    await page.waitForSelector('[data-testid="graph-canvas"] canvas', { timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 30_000 });
    const share = await drawnShare(page, '[data-testid="graph-canvas"]');
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'app-sample-graph.png') });
    expect(share).toBeGreaterThan(0.01);
    expect(problems).toEqual([]);
  });

  it('refuses API calls without the token from the page origin', async () => {
    const status = await browser.page.evaluate(async () => (await fetch('/api/workspaceInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
    expect(status).toBe(401);
  });
});
