/**
 * Page weight per page type of a built site: the page's HTML plus the CSS, JS, fonts and images it loads
 * (stylesheets, scripts, module preloads, icons, images; inline code counts as HTML). Pagefind's index is excluded.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../lib/checks/html';
import { fileOfUrl, internalTarget, isSitePage, SEARCH_INDEX_DIR, urlOfFile, type Site } from '../lib/checks/site';

/** Page types by URL shape, first match wins. */
export const PAGE_TYPES: readonly [string, RegExp][] = [
  ['home', /^\/$/],
  ['plans index', /^\/plans\/$/],
  ['plan', /^\/plans\/[^/]+\/$/],
  ['clause', /^\/plans\/[^/]+\/[^/]+\/$/],
  ['themes index', /^\/themes\/$/],
  ['theme', /^\/themes\/[^/]+\/$/],
  ['compare index', /^\/compare\/$/],
  ['compare', /^\/compare\/.+\/$/],
  ['cities index', /^\/cities\/$/],
  ['city', /^\/cities\/[^/]+\/$/],
  ['search', /^\/search\/$/],
  ['indicators', /^\/indicators\//],
  ['departments', /^\/departments\//],
  ['about', /^\/about\//],
  ['404', /^\/404\.html$/],
];
export const OTHER_TYPE = 'other';

export function pageType(url: string): string {
  return PAGE_TYPES.find(([, pattern]) => pattern.test(url))?.[0] ?? OTHER_TYPE;
}

const JS_FILE = /\.m?js$/;
const CSS_FILE = /\.css$/;

export interface PageWeight {
  url: string;
  type: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

export function weighPage(site: Site, file: string): PageWeight {
  const url = urlOfFile(file);
  const html = statSync(join(site.root, file)).size;
  const assets = new Set<string>();
  for (const link of readPage(site.text(file)).links) {
    if (link.tag === 'a' || link.tag === 'form') continue;
    const target = internalTarget(url, link.value);
    const asset = target && fileOfUrl(site, target.pathname);
    if (asset && !asset.startsWith(`${SEARCH_INDEX_DIR}/`) && !asset.endsWith('.html')) assets.add(asset);
  }
  const weight = { url, type: pageType(url), html, css: 0, js: 0, other: 0, total: html };
  for (const asset of assets) {
    const size = statSync(join(site.root, asset)).size;
    const kind = JS_FILE.test(asset) ? 'js' : CSS_FILE.test(asset) ? 'css' : 'other';
    weight[kind] += size;
    weight.total += size;
  }
  return weight;
}

export interface TypeSummary {
  type: string;
  pages: number;
  medianTotal: number;
  max: PageWeight;
  maxJs: number;
}

export function summarise(site: Site): TypeSummary[] {
  const byType = new Map<string, PageWeight[]>();
  for (const file of site.htmlFiles.filter(isSitePage)) {
    if (site.page(file).refresh !== null) continue;
    const w = weighPage(site, file);
    byType.set(w.type, [...(byType.get(w.type) ?? []), w]);
  }
  const order = [...PAGE_TYPES.map(([t]) => t), OTHER_TYPE];
  return [...byType.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([type, pages]) => {
      const totals = pages.map((p) => p.total).sort((a, b) => a - b);
      const max = pages.reduce((m, p) => (p.total > m.total ? p : m));
      return { type, pages: pages.length, medianTotal: totals[Math.floor(totals.length / 2)], max, maxJs: Math.max(...pages.map((p) => p.js)) };
    });
}
