import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus';
import { cli, cliJson, launchBrowser, SCREENSHOTS, startServe } from './harness';

// A researcher's session with the analytics and the timeline (issue 10): nodes sized by
// betweenness and coloured by community, the ranked table and the communities, a date range
// brushed on the timeline (undated articles counted and includable), a saved view reopened.

interface Analysis {
  graph: { nodes: number; edges: number };
  communities: Array<{ id: number; size: number; top: string[] }>;
  entities: Array<{ id: string; name: string; betweenness: number }>;
}
interface ArticleRow {
  id: string;
  title: string;
  date: string | null;
}

let tmp: string;
let workspace: string;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let articles: ArticleRow[];

/** Jan to Mar 2024, the range brushed below. */
const FROM = '2024-01-01';
const TO = '2024-03-31';

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function graphNodes(): Promise<number> {
  return Number(/(\d+)/.exec(await page.getByTestId('status').innerText())?.[1] ?? NaN);
}

async function drawnSizes(): Promise<Map<string, number>> {
  const nodes = await page.evaluate(() => (window as unknown as { __zhituGraph?: { nodes(): Array<{ id: string; size: number }> } }).__zhituGraph?.nodes() ?? []);
  return new Map(nodes.map((n) => [n.id, n.size]));
}

async function extent(): Promise<{ x1: number; y1: number; x2: number; y2: number; w: number; h: number }> {
  return page.evaluate(() => (window as unknown as { __zhituGraph: { extent(): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } } }).__zhituGraph.extent());
}

async function waitDrawn(): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 60_000 });
}

/** The count the articles drawer shows in its header. */
async function articleCount(): Promise<number> {
  return Number(/(\d+)/.exec(await page.locator('.articles-pane .pane-head .count').innerText())?.[1] ?? NaN);
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-insight-'));
  const pages = join(tmp, 'pages');
  // Twelve pages, one per month of 2024, eight articles each, organisations in groups that act together.
  await writeCorpus(pages, { articles: 96, perPage: 8, organisations: 72, seed: 10 });
  // A page without any date (no dateline, none in its name or folder).
  await writeFile(
    join(pages, 'notes.txt'),
    '深圳市总工会召开职工座谈会\n\n深圳市总工会与深圳市科技协会联合举办职工技能竞赛。深圳市总工会主席王海涛出席并讲话。\n\n深圳市科技协会会长李明表示，将与深圳市总工会加强合作。',
  );
  workspace = join(tmp, 'ws');
  const run = await cli(['import', pages, '--workspace', workspace]);
  if (run.code !== 0) throw new Error(`import failed: ${run.stderr}`);
  articles = await cliJson<ArticleRow[]>(['articles', '--workspace', workspace]);
  serve = await startServe({ workspace });
  browser = await launchBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => localStorage.setItem('zhitu.lang', 'en'));
  await page.goto(serve.url);
  await waitDrawn();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('analytics and the timeline', () => {
  it('the corpus has dated articles over the year and an undated one', () => {
    expect(articles.filter((a) => a.date === null).length).toBeGreaterThan(0);
    expect(articles.filter((a) => a.date && a.date >= FROM && a.date <= TO).length).toBeGreaterThan(0);
  });

  it('sizes nodes by betweenness and colours them by community, with the key', async () => {
    const analysis = await cliJson<Analysis>(['analyze', '--workspace', workspace]);
    const top = [...analysis.entities].sort((a, b) => b.betweenness - a.betweenness)[0];
    await page.getByLabel('Size nodes by').selectOption('betweenness');
    await page.getByLabel('Colour nodes by').selectOption('community');
    // The most between entity becomes the largest node drawn.
    await expect
      .poll(
        async () => {
          const sizes = await drawnSizes();
          return sizes.get(top.id) === Math.max(...sizes.values());
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    const key = page.getByTestId('community-key');
    await key.waitFor();
    await expect(key.locator('li').count()).resolves.toBeGreaterThan(1);
    await expect(page.getByTestId('size-key').innerText()).resolves.toContain('Betweenness');
  });

  it('ranks the entities by a measure, says which graph was measured, and selects a row in the graph', async () => {
    await page.getByRole('button', { name: 'Ranking', exact: true }).click();
    const table = page.getByTestId('rank-table');
    await table.locator('tbody tr').first().waitFor();
    const analysis = await cliJson<Analysis>(['analyze', '--workspace', workspace]);
    await expect(page.getByTestId('analysed-graph').innerText()).resolves.toContain(`Measured on ${analysis.graph.nodes} entities and ${analysis.graph.edges} links`);
    await page.getByRole('button', { name: 'Sort by Betweenness' }).click();
    const column = await table.locator('th').allInnerTexts();
    const at = column.findIndex((c) => c.startsWith('Betweenness'));
    expect(at).toBeGreaterThan(0);
    const values = (await table.locator(`tbody tr td:nth-child(${at + 1})`).allInnerTexts()).map(Number);
    expect(values.length).toBeGreaterThan(5);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const first = await table.locator('tbody tr').first().locator('button.link').innerText();
    // The ranking as CSV: every entity with its measures and community, in the table's order.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(csv[0]).toBe('rank,id,name,type,degree,weightedDegree,betweenness,pagerank,mentions,community,communityName');
    expect(csv.length - 1).toBe(analysis.entities.length);
    expect(csv[1].split(',')[2]).toBe(first);
    await table.locator('tbody tr').first().locator('button.link').click();
    await page.locator('.details-panel .entity-name', { hasText: first }).waitFor();
    await expect(table.locator('tbody tr').first().getAttribute('aria-current')).resolves.toBe('true');
    // The entity's mentions over time, in its details.
    await page.getByTestId('mention-timeline').waitFor();
    await shot('insight-ranking');
  });

  it('names each community by its central members', async () => {
    const analysis = await cliJson<Analysis>(['analyze', '--workspace', workspace]);
    await page.getByRole('button', { name: 'Communities', exact: true }).click();
    const list = page.getByTestId('community-list');
    await list.locator('li').first().waitFor();
    await expect(list.locator('li').count()).resolves.toBe(Math.min(40, analysis.communities.length));
    const title = await list.locator('li .community-title').first().innerText();
    expect(title).toContain(analysis.communities[0].top[0]);
    await list.locator('li button').first().click();
    await page.locator('.community-focus-note').waitFor();
    await shot('insight-communities');
    await list.locator('li button').first().click();
  });

  it('brushes a date range: the graph and the articles narrow, undated articles are counted and can be kept', async () => {
    const dated = articles.filter((a) => a.date && a.date >= FROM && a.date <= TO).length;
    const undated = articles.filter((a) => a.date === null).length;
    const before = await graphNodes();
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    await expect.poll(articleCount).toBe(articles.length);
    await page.getByLabel('Articles per').selectOption('month');
    const brush = page.getByTestId('timeline-brush');
    const bars = brush.locator('rect');
    await expect.poll(() => bars.count()).toBe(12);
    // Each bar tells its articles and mentions; the bars can count either.
    const title = async () => (await bars.first().locator('title').textContent()) ?? '';
    expect(await title()).toMatch(/: \d+ articles?, \d+ mentions?$/);
    const heights = async () => bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    const byArticles = await heights();
    await page.getByLabel('Count', { exact: true }).selectOption('mentions');
    await expect.poll(heights).not.toEqual(byArticles);
    await shot('insight-timeline-mentions');
    await page.getByLabel('Count', { exact: true }).selectOption('articles');
    const box = (await brush.boundingBox())!;
    const xOf = (i: number) => box.x + ((i + 0.5) / 12) * box.width;
    await page.mouse.move(xOf(0), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(xOf(1), box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(xOf(2), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('timeline-range').innerText()).toContain(`${dated} articles`);
    await expect.poll(articleCount).toBe(dated);
    await expect.poll(graphNodes, { timeout: 30_000 }).toBeLessThan(before);
    await waitDrawn();
    // The measures follow the range: the same numbers as the command line on it.
    const ranged = await cliJson<Analysis>(['analyze', '--from', FROM, '--to', TO, '--workspace', workspace]);
    await page.getByRole('button', { name: 'Ranking', exact: true }).click();
    await expect.poll(() => page.getByTestId('analysed-graph').innerText(), { timeout: 30_000 }).toContain(`Measured on ${ranged.graph.nodes} entities`);
    // Undated articles are not silently dropped: counted, and kept on request.
    const notice = page.getByTestId('undated-notice');
    await expect(notice.innerText()).resolves.toContain(`Hides ${undated} undated`);
    await shot('insight-timeline-range');
    await notice.locator('input').check();
    await expect.poll(() => notice.innerText()).toContain(`Includes ${undated} undated`);
    await expect.poll(articleCount).toBe(dated + undated);
    await notice.locator('input').uncheck();
    await expect.poll(articleCount).toBe(dated);
  });

  it('saves the view and brings it back after the explorer moved on', async () => {
    await page.getByRole('button', { name: 'Views', exact: true }).click();
    // Zoomed in: the view is what was visible, not the whole drawing. (The panel that opened
    // made the canvas shorter and the view re-fits with a short animation: let it end first.)
    await page.waitForTimeout(500);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const seen = await extent();
    await page.getByLabel('Name of the view').fill('一季度');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByTestId('view-list').getByRole('button', { name: 'Open view 一季度' }).waitFor();
    const inRange = await graphNodes();
    const dated = await articleCount();
    // Move on: all dates, sized by degree, coloured by type.
    await page.getByRole('button', { name: 'All dates', exact: true }).click();
    await page.getByLabel('Size nodes by').selectOption('degree');
    await page.getByLabel('Colour nodes by').selectOption('type');
    await expect.poll(articleCount).toBe(articles.length);
    await expect.poll(graphNodes, { timeout: 30_000 }).toBeGreaterThan(inRange);
    await waitDrawn();
    await page.getByRole('button', { name: 'Open view 一季度' }).click();
    await expect.poll(articleCount).toBe(dated);
    await expect.poll(graphNodes, { timeout: 30_000 }).toBe(inRange);
    await expect(page.getByLabel('Size nodes by').inputValue()).resolves.toBe('betweenness');
    await expect(page.getByLabel('Colour nodes by').inputValue()).resolves.toBe('community');
    await expect(page.getByTestId('timeline-range').innerText()).resolves.toContain(`${dated} articles`);
    await waitDrawn();
    // The area seen when saving comes back: same centre, and as wide or as tall as it was.
    await expect.poll(async () => {
      const now = await extent();
      const centred = Math.hypot((now.x1 + now.x2) / 2 - (seen.x1 + seen.x2) / 2, (now.y1 + now.y2) / 2 - (seen.y1 + seen.y2) / 2) < seen.w * 0.02;
      const scaled = Math.abs(now.w / seen.w - 1) < 0.02 || Math.abs(now.h / seen.h - 1) < 0.02;
      return centred && scaled;
    }).toBe(true);
    await shot('insight-view-reopened');
    // Room for the graph: the drawer closed, the panel under the timeline folded.
    await page.getByRole('button', { name: 'Close articles' }).click();
    await page.getByRole('button', { name: 'Views', exact: true }).click();
    await expect.poll(async () => (await drawnSizes()).size).toBe(inRange);
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.waitForTimeout(400);
    await shot('insight-view-restored');
  });
});
