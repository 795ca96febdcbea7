import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabTo as tabToOn, tickInTable } from './keyboard';
import type { EntitySummary } from '../../electron/shared/types';
import { cliJson, launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

// The data table and a keyboard-only session: two entities ticked in the table, the paths
// between them found and saved as text, focus kept inside the dialog.
let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const tabTo = (name: string, max?: number) => tabToOn(page, name, max);

async function statusCount(): Promise<number> {
  return Number(/(\d+)/.exec(await page.getByTestId('status').innerText())?.[1] ?? NaN);
}


beforeAll(async () => {
  workspace = await sampleWorkspace();
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
  page = browser.page;
  await page.addInitScript(() => localStorage.setItem('zhitu.lang', 'en'));
  await page.goto(serve.url);
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('the data table', () => {
  it('lists every entity, sorts by a column, and selects in the graph what a row names', async () => {
    await page.keyboard.press('t');
    const table = page.getByTestId('entity-table');
    await table.waitFor();
    await expect(table.getByRole('status').innerText()).resolves.toMatch(/^\d+ rows$/);
    await table.getByRole('button', { name: /^Name/ }).click();
    await expect(table.locator('th').nth(1).getAttribute('aria-sort')).resolves.toBe('ascending');
    await table.getByRole('searchbox', { name: 'Filter rows' }).fill('深圳市总工会');
    await table.getByRole('button', { name: '深圳市总工会', exact: true }).click();
    await page.locator('.details-panel .entity-name', { hasText: '深圳市总工会' }).waitFor();
    await shot('table-entities');
  });

  it('hides ticked entities from the view, and shows them again', async () => {
    const before = await statusCount();
    await page.getByRole('checkbox', { name: 'Pick 深圳市总工会' }).check();
    await page.getByRole('button', { name: 'Hide from view' }).click();
    await expect.poll(statusCount, { timeout: 15_000 }).toBe(before - 1);
    await page.getByRole('button', { name: /^Show 1 hidden/ }).click();
    await expect.poll(statusCount, { timeout: 15_000 }).toBe(before);
  });

  it('ticks an entity by Shift+dragging a box around it on the graph, and tags the ticked ones at once', async () => {
    const target = (await cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir])).find((e) => e.name === '深圳市总工会')!;
    // The view drawn again after the previous test showed the hidden entity: wait for the node.
    await expect
      .poll(() => page.evaluate((id) => (window as unknown as { __zhituGraph: { nodes(): Array<{ id: string }> } }).__zhituGraph.nodes().some((n) => n.id === id), target.id), { timeout: 20_000 })
      .toBe(true);
    await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 30_000 });
    // The node and the view may still be moving (the view drawn again places the shown entity
    // and re-fits with an animation): wait until both hold still.
    const position = () => page.evaluate((id) => {
      type Probe = { nodes(): Array<{ id: string; x: number; y: number }>; extent(): { x1: number; y1: number }; zoom(): number };
      const g = (window as unknown as { __zhituGraph: Probe }).__zhituGraph;
      const n = g.nodes().find((x) => x.id === id)!;
      const v = g.extent();
      return [n.x, n.y, v.x1, v.y1, g.zoom()].map((x) => x.toFixed(2)).join(',');
    }, target.id);
    await expect
      .poll(async () => {
        const before = await position();
        await page.waitForTimeout(300);
        return (await position()) === before;
      }, { timeout: 20_000 })
      .toBe(true);
    // Where the node is drawn on the page: its model position through the visible area.
    const at = await page.evaluate((id) => {
      type Probe = { nodes(): Array<{ id: string; x: number; y: number; size: number }>; extent(): { x1: number; y1: number; w: number }; zoom(): number };
      const g = (window as unknown as { __zhituGraph: Probe }).__zhituGraph;
      const n = g.nodes().find((x) => x.id === id)!;
      const v = g.extent();
      const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      return { x: box.left + (n.x - v.x1) * g.zoom(), y: box.top + (n.y - v.y1) * g.zoom(), r: (n.size * g.zoom()) / 2 + 6 };
    }, target.id);
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('');
    // From just outside the node's disc (a press on a node would drag it) to the other side.
    await page.keyboard.down('Shift');
    await page.mouse.move(at.x - at.r, at.y - at.r);
    await page.mouse.down();
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await page.mouse.move(at.x + at.r, at.y + at.r, { steps: 3 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => page.getByText(/^[1-9]\d* picked$/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The table draws only the rows in view (146 on the sample): filter to see the ticked row.
    await page.getByTestId('entity-table').getByRole('searchbox', { name: 'Filter rows' }).fill('深圳市总工会');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Pick 深圳市总工会' }).isChecked(), { timeout: 10_000 }).toBe(true);
    // One more, ticked in the table: the tag goes to every ticked entity.
    await page.getByTestId('entity-table').getByRole('searchbox', { name: 'Filter rows' }).fill('青海省总工会');
    await page.getByRole('checkbox', { name: 'Pick 青海省总工会', exact: true }).check();
    const ticked = Number((await page.getByText(/^\d+ picked$/).first().innerText()).split(' ')[0]);
    expect(ticked).toBeGreaterThanOrEqual(2);
    await page.getByRole('textbox', { name: 'Tag', exact: true }).fill('框选');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect
      .poll(async () => (await cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir])).filter((e) => e.tags?.includes('框选')).length, { timeout: 20_000 })
      .toBe(ticked);
    await shot('table-box-tagged');
    // Tagging them all is one step: one undo takes every tag back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir])).filter((e) => e.tags?.includes('框选')).length, { timeout: 20_000 })
      .toBe(0);
    await page.getByRole('button', { name: 'Untick all' }).click();
  });

  it('keyboard only: ticks two entities, finds the paths with their evidence, saves them, focus staying in the dialog', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    // Two ends joined only through stated relations (founded, then organises): the path
    // needs neither co-occurrence nor edges inferred from a name, both off by default.
    await tickInTable(page, '深圳市总工会');
    await tickInTable(page, '深工守护');
    await tabTo('Find paths');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    const results = dialog.getByTestId('path-results');
    await results.waitFor({ timeout: 30_000 });
    const steps = await results.locator('.path-step').count();
    expect(steps).toBeGreaterThanOrEqual(2);
    await expect(results.locator('.path-step blockquote').first().innerText()).resolves.toContain('深圳');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role=dialog]')))).toBe(true);
    }
    await shot('table-path');
    await tabTo('Save as text');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/-paths-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).toContain('深圳市职工发展基金会');
    expect(text).toMatch(/“.+”/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
