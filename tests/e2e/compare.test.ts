/**
 * Reader jobs of the compare view and the theme overview: choose plans to compare, share and reload the view's URL
 * (one canonical, order-insensitive form), reach it from an earlier pair page in either order, read without JS;
 * two plans of one city aligned clause by clause, as the city's changes step page aligns them;
 * go from a theme's overview to a province, pick plans there and open them side by side at the theme.
 * DIST_DIR (with the server's) lets the same jobs run on a larger build, e.g. the 100-plan bench corpus.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DIST, PHONE, baseUrl, builtPage, launch, newContext, plans, themes } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Two plans in canonical (code-point) order, and the view's URL for them. */
function pair(): { a: string; b: string; url: string } {
  const [a, b] = plans()
    .map((p) => p.slug)
    .slice(0, 2)
    .sort();
  return { a, b, url: `/compare/?p=${a},${b}` };
}

/** Tick a plan in the picker, opening its province's list first as a reader would (they start closed at scale). */
async function pick(page: Page, slug: string): Promise<void> {
  const box = page.locator(`input[type=checkbox][value="${slug}"]`);
  const province = page.locator('details[data-province]', { has: box });
  if (!(await province.evaluate((d) => (d as HTMLDetailsElement).open))) await province.locator('summary').click();
  await box.check();
}

async function viewOf(page: Page): Promise<{ plans: string[]; sections: string[] }> {
  await page.waitForSelector('[data-compare-view]:not([aria-busy]) .compare-row');
  return page.evaluate(() => ({
    plans: [...document.querySelectorAll('[data-compare-view] .plan-cards h2 a')].map((a) => a.getAttribute('href') ?? ''),
    sections: [...document.querySelectorAll('[data-compare-view] section.compare-row')].map((s) => s.id),
  }));
}

describe('compare: choose, share, reload', () => {
  it('choosing two plans opens the view at its canonical URL, with both plans theme by theme', async () => {
    const { a, b, url } = pair();
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/compare/');
    // Pick them in the reverse order: the URL does not care.
    await pick(page, b);
    await pick(page, a);
    await page.getByRole('button', { name: '并排对比' }).click();
    await page.waitForURL((u) => u.search.startsWith('?p='));
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(url);
    const view = await viewOf(page);
    expect(view.plans).toEqual([`/plans/${a}/`, `/plans/${b}/`]);
    expect(view.sections.length).toBeGreaterThan(0);
    const cardLinks = await page.$$eval('[data-compare-view] .clause-card .card-head a', (els) => els.map((e) => e.getAttribute('href')));
    expect(cardLinks.every((h) => /^\/plans\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(h ?? ''))).toBe(true);
    await context.close();
  });

  it('a shared URL in any order reloads as the same canonical view, and offers that URL to copy', async () => {
    const { a, b, url } = pair();
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/compare/?p=${b}&p=${a}`);
    const first = await viewOf(page);
    expect(new URL(page.url()).search).toBe(new URL(url, baseUrl()).search);
    expect(await page.inputValue('.share-url')).toBe(new URL(url, baseUrl()).href);
    await page.reload();
    expect(await viewOf(page)).toEqual(first);
    await context.close();
  });

  it('an earlier pair page, in either order, reaches the canonical view', async () => {
    const { a, b, url } = pair();
    const context = await newContext(browser);
    const page = await context.newPage();
    for (const old of [`/compare/${a}--${b}/`, `/compare/${b}--${a}/`]) {
      await page.goto(old);
      await page.waitForURL((u) => u.pathname === '/compare/' && u.search.startsWith('?p='));
      expect(new URL(page.url()).search, old).toBe(new URL(url, baseUrl()).search);
      await viewOf(page);
    }
    await context.close();
  });

  it('reads on a phone without horizontal scrolling', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(pair().url);
    await viewOf(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('without JavaScript says what to do and links each plan’s theme sections', async () => {
    const context = await newContext(browser, undefined, false);
    const page = await context.newPage();
    await page.goto(pair().url);
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    const href = await page.locator('.plan-picker a[data-p]').first().getAttribute('href');
    expect(href).toMatch(/^\/plans\/[a-z0-9-]+\/#themes$/);
    await page.goto(href!);
    expect(await page.locator('#themes a.chip').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('compare: two plans of one city', () => {
  const EARLIER = 'yancheng-2022-2024';
  const LATER = 'yancheng-2025-2027';
  const DATA = `/data/changes/pairs/${EARLIER}--${LATER}.json`;

  it('choosing 盐城 2025–2027 and 2022–2024 (either order) aligns them clause by clause with word diffs, as their step page does', async (ctx) => {
    if (!builtPage(DATA)) ctx.skip(`${DATA} is not built`);
    const data = JSON.parse(readFileSync(`${DIST}${DATA}`, 'utf8'));
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/compare/');
    await pick(page, LATER);
    await pick(page, EARLIER);
    await page.getByRole('button', { name: '并排对比' }).click();
    await page.waitForURL((u) => u.search.startsWith('?p='));
    const canonical = `/compare/?p=${EARLIER},${LATER}`;
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(canonical);
    const section = page.locator('[data-compare-view] section.compare-changes');
    await section.waitFor();
    // The aligned pairs come in a few per task: count them once the view is no longer busy.
    await page.waitForSelector('[data-compare-view]:not([aria-busy]) .compare-row');
    await expect(section.locator('h2').textContent()).resolves.toBe('逐条对照：盐城 2025–2027 对比 盐城 2022–2024');
    // The very comparison the build published: one entry per later clause that continues earlier ones.
    const pairs = section.locator('.aligned-list > li');
    expect(await pairs.count()).toBe(new Set(data.links.map((l: { later: string }) => l.later)).size);
    expect(await pairs.count()).toBeGreaterThan(0);
    // A pair opens to its word diff, and each side links to its clause.
    const first = pairs.first();
    const links = await first.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => h?.startsWith(`/plans/${LATER}/`))).toBe(true);
    expect(links.some((h) => h?.startsWith(`/plans/${EARLIER}/`))).toBe(true);
    const withDiff = section.locator('details.diff', { has: page.locator('del, ins') }).first();
    await withDiff.locator('summary').click();
    expect(await withDiff.locator('.diff-text').isVisible()).toBe(true);
    // The counts are those of the step page's summary.
    const kinds = ['new', 'dropped'] as const;
    for (const k of kinds) {
      const n = data.verdicts.filter((v: { kind: string }) => v.kind === k).length;
      await expect(section.locator(`.change-counts .kind-${k} strong`).textContent(), k).resolves.toBe(String(n));
    }
    // The reverse order is the same canonical view.
    await page.goto(`/compare/?p=${LATER},${EARLIER}`);
    await section.waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(canonical);
    await context.close();
  });
});

describe('a theme across the country', () => {
  it('goes from the overview to a province, then opens two of its plans side by side at the theme', async () => {
    const theme = themes()[0];
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(theme.url);
    const provinces = page.locator('#by-province ~ div table tbody th a');
    expect(await provinces.count()).toBeGreaterThan(0);
    await provinces.first().click();
    await page.waitForURL((u) => u.pathname.startsWith(theme.url) && u.pathname !== theme.url);
    const boxes = page.locator('form[data-pick-plans] input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: '并排阅读所选规划' }).click();
    await page.waitForURL((u) => u.pathname === '/compare/');
    expect(new URL(page.url()).searchParams.get('t')).toBe(theme.slug);
    const view = await viewOf(page);
    expect(view.plans).toHaveLength(2);
    await context.close();
  });

  it('filters a province’s plans by kind and sorts them by clause count', async () => {
    const theme = themes()[0];
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(theme.url);
    await page.locator('#by-province ~ div table tbody th a').first().click();
    await page.waitForSelector('.filters[data-filters-for]:not([hidden])');
    const rows = page.locator('table[data-sortable] tbody tr');
    const total = await rows.count();
    const kinds = await page.locator('select[data-filter=kind] option').allTextContents();
    await page.selectOption('select[data-filter=kind]', { label: kinds[1] });
    const shown = await page.locator('table[data-sortable] tbody tr:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(total);
    await page.selectOption('select[data-filter=kind]', { index: 0 });
    await page.getByRole('button', { name: /条款/ }).click();
    const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLTableRowElement).cells[4].textContent?.replace('–', '0'))));
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    await context.close();
  });
});
