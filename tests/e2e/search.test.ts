/**
 * Search as a reader uses it, in headless chromium against the built site.
 * - Beyond phrases: finding the documents themselves by 文号 or title, seeing the query echoed as typed, being told
 *   what to try when nothing matches — on a page with one search box that does not jump as results arrive.
 * - The page's workings (formerly the stand-alone scripts/search/smoke.ts, which nothing ran): typing updates the
 *   URL, results come 50 at a time and "显示更多" pages on, every result links to a permalink of /data/clauses.json,
 *   a facet filters by keyboard and survives a reload (deep link), an absent phrase says so, the partial group stays
 *   outside the results, a hostile query stays text — with no script error and nothing fetched from outside the site.
 * (That every clause holding a phrase is found, and only those: reader-jobs.test.ts, job 2.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, baseUrl, builtPage, clauses, launch, newContext, plans } from './browser';

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

/** A query with more matches than one page of results in the seeds. */
const BROAD = '数据';
/** Results per page. */
const PAGE_SIZE = 50;

/** The results list has settled on `query`. */
const done = (p: Page, query: string) =>
  p.waitForFunction((q) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    return list?.getAttribute('aria-busy') === 'false' && list.dataset.searchQuery === q;
  }, query);
const settled = (p: Page) => p.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
const hrefs = (p: Page) => p.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
const total = async (p: Page) => Number(await p.locator('[data-search-results]').getAttribute('data-search-total'));

/** A page of the search, with what it fetched from outside the site and the script errors it raised. */
async function open(): Promise<{ context: BrowserContext; page: Page; outside: string[]; errors: string[] }> {
  const context = await newContext(browser);
  const outside: string[] = [];
  // Registered after newContext's own abort-everything-outside route, so it runs first and records what it aborts.
  await context.route((u) => !u.href.startsWith(baseUrl()), (route) => (outside.push(route.request().url()), route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/search/');
  return { context, page, outside, errors };
}

describe.skipIf(!builtPage('/search/'))('search page: the query in the URL, paging, facets, no result, hostile input', () => {
  it(`follows the typed query in the URL, shows ${PAGE_SIZE} results at a time and pages on, each a published permalink`, async () => {
    const { context, page, outside, errors } = await open();
    await page.focus('#search-q');
    await page.keyboard.type(BROAD);
    await done(page, BROAD);
    expect(new URL(page.url()).searchParams.get('q')).toBe(BROAD);
    const n = await total(page);
    expect(n, `${BROAD} has more than ${PAGE_SIZE} matches`).toBeGreaterThan(PAGE_SIZE);
    expect(await hrefs(page)).toHaveLength(PAGE_SIZE);
    await page.locator('[data-search-more]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => document.querySelectorAll('[data-search-results] > li').length === k, Math.min(2 * PAGE_SIZE, n));
    await settled(page);
    const permalinks = new Set(clauses().map((c) => c.url));
    for (const h of await hrefs(page)) expect(permalinks, `result ${h}`).toContain(h);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('narrows by a city facet chosen by keyboard, and keeps it across a reload (a deep link)', async () => {
    const { context, page, outside, errors } = await open();
    await page.fill('#search-q', BROAD);
    await page.press('#search-q', 'Enter');
    await done(page, BROAD);
    const all = await total(page);
    const city = page.locator('[data-facet="city"] input').first();
    const cityName = await city.getAttribute('value');
    await city.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('city') === c, cityName);
    await settled(page);
    const filtered = await total(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThanOrEqual(all);
    await page.goto(page.url());
    await done(page, BROAD);
    expect(await total(page)).toBe(filtered);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('says when nothing matches, keeps partial matches out of the results, and shows a hostile query as text', async () => {
    const { context, page, outside, errors } = await open();
    const ask = async (q: string) => {
      await page.fill('#search-q', q);
      await page.press('#search-q', 'Enter');
      await done(page, q);
    };
    await ask('火星基地');
    expect(await hrefs(page)).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/没有条款包含「火星基地」/);
    await ask('算力 盐城');
    expect(await page.locator('[data-search-results] [data-search-partial]').count()).toBe(0);
    await ask('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
