import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySummary } from '../../electron/shared/types';
import { cliJson, drawnShare, launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const problems: string[] = [];

const CANVAS = '[data-testid="graph-canvas"]';

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function graphReady(): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 30_000 });
}

async function entities(): Promise<EntitySummary[]> {
  return cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir]);
}

/** Types in the search box and picks the first suggestion with Enter; waits for the details. */
async function searchAndSelect(name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(name);
  await page.getByRole('option').filter({ hasText: name }).first().waitFor();
  await search.press('Enter');
  await page.locator('.details-panel .entity-name', { hasText: name }).waitFor();
}

async function statusCount(): Promise<number> {
  const text = await page.getByTestId('status').innerText();
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
}

beforeAll(async () => {
  workspace = await sampleWorkspace();
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
  page = browser.page;
  page.on('pageerror', (e) => problems.push(e.message));
  // A refused request names itself (method, arguments, the server's reason), not only its status.
  page.on('response', async (r) => {
    if (r.status() < 400) return;
    const body = await r.text().catch(() => '');
    problems.push(`HTTP ${r.status()} ${new URL(r.url()).pathname} ${r.request().postData()?.slice(0, 200) ?? ''} => ${body.slice(0, 200)}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  // English interface, whatever the machine's locale, so that the accessible names below match.
  await page.addInitScript(() => localStorage.setItem('zhitu.lang', 'en'));
  await page.goto(serve.url);
  await page.waitForSelector(`${CANVAS} canvas`, { timeout: 30_000 });
  await graphReady();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('the explorer in Chromium', () => {
  it('draws the graph of the sample page', async () => {
    const share = await drawnShare(page, CANVAS);
    await shot('explorer-graph');
    expect(share).toBeGreaterThan(0.01);
    expect(await statusCount()).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('re-fits the view when the Articles pane opens, so that no node hides under it', async () => {
    type Probe = { nodes(): Array<{ x: number; y: number }>; extent(): { x1: number; y1: number; x2: number; y2: number } };
    const outside = () =>
      page.evaluate(() => {
        const g = (window as unknown as { __zhituGraph: Probe }).__zhituGraph;
        const v = g.extent();
        return g.nodes().filter((n) => n.x < v.x1 || n.x > v.x2 || n.y < v.y1 || n.y > v.y2).length;
      });
    await page.getByRole('button', { name: 'Fit to view' }).first().click();
    await page.waitForTimeout(400);
    expect(await outside()).toBe(0);
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    await page.locator('.articles-pane').waitFor();
    await expect.poll(outside, { timeout: 5_000 }).toBe(0);
    await shot('explorer-articles-open');
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    await page.locator('.articles-pane').waitFor({ state: 'detached' });
  });

  it('finds 深圳市总工会 by search and lists 深圳市职工发展基金会 among its relations, with evidence', async () => {
    await searchAndSelect('深圳市总工会');
    const relation = page.locator('.details-panel .relation').filter({ has: page.locator('button.entity-link', { hasText: '深圳市职工发展基金会' }) });
    await expect(relation.count()).resolves.toBeGreaterThan(0);
    const evidence = (await relation.first().locator('.relation-evidence').innerText()).trim();
    expect(evidence).toContain('深圳市');
    expect(evidence.length).toBeGreaterThan(10);
    // The mentions list marks the entity inside its sentences.
    const marks = await page.locator('.details-panel .evidence mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.includes('总工会') || m.includes('深圳'))).toBe(true);
    await shot('explorer-details');
  });

  it('opens the article at an evidence sentence', async () => {
    await page.locator('.details-panel .evidence-list .evidence button.link').first().click();
    const reader = page.getByTestId('article-reader');
    await reader.waitFor();
    const highlighted = await reader.locator('.sentence-hl').first().innerText();
    expect(highlighted.length).toBeGreaterThan(5);
    await expect(reader.locator('.sentence-hl mark').first().innerText()).resolves.toMatch(/深圳/);
    await shot('explorer-reader');
    await page.getByRole('button', { name: 'Close articles' }).click();
  });

  it('saves a note made in the UI, which the CLI then lists', async () => {
    await searchAndSelect('深圳市总工会');
    await page.getByRole('button', { name: 'Edit note, tags and colour' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('市级工会：e2e 备注');
    await page.getByRole('textbox', { name: 'Tags' }).fill('工会, 深圳');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('entity-note').filter({ hasText: '市级工会：e2e 备注' }).waitFor();
    await shot('explorer-note');
    const union = (await entities()).find((e) => e.name === '深圳市总工会');
    expect(union?.note).toBe('市级工会：e2e 备注');
    expect(union?.tags).toEqual(['工会', '深圳']);
  });

  it('merges two entities and undoes the merge with Ctrl+Z', async () => {
    const before = await entities();
    expect(before.some((e) => e.name === '深圳市职工发展基金会')).toBe(true);
    await searchAndSelect('深圳市总工会');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    const pick = page.getByRole('combobox', { name: 'Entity to merge' });
    await pick.fill('深圳市职工发展基金会');
    await page.getByRole('option').filter({ hasText: '深圳市职工发展基金会' }).first().waitFor();
    await pick.press('Enter');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await entities()).some((e) => e.name === '深圳市职工发展基金会'), { timeout: 15_000 }).toBe(false);
    await page.locator('.details-panel .chip', { hasText: '深圳市职工发展基金会' }).waitFor();
    await shot('explorer-merged');

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await entities()).some((e) => e.name === '深圳市职工发展基金会'), { timeout: 15_000 }).toBe(true);
    expect((await entities()).length).toBe(before.length);
    await graphReady();
  });

  it('hides the other types when the filter keeps only people', async () => {
    const people = (await entities()).filter((e) => e.type === 'person').length;
    expect(people).toBeGreaterThan(0);
    const filters = page.getByRole('button', { name: 'Filters', exact: true });
    if ((await filters.getAttribute('aria-pressed')) !== 'true') await filters.click();
    for (const type of ['organisation', 'place', 'program']) await page.getByRole('checkbox', { name: `Show ${type}` }).uncheck();
    await expect.poll(statusCount, { timeout: 15_000 }).toBe(people);
    await graphReady();
    const legend = await page.getByTestId('legend').innerText();
    expect(legend).toContain('Person');
    await shot('explorer-people-only');
    for (const type of ['organisation', 'place', 'program']) await page.getByRole('checkbox', { name: `Show ${type}` }).check();
    await expect.poll(statusCount, { timeout: 15_000 }).toBeGreaterThan(people);
  });

  it('adds an entity and a relation by hand, then deletes the entity with the Delete key', async () => {
    await page.getByRole('button', { name: 'Add entity' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('测试协会');
    await page.getByRole('combobox', { name: 'Type' }).selectOption('organisation');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.locator('.details-panel .entity-name', { hasText: '测试协会' }).waitFor();
    const added = (await entities()).find((e) => e.name === '测试协会');
    expect(added?.type).toBe('organisation');

    await page.getByRole('button', { name: 'Add relation' }).click();
    const target = page.getByRole('combobox', { name: 'Relation target' });
    await target.fill('深圳市总工会');
    await page.getByRole('option').filter({ hasText: '深圳市总工会' }).first().waitFor();
    await target.press('Enter');
    await page.getByRole('combobox', { name: 'Relation type' }).selectOption('partner');
    await page.getByRole('textbox', { name: 'Relation label' }).fill('共建');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const union = (await entities()).find((e) => e.name === '深圳市总工会')!;
    const relations = await cliJson<Array<{ type: string; source: string; target: string; label: string }>>(['relations', '--workspace', workspace.dir]);
    // `partner` has no direction: the core may store its ends in either order.
    const ends = (r: { source: string; target: string }) => [r.source, r.target].sort().join(' ');
    const made = relations.filter((r) => r.type === 'partner' && ends(r) === ends({ source: added!.id, target: union.id }));
    expect(made).toHaveLength(1);
    expect(made[0].label).toBe('共建');
    await shot('explorer-added');

    await searchAndSelect('测试协会');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog');
    await expect(confirm.locator('h2').innerText()).resolves.toBe('Delete 测试协会?');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await entities()).some((e) => e.name === '测试协会'), { timeout: 15_000 }).toBe(false);
    const count = (await entities()).length;
    await expect.poll(statusCount, { timeout: 15_000 }).toBe(count);
    await graphReady();
  });

  it('shows only the neighbourhood of the selected entity', async () => {
    const total = (await entities()).length;
    expect(await statusCount()).toBe(total);
    await searchAndSelect('深圳市总工会');
    await page.getByRole('combobox', { name: 'Neighbourhood depth' }).selectOption('1');
    await expect.poll(statusCount, { timeout: 15_000 }).toBeLessThan(total);
    const near = await statusCount();
    expect(near).toBeGreaterThan(1);
    await graphReady();
    await shot('explorer-neighbourhood');
    await page.getByRole('combobox', { name: 'Neighbourhood depth' }).selectOption('0');
    await expect.poll(statusCount, { timeout: 15_000 }).toBe(total);
  });

  it('exports the current view as GEXF, as CSV in one zip, and the drawing as PNG and SVG, as downloads', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('radio', { name: 'GEXF (Gephi)' }).check();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).last().click()]);
    // Streamed from the server (GET /api/export), named after the workspace and the day.
    expect(gexf.url()).toContain('/api/export?');
    expect(gexf.suggestedFilename()).toMatch(/-graph-\d{4}-\d{2}-\d{2}\.gexf$/);
    const text = await readFile((await gexf.path())!, 'utf8');
    expect(text).toContain('<gexf');
    expect(text).toContain('深圳市总工会');
    expect(text.trimEnd().endsWith('</gexf>')).toBe(true);
    await shot('explorer-export-gexf');
    // CSV is several files: one zip download, named after the workspace and the day.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('radio', { name: 'CSV (nodes + edges)' }).check();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).last().click()]);
    expect(csv.suggestedFilename()).toMatch(/-csv-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(csv.url()).toContain('/api/export?');
    const files = unzipSync(new Uint8Array(await readFile((await csv.path())!)));
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.every((n) => n.endsWith('.csv'))).toBe(true);
    expect(names.map((n) => strFromU8(files[n])).join('')).toContain('深圳市总工会');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save view as PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save view as SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg/);
    // Labels wrap at 96 px, so a long name may stand on two lines.
    expect(svgText).toContain('深圳市');
    expect(svgText).toContain('<path');
    await page.keyboard.press('Escape');
  });

  it('imports a file chosen in the page and shows the summary', async () => {
    const before = (await cliJson<unknown[]>(['articles', '--workspace', workspace.dir])).length;
    const text = '测试报道\n\n本报讯(记者王测试)10月12日，深圳市总工会在深圳市福田区举行职工服务活动。';
    await page.locator('#import-files-input').setInputFiles({ name: 'page-2.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await shot('explorer-import-summary');
    expect(await summary.innerText()).toMatch(/Articles added\s+1/);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect((await cliJson<unknown[]>(['articles', '--workspace', workspace.dir])).length).toBe(before + 1);
    await graphReady();
  });

  it('focuses the search with / and clears the selection with Esc', async () => {
    await searchAndSelect('深圳市总工会');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Search entities');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await page.locator('.details-panel').waitFor({ state: 'detached' });
  });

  it('switches the interface to Chinese', async () => {
    await page.getByTestId('lang-switch').click();
    // The visible text and the accessible name both follow the language.
    await expect(page.getByRole('button', { name: '文章', exact: true }).innerText()).resolves.toBe('文章');
    await expect(page.getByRole('button', { name: 'Articles', exact: true }).count()).resolves.toBe(0);
    await shot('explorer-zh');
    await page.getByTestId('lang-switch').click();
    expect(problems).toEqual([]);
  });
});
