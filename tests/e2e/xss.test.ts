import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliJson, launchBrowser, sampleWorkspace, SCREENSHOTS, startServe } from './harness';

// Markup in everything a user can bring in (a file's name, its headline and text) or type (an
// entity's name, a note, a relation's label), imported and edited through the real `zhitu serve`.
// Each payload would call window.__xss(tag) or load a URL with "xss-beacon" in it if it ran; the
// page must show every payload as text and nothing may run.
const FILE_NAME = `<img src=xss-beacon-file onerror="__xss('file')">.txt`;
// A headline the page splitter still takes for one (no quotes): it stays the article's title.
const HEADLINE = '<img src=xss-beacon-h onerror=__xss(1)>深圳举办职工培训班';
const LINK = `<a href="javascript:__xss('link')">点击查看</a>`;
const SVG = `<svg onload="__xss('svg')"><script>__xss('svg-script')</script></svg>`;
const ARTICLE = [
  HEADLINE,
  '',
  `本报讯(记者王测试)10月12日，深圳市总工会在深圳市福田区举行职工服务活动。${LINK}深圳市职工发展基金会秘书长夏海燕介绍道。${SVG}`,
].join('\n');
const NAME = `<img src=xss-beacon-name onerror="__xss('name')">恶意协会`;
const NOTE = `<script>__xss('note')</script><iframe src="javascript:__xss('iframe')"></iframe>`;
const LABEL = `<b onmouseover="__xss('label')">共建</b>`;

let workspace: Awaited<ReturnType<typeof sampleWorkspace>>;
let serve: Awaited<ReturnType<typeof startServe>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const problems: string[] = [];
const beacons: string[] = [];

async function shot(name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function graphReady(): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __zhituGraphReady?: boolean }).__zhituGraphReady === true, null, { timeout: 30_000 });
}

/** What ran in the page: payload calls, CSP violations (markup parsed as HTML would trigger them). */
async function ranInPage(): Promise<{ calls: string[]; violations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __xssCalls: string[]; __cspViolations: string[] };
    return { calls: [...w.__xssCalls], violations: [...w.__cspViolations] };
  });
}

/** Elements that only markup parsed as HTML would have put in the page. */
async function injectedElements(): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('img[onerror], script:not([src]), [onload], [onmouseover], iframe, a[href^="javascript:"], svg[onload], img[src*="xss-beacon"]').length,
  );
}

beforeAll(async () => {
  workspace = await sampleWorkspace();
  serve = await startServe({ workspace: workspace.dir });
  browser = await launchBrowser();
  page = browser.page;
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('request', (r) => {
    if (/xss-beacon|javascript:/i.test(r.url())) beacons.push(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: (tag: string) => void; __xssCalls: string[]; __cspViolations: string[] };
    w.__xssCalls = [];
    w.__cspViolations = [];
    w.__xss = (tag) => void w.__xssCalls.push(tag);
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective}: ${e.sample}`));
    localStorage.setItem('zhitu.lang', 'en');
  });
  await page.goto(serve.url);
  await page.waitForSelector('[data-testid="graph-canvas"] canvas', { timeout: 30_000 });
  await graphReady();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  await workspace?.cleanup();
});

describe('markup in names, headlines and article text is shown as text (Chromium, zhitu serve)', () => {
  it('imports an article full of payloads through the page', async () => {
    await page.locator('#import-files-input').setInputFiles({ name: FILE_NAME, mimeType: 'text/plain', buffer: Buffer.from(ARTICLE, 'utf8') });
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.innerText()).toMatch(/Articles added\s+[1-9]/);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    const titles = (await cliJson<Array<{ title: string }>>(['articles', '--workspace', workspace.dir])).map((a) => a.title);
    expect(titles).toContain(HEADLINE);
    await graphReady();
  });

  it('lists the headline and the file name as text, and reads the article as text', async () => {
    await page.getByRole('button', { name: 'Articles', exact: true }).click();
    const item = page.locator('.article-item .article-open', { hasText: '深圳举办职工培训班' });
    expect(await item.locator('.article-title').innerText()).toBe(HEADLINE);
    expect(await item.locator('.article-meta').innerText()).toContain(FILE_NAME);
    await item.click();
    const reader = page.getByTestId('article-reader');
    await reader.waitFor();
    expect(await reader.locator('.reader-title').innerText()).toBe(HEADLINE);
    expect(await reader.locator('.source').getAttribute('title')).toBe(FILE_NAME);
    const body = await reader.locator('.reader-body').innerText();
    expect(body).toContain(LINK);
    expect(body).toContain(SVG);
    await shot('xss-reader');
    await page.getByRole('button', { name: 'Close articles' }).click();
  });

  it('shows a typed name, note and relation label as text in the details', async () => {
    await page.getByRole('button', { name: 'Add entity' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(NAME);
    await page.getByRole('combobox', { name: 'Type' }).selectOption('organisation');
    await page.getByRole('button', { name: 'OK' }).click();
    const name = page.locator('.details-panel .entity-name');
    await name.filter({ hasText: '恶意协会' }).waitFor();
    expect(await name.innerText()).toBe(NAME);

    await page.getByRole('button', { name: 'Edit note, tags and colour' }).click();
    await page.getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await page.getByRole('textbox', { name: 'Tags' }).fill(`<i onmouseover="__xss('tag')">标签</i>`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('entity-note').filter({ hasText: 'iframe' }).waitFor();
    expect(await page.getByTestId('entity-note').innerText()).toBe(NOTE);

    await page.getByRole('button', { name: 'Add relation' }).click();
    const target = page.getByRole('combobox', { name: 'Relation target' });
    await target.fill('深圳市总工会');
    await page.getByRole('option').filter({ hasText: '深圳市总工会' }).first().waitFor();
    await target.press('Enter');
    await page.getByRole('combobox', { name: 'Relation type' }).selectOption('partner');
    await page.getByRole('textbox', { name: 'Relation label' }).fill(LABEL);
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('.details-panel', { hasText: LABEL }).waitFor();
    await graphReady();
    await shot('xss-details');
  });

  it('writes the names as text into the SVG image', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save view as SVG' }).click()]);
    const text = await readFile((await svg.path())!, 'utf8');
    await page.keyboard.press('Escape');
    expect(text).toMatch(/^<svg/);
    // Read as an SVG viewer would: markup in a label must be text of a <text> element, never an element or attribute.
    const read = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const elements = [...doc.querySelectorAll('*')];
      return {
        parseError: doc.querySelector('parsererror') !== null,
        active: elements
          .filter((el) => ['script', 'img', 'iframe', 'a', 'foreignObject'].includes(el.localName) || [...el.attributes].some((at) => at.name.startsWith('on') || /javascript:/i.test(at.value)))
          .map((el) => el.outerHTML.slice(0, 80)),
        labels: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(''),
      };
    }, text);
    expect(read.parseError).toBe(false);
    expect(read.active).toEqual([]);
    expect(read.labels).toContain('恶意协会');
    expect(read.labels).toContain('<img src=xss-beacon-name');
  });

  it('ran nothing: no payload call, no beacon, no CSP violation, no injected element, no page error', async () => {
    expect(await ranInPage()).toEqual({ calls: [], violations: [] });
    expect(beacons).toEqual([]);
    expect(await injectedElements()).toBe(0);
    expect(problems).toEqual([]);
  });
});
