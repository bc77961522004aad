/**
 * Reader-level smoke check of the search page in headless chromium against a built site (default dist/): typing
 * updates the URL, results are complete and link to permalinks from /data/clauses.json, "显示更多" pages beyond 50,
 * facets filter by keyboard and survive a reload (deep link), the partial group stays separate, an absent phrase
 * says so, hostile queries stay text, and nothing outside the site is fetched.
 *   tsx scripts/search/smoke.ts [--dist dist]
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serve } from '../serve';

const i = process.argv.indexOf('--dist');
const dist = i >= 0 ? process.argv[i + 1]! : 'dist';
const permalinks = new Set((JSON.parse(readFileSync(join(dist, 'data/clauses.json'), 'utf8')) as { url: string }[]).map((c) => c.url));

const done = (p: Page, q: string) =>
  p.waitForFunction((query) => {
    const l = document.querySelector<HTMLElement>('[data-search-results]');
    return l?.getAttribute('aria-busy') === 'false' && l.dataset.searchQuery === query;
  }, q);
const settled = (p: Page) => p.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false');
const hrefs = (p: Page) => p.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));

const { url, close } = await serve(dist);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const outside: string[] = [];
  await context.route((u) => !u.href.startsWith(url), (route) => (outside.push(route.request().url()), route.abort()));
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));

  await p.goto(`${url}/search/`);
  await p.focus('#search-q');
  await p.keyboard.type('数据');
  await done(p, '数据');
  assert.equal(new URL(p.url()).searchParams.get('q'), '数据', 'the URL follows the typed query');
  const total = Number(await p.locator('[data-search-results]').getAttribute('data-search-total'));
  assert.ok(total > 50, `数据 has more than 50 matches (${total})`);
  assert.equal((await hrefs(p)).length, 50, 'first page shows 50');
  await p.locator('[data-search-more]').focus();
  await p.keyboard.press('Enter');
  await p.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length === n, Math.min(100, total));
  await settled(p);
  for (const h of await hrefs(p)) assert.ok(permalinks.has(h!), `result links to a published permalink: ${h}`);

  const city = p.locator('[data-facet="city"] input').first();
  const cityName = await city.getAttribute('value');
  await city.focus();
  await p.keyboard.press('Space');
  await p.waitForFunction((c) => new URL(location.href).searchParams.get('city') === c, cityName);
  await settled(p);
  const filtered = Number(await p.locator('[data-search-results]').getAttribute('data-search-total'));
  assert.ok(filtered > 0 && filtered <= total, 'a city facet narrows the results');
  await p.goto(p.url());
  await done(p, '数据');
  assert.equal(Number(await p.locator('[data-search-results]').getAttribute('data-search-total')), filtered, 'facets survive a reload');

  await p.fill('#search-q', '火星基地');
  await p.press('#search-q', 'Enter');
  await done(p, '火星基地');
  assert.equal((await hrefs(p)).length, 0);
  assert.match((await p.locator('[data-search-status]').textContent()) ?? '', /没有条款包含「火星基地」/);

  await p.fill('#search-q', '算力 盐城');
  await p.press('#search-q', 'Enter');
  await done(p, '算力 盐城');
  assert.equal(await p.locator('[data-search-results] [data-search-partial]').count(), 0, 'partial group is outside the results list');

  await p.fill('#search-q', '<img src=x onerror=alert(1)>');
  await p.press('#search-q', 'Enter');
  await done(p, '<img src=x onerror=alert(1)>');
  assert.equal(await p.locator('main img').count(), 0, 'a hostile query stays text');

  assert.deepEqual(errors, [], 'no script errors');
  assert.deepEqual(outside, [], 'nothing outside the site fetched');
  console.log(`search smoke: ok (${total} matches for 数据, ${filtered} after a city facet)`);
} finally {
  await browser.close();
  await close();
}
