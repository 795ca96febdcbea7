import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

// axe-core (WCAG 2.1 A and AA rules) on the main screens, in English and in Chinese.
let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

async function graphReady(): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 60_000 });
}

/** Serious and critical violations on the page as it stands, as readable lines. */
async function violations(screen: string): Promise<string[]> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `a11y-${screen}.png`) });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function open(lang: 'en' | 'zh'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('zhitu.lang', l), lang);
  await page.goto(serve.url);
  await graphReady();
}

beforeAll(async () => {
  workspace = await sampleWorkspace();
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(serve.url);
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('accessibility (axe-core)', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`has no serious or critical violations on the main screens (${lang})`, async () => {
      await open(lang);
      const found: string[] = [];
      found.push(...(await violations(`${lang}-main`)));
      // Details of an entity, picked with the keyboard through the search box.
      await page.keyboard.press('/');
      await page.keyboard.type('深圳市总工会');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.details-panel .entity-name').waitFor();
      found.push(...(await violations(`${lang}-details`)));
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      found.push(...(await violations(`${lang}-help`)));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: lang === 'en' ? 'Export' : '导出', exact: true }).first().click();
      await page.getByRole('dialog').waitFor();
      found.push(...(await violations(`${lang}-export`)));
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: lang === 'en' ? 'Articles' : '文章', exact: true }).click();
      await page.getByRole('complementary').last().waitFor();
      found.push(...(await violations(`${lang}-articles`)));
      expect(found).toEqual([]);
    });
  }
});
