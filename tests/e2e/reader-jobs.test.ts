/**
 * The three reader jobs, walked in a real browser against the built site: browse a theme across cities side by
 * side, land on a cited clause and copy its citation, search a phrase across cities — and follow every link.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../scripts/lib/checks/html';
import { PHONE, baseUrl, builtPage, clauses, internalLinks, launch, newContext, plans, themes, type PublishedClause } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const cityOfPlan = () => new Map(plans().map((p) => [p.slug, p.city]));

/** The theme whose clauses come from the most cities (ties: most clauses). */
function richestTheme() {
  const city = cityOfPlan();
  const ranked = themes().map((t) => {
    const own = clauses().filter((c) => c.themes.includes(t.slug));
    return { theme: t, cities: new Set(own.map((c) => city.get(c.plan))).size, count: own.length };
  });
  ranked.sort((a, b) => b.cities - a.cities || b.count - a.count);
  return ranked[0];
}

interface Box {
  city: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
/** Visible city columns of a theme page with at least one clause card. */
async function visibleColumns(page: Page): Promise<Box[]> {
  return page.$$eval('[data-theme-columns] [data-city]', (els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
        const cards = el.querySelectorAll('article[data-clause]').length;
        return { city: el.getAttribute('data-city') ?? '', x: r.x, y: r.y, width: r.width, height: r.height, visible, cards };
      })
      .filter((b) => b.visible && b.cards > 0)
      .map(({ city, x, y, width, height }) => ({ city, x, y, width, height })),
  );
}
const sideBySide = (a: Box, b: Box) => Math.abs(a.x - b.x) >= Math.min(a.width, b.width) && a.y < b.y + b.height && b.y < a.y + a.height;

/** A few clauses worth landing on: the first of each plan, a table row, the deepest numbering, the last one. */
function sampleClauses(): PublishedClause[] {
  const all = clauses();
  const picks = new Map<string, PublishedClause>();
  for (const p of plans()) {
    const first = all.find((c) => c.plan === p.slug);
    if (first) picks.set(first.url, first);
  }
  const row = all.find((c) => /-r\d+$/.test(c.id));
  const deepest = [...all].sort((a, b) => b.path.length - a.path.length)[0];
  for (const c of [row, deepest, all[all.length - 1]]) if (c) picks.set(c.url, c);
  return [...picks.values()];
}

const FRONTMATTER_FENCE = '---';

/** The pinpoint of a clause, from its generated MDX frontmatter (content/clauses/<plan>/<id>.mdx). */
function pinpointOf(c: PublishedClause): string {
  const mdx = readFileSync(`${process.env.CONTENT_DIR ?? 'content'}/clauses/${c.plan}/${c.id}.mdx`, 'utf8');
  const lines = mdx.split('\n');
  const start = lines.findIndex((line) => line.startsWith(FRONTMATTER_FENCE));
  const end = lines.findIndex((line, i) => i > start && line.trim() === FRONTMATTER_FENCE);
  return String(parseYaml(lines.slice(start + 1, end).join('\n')).pinpoint);
}

describe('job 1: browse a theme across cities', () => {
  it('shows at least two cities side by side at 1280px', async () => {
    const { theme, cities } = richestTheme();
    expect(cities, 'some theme has clauses from ≥ 2 cities').toBeGreaterThanOrEqual(2);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(theme.url);
    const columns = await visibleColumns(page);
    expect(new Set(columns.map((c) => c.city)).size).toBeGreaterThanOrEqual(2);
    const pairs = columns.flatMap((a, i) => columns.slice(i + 1).filter((b) => sideBySide(a, b)));
    expect(pairs.length, `columns: ${JSON.stringify(columns)}`).toBeGreaterThan(0);
    const cards = await page.$$eval('[data-theme-columns] article[data-clause][data-plan]', (els) =>
      els.map((el) => ({ plan: el.getAttribute('data-plan'), id: el.getAttribute('data-clause'), href: el.querySelector('a')?.getAttribute('href') })),
    );
    const urls = new Set(clauses().map((c) => c.url));
    for (const card of cards) expect(urls, `card ${card.plan}/${card.id} links to its permalink`).toContain(new URL(card.href ?? '', baseUrl() + theme.url).pathname);
    await context.close();
  });

  it('stacks the cities at 390px without horizontal scrolling', async () => {
    const { theme } = richestTheme();
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(theme.url);
    const columns = await visibleColumns(page);
    expect(columns.length).toBeGreaterThanOrEqual(1);
    const pairs = columns.flatMap((a, i) => columns.slice(i + 1).filter((b) => sideBySide(a, b)));
    expect(pairs, 'no two city columns side by side on a phone').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  });
});

describe('job 3: cite a clause', () => {
  it('lands on the clause at its permalink, highlighted and in view', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const c of sampleClauses()) {
      const response = await page.goto(c.url);
      expect(response?.status(), c.url).toBe(200);
      const target = page.locator(`[data-clause="${c.id}"][aria-current="true"]`);
      expect(await target.count(), c.url).toBe(1);
      expect(await target.isVisible(), `${c.url} clause visible`).toBe(true);
      const inView = await target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top < window.innerHeight && r.bottom > 0;
      });
      expect(inView, `${c.url} clause within the first screen`).toBe(true);
      const firstLine = c.text.split('\n')[0].replace(/\s+/g, '');
      const shown = (await target.innerText()).replace(/\s+/g, '');
      expect(shown, c.url).toContain(firstLine.slice(0, 30));
    }
    await context.close();
  });

  it('copies a citation with the pinpoint, the permalink at the page’s own origin and the day of copying, and a link', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    const origin = new URL(baseUrl()).origin;
    for (const c of sampleClauses().slice(0, 3)) {
      await page.goto(c.url);
      const citation = page.locator('button[data-copy="citation"]').first();
      await citation.click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      expect(copied).toContain(pinpointOf(c));
      expect(copied, 'GB/T 7714 [引用日期]: the day of copying').toContain(`[${today}]. `);
      expect(copied.endsWith(`${origin}${c.url}`), `${copied} ends with the permalink on this origin`).toBe(true);
      expect(await page.locator('.cite-text').innerText()).toContain(`${origin}${c.url}`);

      const link = page.locator('button[data-copy="link"]').first();
      await link.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${c.url}`);
    }
    await context.close();
  });

  it('reads without JavaScript: the clause and its citation text are on the page', async () => {
    const context = await newContext(browser, undefined, false);
    const page = await context.newPage();
    const c = sampleClauses()[0];
    await page.goto(c.url);
    const body = await page.locator('main').innerText();
    const citation = await page.locator('button[data-copy="citation"]').first().getAttribute('data-copy-text');
    expect(body.replace(/\s+/g, '')).toContain((citation ?? '').replace(/\s+/g, ''));
    await context.close();
  });
});

describe('job 2: search a phrase across cities', () => {
  const PHRASE = '一网统管';
  it.skipIf(!builtPage('/search/'))(`lists every clause containing ${PHRASE}, and only those`, async () => {
    const fold = (s: string) => s.replace(/\s+/g, '');
    const expected = new Set(clauses().filter((c) => fold(c.text).includes(PHRASE)).map((c) => c.url));
    expect(expected.size).toBeGreaterThan(0);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/search/?q=${encodeURIComponent(PHRASE)}`);
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 60_000 });
    const hrefs = await page.$$eval('[data-search-results] a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const found = new Set(hrefs.map((h) => new URL(h).pathname).filter((p) => expected.has(p) || /^\/plans\/[^/]+\/[^/]+\/$/.test(p)));
    for (const url of found) expect(expected, `result ${url} contains ${PHRASE}`).toContain(url);
    for (const url of expected) expect(found, `clause ${url} found`).toContain(url);
    await context.close();
  });
});

describe('follow every link', () => {
  it('every link on the home, a plan, a theme and a clause page leads to a page that has its #fragment', async () => {
    const pages = ['/', plans()[0].url, richestTheme().theme.url, sampleClauses()[0].url];
    const checked = new Map<string, string>();
    for (const pathname of pages) {
      const pageUrl = `${baseUrl()}${pathname}`;
      const html = await (await fetch(pageUrl)).text();
      for (const link of internalLinks(html, pageUrl)) {
        const key = link.pathname + link.search;
        let body = checked.get(key);
        if (body === undefined) {
          const response = await fetch(link.href);
          expect(response.status, `${pathname} → ${link.href}`).toBe(200);
          body = (response.headers.get('content-type') ?? '').includes('text/html') ? await response.text() : '';
          checked.set(key, body);
        }
        const fragment = decodeURIComponent(link.hash.slice(1));
        if (fragment && body) expect(readPage(body).ids, `${pathname} → ${link.href}`).toContain(fragment);
      }
    }
    expect(checked.size).toBeGreaterThan(5);
  });

  it('a reader can click through home → plan → clause', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const plan = plans()[0];
    await page.goto('/');
    await page.locator(`a[href="${plan.url}"]`).first().click();
    await page.waitForURL(`**${plan.url}`);
    const first = clauses().find((c) => c.plan === plan.slug)!;
    await page.locator(`a[href="${first.url}"], a[href="${first.id}/"]`).first().click();
    await page.waitForURL(`**${first.url}`);
    expect(await page.locator(`[data-clause="${first.id}"][aria-current="true"]`).count()).toBe(1);
    await context.close();
  });
});
