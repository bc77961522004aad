/**
 * Annex and task tables read at desktop and phone widths: the page never scrolls sideways, a table wider than its
 * column scrolls inside its own box (keyboard-focusable) with its first column kept in view, its text cells keep a
 * readable measure, and every row's permalink (¶) can be reached.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, newContext, plans } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Plans whose page holds annex or task tables. */
const withTables = () => plans().filter((p) => ['yancheng-2024', 'yancheng-2025-2027'].includes(p.slug));

describe('tables at 1280 and 390 px', () => {
  for (const [name, viewport] of [['1280px', DESKTOP], ['390px', PHONE]] as const) {
    it(`fit the page, scroll in their box, keep text cells readable and every ¶ reachable (${name})`, async () => {
      expect(withTables().length).toBe(2);
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      for (const p of withTables()) {
        await page.goto(p.url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${p.url}: the page itself does not scroll sideways`).toBeLessThanOrEqual(1);
        const report = await page.$$eval('.annex-scroll', (boxes) =>
          boxes.map((box) => {
            const b = box as HTMLElement;
            const r = b.getBoundingClientRect();
            const em = parseFloat(getComputedStyle(b.querySelector('td') ?? b).fontSize);
            const narrow = [...b.querySelectorAll<HTMLElement>('td:not(.nowrap):not(.row-link)')].filter((td) => td.getBoundingClientRect().width < 8 * em).length;
            b.scrollLeft = b.scrollWidth;
            const links = [...b.querySelectorAll<HTMLElement>('td.row-link a')];
            const hidden = links.filter((a) => {
              const lr = a.getBoundingClientRect();
              return lr.right > r.right + 1 || lr.left < r.left - 1;
            }).length;
            const first = b.querySelector<HTMLElement>('tbody tr td:first-child');
            const firstInView = first ? first.getBoundingClientRect().left >= r.left - 1 : true;
            return { right: r.right, focusable: b.tabIndex >= 0, narrow, links: links.length, hidden, firstInView };
          }),
        );
        expect(report.length, `${p.url} has tables`).toBeGreaterThan(0);
        for (const [i, t] of report.entries()) {
          expect(t.right, `${p.url} table ${i} within the screen`).toBeLessThanOrEqual(viewport.width + 1);
          expect(t.focusable, `${p.url} table ${i} scrolls by keyboard`).toBe(true);
          expect(t.narrow, `${p.url} table ${i}: text cells narrower than 8 characters`).toBe(0);
          expect(t.links, `${p.url} table ${i} rows have permalinks`).toBeGreaterThan(0);
          expect(t.hidden, `${p.url} table ${i}: ¶ links out of reach when scrolled to the end`).toBe(0);
          expect(t.firstInView, `${p.url} table ${i}: first column stays in view`).toBe(true);
        }
      }
      await context.close();
    });
  }

  it('highlights the row on a table row’s own clause page', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto('/plans/yancheng-2025-2027/annex-1-r1/');
    const row = page.locator('.annex-table tr[aria-current="location"] td').first();
    const [current, plain] = await Promise.all([
      row.evaluate((td) => getComputedStyle(td).backgroundColor),
      page.locator('.annex-table tbody tr:not([aria-current]) td:not(:first-child)').first().evaluate((td) => getComputedStyle(td).backgroundColor),
    ]);
    expect(current).not.toBe(plain);
    await context.close();
  });

  it('shows a row’s page a window of its table, and the whole table on the plan page at the row', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto('/plans/yancheng-2024/table-1-r42/');
    const links = await page.locator('.annex-table .permalink').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['40', '41', '42', '43'].map((n) => `/plans/yancheng-2024/table-1-r${n}/`));
    // The group row the window sits under, and the column headers, stay.
    await expect(page.locator('.annex-table th.group').allTextContents()).resolves.toEqual(['四、数字政府(5项)', '五、营造发展环境(3项)']);
    await expect(page.locator('.annex-table thead th').first().textContent()).resolves.toBe('序号');
    await page.getByRole('link', { name: /在全文中查看整张表格/ }).click();
    await page.waitForURL('**/plans/yancheng-2024/#table-1-r42');
    await expect(page.locator('.annex-table tr.clause-row').count()).resolves.toBe(45);
    await expect(page.locator('#table-1-r42').evaluate((tr) => tr.matches(':target'))).resolves.toBe(true);
    await context.close();
  });

  it('shows clause numbers as visible links on the plan page, without hovering', async () => {
    const context = await newContext(browser, DESKTOP);
    const page = await context.newPage();
    await page.goto('/plans/yancheng-2025-2027/');
    const opacity = await page.$eval('.clause .permalink', (a) => getComputedStyle(a).opacity);
    expect(opacity).toBe('1');
    await context.close();
  });

  it('reaches every main navigation item on a phone without scrolling the bar', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto('/');
    const outside = await page.$$eval('.site-nav a', (as) => as.filter((a) => a.getBoundingClientRect().right > window.innerWidth).map((a) => a.textContent));
    expect(outside).toEqual([]);
    await context.close();
  });
});
