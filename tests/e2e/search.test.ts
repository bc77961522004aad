/**
 * Search as a reader uses it beyond phrases: finding the documents themselves by 文号 or title, seeing the query
 * echoed as typed, being told what to try when nothing matches — on a page with one search box that does not jump
 * as results arrive.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, launch, newContext, plans } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function search(q: string, viewport = DESKTOP): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('[data-search][data-search-state="done"]', { timeout: 60_000 });
  return page;
}

describe('search finds plans, echoes the query, and advises', () => {
  it('finds a plan by its 文号 and by its title, listed above the clauses', async () => {
    const withNumber = plans().find((p) => p.docNumber);
    expect(withNumber, 'a seed plan states its 文号').toBeDefined();
    for (const q of [withNumber!.docNumber!, withNumber!.title]) {
      const page = await search(q);
      const links = await page.$$eval('[data-search-plans]:not([hidden]) a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links, q).toContain(withNumber!.url);
      await page.context().close();
    }
  });

  it('echoes the query as typed: 5G stays 5G', async () => {
    const page = await search('5G');
    const status = await page.textContent('[data-search-status]');
    expect(status).toContain('「5G」');
    expect(status).not.toContain('「5g」');
    await page.context().close();
  });

  it('offers the pieces of a phrase that do occur, and the themes, when nothing matches', async () => {
    const page = await search('数据要素市场化配置改革综合试点示范区');
    const advice = page.locator('[data-search-advice]');
    await expect(advice.isVisible()).resolves.toBe(true);
    const suggestions = await advice.locator('a[href^="?q="]').allTextContents();
    expect(suggestions.length).toBeGreaterThan(0);
    expect(await advice.locator('a[href^="/themes/"]').count()).toBeGreaterThan(5);
    // A suggestion finds clauses.
    await advice.locator('a[href^="?q="]').first().click();
    await page.waitForSelector('[data-search][data-search-state="done"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-search-results]')?.getAttribute('data-search-total')) > 0);
    await page.context().close();
  });

  it('offers themes even for a nonsense query, and example queries on the empty page', async () => {
    const page = await search('qzxqzx');
    expect(await page.locator('[data-search-advice] a[href^="/themes/"]').count()).toBeGreaterThan(5);
    await page.goto('/search/');
    const examples = await page.locator('[data-search-examples] a[href^="/search/?q="]').count();
    expect(examples).toBeGreaterThan(3);
    expect(await page.locator('[data-search-examples] a[href^="/themes/"]').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-search] a:not([href])').count(), 'every link has an address').toBe(0);
    await page.context().close();
  });

  it('has one search box on the search page, and the header one on other pages', async () => {
    const page = await search('');
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    await page.goto('/plans/');
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    await page.context().close();
  });

  for (const [name, viewport] of [['1280px', DESKTOP], ['390px', PHONE]] as const) {
    it(`does not jump as results arrive (cumulative layout shift < 0.1, ${name})`, async () => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/search/?q=${encodeURIComponent('数据要素')}`);
      await page.waitForSelector('[data-search][data-search-state="done"]', { timeout: 60_000 });
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls).toBeLessThan(0.1);
      await context.close();
    });
  }
});
