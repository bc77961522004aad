/** The e2e suite's browser and site helpers (chromium itself: scripts/lib/chromium.ts). */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { inject } from 'vitest';
import { readPage } from '../../scripts/lib/checks/html';
import type { ClauseRow, PlanRow, ThemeRow } from '~/lib/opendata';

/** The built site under test (DIST_DIR lets the harness run on a crafted site). */
export const DIST = process.env.DIST_DIR ?? 'dist';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export const launch = launchChromium;

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function newContext(browser: Browser, viewport = DESKTOP, javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, javaScriptEnabled, locale: 'zh-CN', baseURL: baseUrl() });
  // Nothing but the site itself may be fetched.
  await context.route((url) => !url.href.startsWith(baseUrl()), (route) => route.abort());
  return context;
}

/** dist/ file exists for a URL path (pages that other issues add may not exist yet). */
export function builtPage(pathname: string): boolean {
  const rel = pathname.replace(/^\//, '');
  return existsSync(`${DIST}/${rel}${pathname.endsWith('/') ? 'index.html' : ''}`);
}

/** The published open data, typed by its contract (src/lib/opendata.ts). */
export type PublishedClause = ClauseRow;
export type PublishedPlan = PlanRow;

export const clauses = (): PublishedClause[] => JSON.parse(readFileSync(`${DIST}/data/clauses.json`, 'utf8'));
export const plans = (): PublishedPlan[] => JSON.parse(readFileSync(`${DIST}/data/plans.json`, 'utf8'));
export const themes = (): ThemeRow[] => JSON.parse(readFileSync(`${DIST}/data/themes.json`, 'utf8'));

/** Internal link targets of a served page, fetched as HTML, resolved against the page URL. */
export function internalLinks(html: string, pageUrl: string): URL[] {
  const base = new URL(pageUrl);
  return readPage(html)
    .links.filter((l) => l.tag === 'a')
    .map((l) => new URL(l.value, base))
    .filter((u) => u.origin === base.origin);
}
