import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySummary, RelationSummary } from '../../electron/shared/types';
import type { GraphProbe } from '../../renderer/src/features/graph/graph-handle';
import { cli, cliJson, launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

// Edits from the data table (bulk merge, delete and tag, each taken back with one undo; a duplicate
// suggestion accepted), the details panel beside a selected relation, and the legend when
// nodes are coloured by community. The sample page, plus one entity added by hand that
// duplicates another up to its place (职工发展基金会 / 深圳市职工发展基金会).
let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function graphReady(): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 60_000 });
}

async function names(): Promise<string[]> {
  return (await cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir])).map((e) => e.name);
}

const probe = <T,>(fn: (g: GraphProbe) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__zhituGraph)`) as Promise<T>;

/** Ticks the entity's box in the open table, after narrowing the rows to its name. */
async function tick(name: string): Promise<void> {
  const table = page.getByTestId('entity-table');
  await table.getByRole('searchbox', { name: 'Filter rows' }).fill(name);
  await page.getByRole('checkbox', { name: `Pick ${name}`, exact: true }).check();
}

/** Records the edit calls the page sends (`edit`, `applyEdits`) until `stop`, which returns them. */
function watchEditCalls(): { stop(): string[] } {
  const calls: string[] = [];
  const onRequest = (request: { method(): string; url(): string }): void => {
    const method = /\/api\/(edit|applyEdits)$/.exec(new URL(request.url()).pathname)?.[1];
    if (request.method() === 'POST' && method) calls.push(method);
  };
  page.on('request', onRequest);
  return {
    stop: () => {
      page.off('request', onRequest);
      return calls;
    },
  };
}

async function undo(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
}

beforeAll(async () => {
  workspace = await sampleWorkspace();
  const added = await cli(['add-node', 'organisation', '职工发展基金会', '--workspace', workspace.dir]);
  if (added.code !== 0) throw new Error(added.stderr);
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
  page = browser.page;
  page.on('pageerror', (e) => problems.push(e.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => localStorage.setItem('zhitu.lang', 'en'));
  await page.goto(serve.url);
  await graphReady();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('edits from the data table', () => {
  it('merges the ticked entities into the first one, and undo takes the merge back', async () => {
    await page.keyboard.press('t');
    await page.getByTestId('entity-table').waitFor();
    await tick('技能共富保');
    await tick('技能人才普惠保');
    await page.getByRole('button', { name: 'Merge into 技能共富保' }).click();
    await expect.poll(async () => (await names()).includes('技能人才普惠保'), { timeout: 20_000 }).toBe(false);
    const merged = (await cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir])).find((e) => e.name === '技能共富保');
    expect(merged?.aliases).toContain('技能人才普惠保');
    // The table shows the merged entity once, the other one no more.
    await page.getByTestId('entity-table').getByRole('searchbox', { name: 'Filter rows' }).fill('技能');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Pick 技能人才普惠保', exact: true }).count(), { timeout: 20_000 }).toBe(0);
    await shot('table-bulk-merged');
    await undo();
    await expect.poll(async () => (await names()).includes('技能人才普惠保'), { timeout: 20_000 }).toBe(true);
    await page.getByRole('checkbox', { name: 'Pick 技能人才普惠保', exact: true }).waitFor({ timeout: 20_000 });
    await graphReady();
  });

  it('deletes the ticked entities after asking, and one undo brings them all back', async () => {
    const before = await names();
    const three = ['许超', '潘华', '夏海燕'];
    if (!(await page.getByTestId('entity-table').isVisible())) {
      await page.keyboard.press('t');
      await page.getByTestId('entity-table').waitFor();
    }
    for (const name of three) await tick(name);
    await expect(page.getByText('3 picked').first().isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading').first().innerText()).resolves.toContain('Delete 3 entities?');
    await expect(dialog.innerText()).resolves.toMatch(/许超.*潘华.*夏海燕/);
    await expect(dialog.innerText()).resolves.toContain('One undo brings them all back.');
    // The safe button has the first focus: Enter alone must not delete.
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Cancel');
    await shot('table-bulk-delete-ask');
    // The three deletions go to the core in one call (checked and applied together), not one each.
    const editCalls = watchEditCalls();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await names()).filter((n) => three.includes(n)).length, { timeout: 20_000 }).toBe(0);
    expect(editCalls.stop()).toEqual(['applyEdits']);
    expect((await names()).length).toBe(before.length - 3);
    await graphReady();
    // The table shows none of them any more.
    const rows = async (name: string): Promise<number> => {
      await page.getByTestId('entity-table').getByRole('searchbox', { name: 'Filter rows' }).fill(name);
      return page.getByRole('checkbox', { name: `Pick ${name}`, exact: true }).count();
    };
    for (const name of three) await expect.poll(() => rows(name), { timeout: 20_000 }).toBe(0);
    await undo();
    await expect.poll(async () => (await names()).length, { timeout: 20_000 }).toBe(before.length);
    expect((await names()).sort()).toEqual([...before].sort());
    // ... and the page shows all three again after that one undo.
    for (const name of three) await expect.poll(() => rows(name), { timeout: 20_000 }).toBe(1);
    await graphReady();
    await page.getByTestId('entity-table').getByRole('searchbox', { name: 'Filter rows' }).fill('');
    await shot('table-bulk-delete-undone');
  });

  it('tags the ticked entities with one call, and one undo takes every tag back', async () => {
    const two = ['许超', '潘华'];
    const tagged = async (): Promise<number> =>
      (await cliJson<EntitySummary[]>(['entities', '--workspace', workspace.dir])).filter((e) => two.includes(e.name) && e.tags?.includes('重点')).length;
    if (!(await page.getByTestId('entity-table').isVisible())) {
      await page.keyboard.press('t');
      await page.getByTestId('entity-table').waitFor();
    }
    for (const name of two) await tick(name);
    await expect(page.getByText('2 picked').first().isVisible()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Tag', exact: true }).fill('重点');
    const editCalls = watchEditCalls();
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(tagged, { timeout: 20_000 }).toBe(2);
    expect(editCalls.stop()).toEqual(['applyEdits']);
    await graphReady();
    await undo();
    await expect.poll(tagged, { timeout: 20_000 }).toBe(0);
    await page.getByRole('button', { name: 'Untick all' }).click();
    await page.getByTestId('entity-table').getByRole('searchbox', { name: 'Filter rows' }).fill('');
    await graphReady();
  });

  it('suggests the entity that repeats another without its place, and accepting the suggestion merges them', async () => {
    await page.getByRole('tab', { name: 'Duplicates' }).click();
    await page.getByRole('button', { name: 'Suggest duplicates to merge' }).click();
    const list = page.getByTestId('duplicates');
    const item = list.locator('li', { hasText: '职工发展基金会' }).filter({ hasText: '深圳市职工发展基金会' });
    await item.waitFor({ timeout: 20_000 });
    await expect(item.innerText()).resolves.toContain('same name without the place');
    await shot('table-duplicates');
    await item.getByRole('button', { name: /^Merge into / }).click();
    await expect.poll(async () => (await names()).filter((n) => n.endsWith('职工发展基金会')).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => item.count(), { timeout: 20_000 }).toBe(0);
    await graphReady();
    await page.getByRole('button', { name: 'Close the table' }).click();
    await page.getByTestId('duplicates').waitFor({ state: 'detached' });
  });
});

describe('the view around a selection', () => {
  it('keeps both ends of a selected relation in sight when the details panel opens beside them', async () => {
    await page.keyboard.press('Escape');
    await graphReady();
    // Zoom in (about the centre), as a user reading a part of the graph would.
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.waitForTimeout(500);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    const relations = await cliJson<RelationSummary[]>(['relations', '--workspace', workspace.dir]);
    const nodes = await probe((g) => g.nodes());
    const zoom = await probe((g) => g.zoom());
    const view = await probe((g) => g.extent());
    // Pairs joined by one relation only: its line is straight, so its middle is where it is drawn.
    const pairs = new Map<string, number>();
    for (const r of relations) pairs.set([r.source, r.target].sort().join(' '), (pairs.get([r.source, r.target].sort().join(' ')) ?? 0) + 1);
    const at = new Map(nodes.map((n) => [n.id, { x: (n.x - view.x1) * zoom, y: (n.y - view.y1) * zoom }]));
    const inside = (p: { x: number; y: number }) => p.x > 10 && p.y > 10 && p.x < canvas.width - 10 && p.y < canvas.height - 10;
    // A relation with one end where the details panel (360 px) will open, both ends on the canvas,
    // and its middle clear of every node, so that a click there picks the relation.
    const drawnPairs = relations
      .filter((r) => pairs.get([r.source, r.target].sort().join(' ')) === 1)
      .map((r) => ({ r, a: at.get(r.source), b: at.get(r.target) }))
      .filter((c) => c.a && c.b && inside(c.a) && inside(c.b) && Math.hypot(c.a.x - c.b.x, c.a.y - c.b.y) > 40);
    const underPanel = drawnPairs.filter((c) => Math.max(c.a!.x, c.b!.x) > canvas.width - 340);
    const pick = underPanel.find((c) => {
      const mid = { x: (c.a!.x + c.b!.x) / 2, y: (c.a!.y + c.b!.y) / 2 };
      return [...at.values()].every((p) => Math.hypot(p.x - mid.x, p.y - mid.y) > 20);
    });
    await shot('edge-before-select');
    expect(pick, `a relation ending under where the details panel opens (${relations.length} relations, ${nodes.length} nodes, zoom ${zoom}, canvas ${canvas.width}, ${drawnPairs.length} drawn, ${underPanel.length} under the panel)`).toBeTruthy();
    const mid = { x: (pick!.a!.x + pick!.b!.x) / 2, y: (pick!.a!.y + pick!.b!.y) / 2 };
    await page.mouse.click(canvas.x + mid.x, canvas.y + mid.y);
    await expect.poll(() => probe((g) => g.selected()?.ends.length ?? 0), { timeout: 10_000 }).toBe(2);
    const panel = page.locator('.details-panel');
    await panel.waitFor();
    await page.waitForTimeout(800);
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    const side = (await panel.boundingBox())!;
    const ends = (await probe((g) => g.selected()))!.ends;
    for (const end of ends) {
      const x = box.x + end.x;
      const y = box.y + end.y;
      expect(x, `end ${end.id} inside the canvas`).toBeGreaterThan(box.x);
      expect(x).toBeLessThan(box.x + box.width);
      expect(y).toBeGreaterThan(box.y);
      expect(y).toBeLessThan(box.y + box.height);
      expect(x < side.x || x > side.x + side.width || y < side.y || y > side.y + side.height, `end ${end.id} clear of the details panel`).toBe(true);
    }
    await shot('edge-selected-beside-details');
    await page.keyboard.press('Escape');
  });

  it('lists the communities in the legend, not the type colours, when nodes are coloured by community', async () => {
    await page.getByLabel('Colour nodes by').selectOption('community');
    const key = page.getByTestId('community-key');
    await key.waitFor({ timeout: 30_000 });
    const legend = page.getByTestId('legend-communities');
    await legend.waitFor();
    const first = (await key.locator('.community-label').first().innerText()).trim();
    await expect(legend.innerText()).resolves.toContain(first);
    // The types stay, as grey shapes only.
    const shapes = page.getByRole('list', { name: 'Shapes by type' });
    await expect(shapes.innerText()).resolves.toContain('Organisation');
    const fills = await shapes.locator('svg path').evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('fill')))]);
    expect(fills).toEqual(['#9aa5b1']);
    await shot('legend-communities');
    await page.getByLabel('Colour nodes by').selectOption('type');
    await legend.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });
});
