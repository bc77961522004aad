/**
 * The plans index (/plans/) sorts on a phone: at 390px the table's header row (the click-to-sort buttons) is hidden,
 * so a labelled list of sort orders stands in for it — reached and used by keyboard. Without JavaScript the list is
 * not offered and the table stays in its default order (by city, then time: the order of plans.json).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, clauses, launch, newContext, plans } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const INDEX = '/plans/';
const SORT_LIST = 'select[data-sort-order]';

/** Plan URLs in the order the table shows them (visible rows only). */
const shownOrder = (page: Page) =>
  page.$$eval('table[data-sortable] tbody tr', (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.querySelector('a')?.getAttribute('href') ?? ''),
  );

/** Plan URLs by clause count, most first; ties in the default order (plans.json order). */
function byClauseCountDescending(): string[] {
  const count = new Map<string, number>();
  for (const c of clauses()) count.set(c.plan, (count.get(c.plan) ?? 0) + 1);
  return plans()
    .map((p, i) => ({ url: p.url, n: count.get(p.slug) ?? 0, i }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((p) => p.url);
}

describe('plans index: sorting on a phone', () => {
  it('at 390px the headers are hidden and a labelled list of sort orders sorts the plans, by keyboard', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(INDEX);
    const defaultOrder = plans().map((p) => p.url);
    expect(await shownOrder(page)).toEqual(defaultOrder);

    expect(await page.locator('table[data-sortable] thead').isVisible()).toBe(false);
    const list = page.locator(SORT_LIST);
    expect(await list.isVisible()).toBe(true);
    // Its label names it, so screen readers announce what the list does.
    expect(await page.getByLabel('排序').count()).toBe(1);
    const box = (await list.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    // Keyboard: Tab from the text filter reaches the list; End picks its last order, 条款数(由多到少).
    await page.locator('[data-filter-text]').focus();
    await page.keyboard.press('Tab');
    expect(await list.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    expect(await list.evaluate((el: HTMLSelectElement) => el.selectedOptions[0].textContent)).toBe('条款数(由多到少)');
    const expected = byClauseCountDescending();
    expect(expected).not.toEqual(defaultOrder); // the sort must move something to prove anything
    expect(await shownOrder(page)).toEqual(expected);
    // The (hidden) headers say the same, for anyone who widens the window.
    expect(await page.getAttribute('th[data-key="clauses"]', 'aria-sort')).toBe('descending');

    // Back to the default order.
    await list.selectOption('');
    expect(await shownOrder(page)).toEqual(defaultOrder);
    expect(await page.getAttribute('th[data-key="city"]', 'aria-sort')).toBe('ascending');
    await context.close();
  });

  it('keeps list and headers in step: a header click on a wide screen shows in the list', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto(INDEX);
    expect(await page.locator(SORT_LIST).isVisible()).toBe(false); // wide screens sort by the headers
    await page.locator('th[data-key="clauses"] button').click();
    await page.locator('th[data-key="clauses"] button').click();
    expect(await page.getAttribute('th[data-key="clauses"]', 'aria-sort')).toBe('descending');
    expect(await shownOrder(page)).toEqual(byClauseCountDescending());
    expect(await page.locator(SORT_LIST).inputValue()).toBe('clauses:descending');
    await context.close();
  });

  it('reads without JavaScript at 390px: every plan in the default order, no sort controls offered', async () => {
    const context = await newContext(browser, PHONE, false);
    const page = await context.newPage();
    await page.goto(INDEX);
    expect(await shownOrder(page)).toEqual(plans().map((p) => p.url));
    expect(await page.locator(SORT_LIST).isVisible()).toBe(false);
    await context.close();
  });
});
