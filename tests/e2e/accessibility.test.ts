/**
 * axe-core in chromium on each page type: no serious or critical violations. Pages other issues add (compare,
 * search, indicators) are checked where the build has them.
 */
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPage, clauses, launch, newContext, plans, themes } from './browser';
import { readFileSync } from 'node:fs';
import { DIST } from './browser';

/** The first province page a theme's overview links to. */
function provinceOf(themeUrl: string): string {
  const html = readFileSync(`${DIST}${themeUrl}index.html`, 'utf8');
  return new RegExp(`href="(${themeUrl}[a-z0-9-]+/)"`).exec(html)?.[1] ?? themeUrl;
}

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES: [string, () => string][] = [
  ['home', () => '/'],
  ['plans index', () => '/plans/'],
  ['plans of a province', () => '/plans/province/jiangsu/'],
  ['plan page', () => plans()[0].url],
  ['clause page', () => clauses()[0].url],
  ['table row clause page', () => clauses().find((c) => c.cells != null)?.url ?? clauses()[0].url],
  ['theme page', () => themes()[0].url],
  ['compare', () => '/compare/'],
  ['compare view', () => `/compare/?p=${plans()[0].slug},${plans()[1].slug}`],
  ['theme province', () => provinceOf(themes()[0].url)],
  ['cities', () => '/cities/'],
  ['plan with attachment tables', () => plans().find((p) => p.slug === 'yancheng-2024')?.url ?? plans()[0].url],
  ['search', () => '/search/?q=数据要素'],
  ['indicators', () => '/indicators/'],
  ['404', () => '/404.html'],
];

describe('accessibility (axe-core, WCAG 2 A/AA)', () => {
  for (const [name, where] of PAGES) {
    const present = () => builtPage(where().split('?')[0]);
    it(`${name}: no serious or critical violations`, async (ctx) => {
      if (!present()) ctx.skip(`${where()} is not built yet`);
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(where());
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        return result.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      });
      const blocking = violations.filter((v: { impact: string }) => BLOCKING_IMPACTS.has(v.impact));
      expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
      await context.close();
    });
  }
});
