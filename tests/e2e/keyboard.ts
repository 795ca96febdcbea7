import type { Page } from 'playwright-core';

/** The accessible name (aria-label, else text) of the focused element. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused control's accessible name starts with
 * `name`, or is `name` with `exact` (keyboard only).
 */
export async function tabTo(page: Page, name: string, max = 120, opts: { back?: boolean; exact?: boolean } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const at = await focusedName(page);
    if (opts.exact ? at === name : at.startsWith(name)) return;
    seen.push(at.slice(0, 40));
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}" (went through: ${seen.join(' | ')})`);
}

/**
 * Ticks an entity in the open data table by keyboard: its name typed in the table's filter, then
 * Space on its box. From inside the table the filter is reached backwards (past fewer rows).
 */
export async function tickInTable(page: Page, name: string): Promise<void> {
  const inTable = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="entity-table"]')));
  await tabTo(page, 'Filter rows', 120, { back: inTable });
  await page.keyboard.press('Control+a');
  await page.keyboard.type(name);
  await tabTo(page, `Pick ${name}`, 120, { exact: true });
  await page.keyboard.press('Space');
}
