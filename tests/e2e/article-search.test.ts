import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedName, tabTo as tabToOn } from './keyboard';
import { launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

// Full-text search across the article bodies (#14), by keyboard: a word of several sample
// articles, the count and the snippets with the hits marked, a result opened in the reader at
// its hit.
let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const WORD = '基层';

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const focused = () => focusedName(page);
const tabTo = (name: string, max?: number) => tabToOn(page, name, max);

/** Serious and critical axe-core violations on the page as it stands. */
async function axeProblems(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

beforeAll(async () => {
  workspace = await sampleWorkspace();
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
  page = browser.page;
  await page.addInitScript(() => {
    if (!localStorage.getItem('zhitu.lang')) localStorage.setItem('zhitu.lang', 'en');
  });
  await page.goto(serve.url);
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('full-text search of the articles', () => {
  it('counts the articles that contain a word and marks it in their snippets', async () => {
    await tabTo('Articles');
    await page.keyboard.press('Enter');
    await tabTo('Full-text search');
    await page.keyboard.press('Enter');
    const input = page.getByRole('searchbox', { name: 'Search the text of all articles' });
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(WORD);
    const total = page.getByTestId('article-search-total');
    await page.waitForFunction(() => /match/.test(document.querySelector('[data-testid="article-search-total"]')?.textContent ?? ''), null, { timeout: 20_000 });
    const n = Number(/^(\d+)/.exec(await total.innerText())?.[1]);
    expect(n).toBeGreaterThanOrEqual(2);
    const results = page.getByTestId('article-search-results').locator('.search-result');
    await expect(results.count()).resolves.toBe(n);
    const marks = await page.locator('.search-results mark').allInnerTexts();
    expect(marks.length).toBeGreaterThanOrEqual(n);
    expect(new Set(marks)).toEqual(new Set([WORD]));
    await shot('article-search-results');
    await expect(axeProblems()).resolves.toEqual([]);
  });

  it('opens a result by keyboard in the reader, scrolled to the hit and the hit marked', async () => {
    const second = page.locator('.search-result').nth(1);
    const title = await second.locator('.article-title').innerText();
    const snippet = (await second.locator('button.snippet').first().innerText()).replace(/…/g, '');
    await page.keyboard.press('Tab');
    await tabTo(title);
    await page.keyboard.press('Tab');
    expect((await focused()).replace(/…/g, '')).toBe(snippet);
    await page.keyboard.press('Enter');
    const reader = page.getByTestId('article-reader');
    await reader.waitFor();
    await expect(reader.locator('.reader-title').innerText()).resolves.toBe(title);
    const hit = reader.locator('.sentence-hl mark').first();
    await hit.waitFor();
    await expect(hit.innerText()).resolves.toBe(WORD);
    const sentence = await reader.locator('.sentence-hl').first().innerText();
    // The highlighted sentence is the one of the snippet's hit: it holds the hit and what follows it.
    const at = snippet.indexOf(WORD);
    expect(sentence.replace(/\s/g, '')).toContain(snippet.slice(at, at + WORD.length + 2).replace(/\s/g, ''));
    // The hit is in the reader's visible part, and the keyboard focus is in the reader.
    const inView = await hit.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const pane = el.closest('.reader')!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom;
    });
    expect(inView).toBe(true);
    await expect(page.evaluate(() => document.activeElement?.closest('[data-testid="article-reader"]') !== null)).resolves.toBe(true);
    await shot('article-search-reader');
  });

  it('goes back to the results with the opened one focused', async () => {
    await tabTo('← All articles');
    await page.keyboard.press('Enter');
    await page.getByTestId('article-search-results').waitFor();
    const total = await page.getByTestId('article-search-total').innerText();
    expect(total).toMatch(/match/);
    await expect(page.evaluate(() => document.activeElement?.closest('.search-result')?.getAttribute('data-article') ?? null)).resolves.not.toBeNull();
  });

  it('opens with the a key, in Chinese', async () => {
    await page.evaluate(() => localStorage.setItem('zhitu.lang', 'zh'));
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 60_000 });
    // The `a` key opens the search with the focus in its field.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('a');
    const input = page.getByRole('searchbox', { name: '搜索所有文章的全文' });
    await input.waitFor();
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(WORD);
    await page.waitForFunction(() => /篇文章匹配/.test(document.querySelector('[data-testid="article-search-total"]')?.textContent ?? ''), null, { timeout: 20_000 });
    await shot('article-search-zh');
    await expect(axeProblems()).resolves.toEqual([]);
  });
});
