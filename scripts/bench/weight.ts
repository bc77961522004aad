/**
 * Page weight per page type of a built site: the page's HTML plus the CSS and JS it loads (stylesheets, scripts,
 * module preloads; inline code counts as HTML), uncompressed — the budget's measure — with fonts and images apart.
 * The search index is excluded (search has its own bench). Pages are read one at a time with a light scan of their
 * tags (no DOM, nothing cached), so a 1,000-plan site of ~60,000 pages is weighed in a minute, in little memory.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrl, internalTarget, isSitePage, SEARCH_INDEX_DIR, urlOfFile, type Site } from '../lib/checks/site';

/** Page types by URL shape, first match wins. */
export const PAGE_TYPES: readonly [string, RegExp][] = [
  ['home', /^\/$/],
  ['plans index', /^\/plans\/$/],
  ['plans · province', /^\/plans\/province\/[^/]+\/$/],
  ['plan', /^\/plans\/[^/]+\/$/],
  ['clause', /^\/plans\/[^/]+\/[^/]+\/$/],
  ['themes index', /^\/themes\/$/],
  ['theme', /^\/themes\/[^/]+\/$/],
  ['theme · province', /^\/themes\/[^/]+\/[^/]+\/$/],
  ['theme · city', /^\/themes\/[^/]+\/[^/]+\/[^/]+\/$/],
  ['compare', /^\/compare\/$/],
  ['compare (old pair)', /^\/compare\/.+\/$/],
  ['cities index', /^\/cities\/$/],
  ['city', /^\/cities\/[^/]+\/$/],
  ['city changes', /^\/cities\/[^/]+\/changes\/$/],
  ['city changes · step', /^\/cities\/[^/]+\/changes\/[^/]+\/$/],
  ['search', /^\/search\/$/],
  ['indicators', /^\/indicators\//],
  ['departments index', /^\/departments\/$/],
  ['department', /^\/departments\//],
  ['references', /^\/references\//],
  ['about', /^\/about\//],
  ['404', /^\/404\.html$/],
];
export const OTHER_TYPE = 'other';

export function pageType(url: string): string {
  return PAGE_TYPES.find(([, pattern]) => pattern.test(url))?.[0] ?? OTHER_TYPE;
}

const JS_FILE = /\.m?js$/;
const CSS_FILE = /\.css$/;
/** A tag that loads something (links and forms navigate instead, and are not weighed). */
const LOADING_TAG = /<(?:link|script|img|source)\b[^>]*>/gi;
/** The address a loading tag names. */
const TAG_ADDRESS = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** A redirect stub (Astro writes one per redirect): not a page to weigh. */
const META_REFRESH = /<meta\s[^>]*http-equiv\s*=\s*["']?refresh/i;

export interface PageWeight {
  url: string;
  type: string;
  html: number;
  css: number;
  js: number;
  /** Fonts, images, icons: outside the HTML + CSS + JS budget. */
  other: number;
  /** HTML + CSS + JS. */
  total: number;
}

/** The weight of one page, or null for a redirect stub. */
export function weighPage(site: Pick<Site, 'root' | 'files'>, file: string, sizeOf = (f: string) => statSync(join(site.root, f)).size): PageWeight | null {
  const url = urlOfFile(file);
  const text = readFileSync(join(site.root, file), 'utf8');
  if (META_REFRESH.test(text)) return null;
  const assets = new Set<string>();
  for (const [tag] of text.matchAll(LOADING_TAG)) {
    const m = TAG_ADDRESS.exec(tag);
    const value = m && (m[1] ?? m[2] ?? m[3]);
    const target = value ? internalTarget(url, value) : null;
    const asset = target && fileOfUrl(site, target.pathname);
    if (asset && !asset.startsWith(`${SEARCH_INDEX_DIR}/`) && !asset.endsWith('.html')) assets.add(asset);
  }
  const html = Buffer.byteLength(text);
  const weight = { url, type: pageType(url), html, css: 0, js: 0, other: 0, total: html };
  for (const asset of assets) {
    const size = sizeOf(asset);
    const kind = JS_FILE.test(asset) ? 'js' : CSS_FILE.test(asset) ? 'css' : 'other';
    weight[kind] += size;
    if (kind !== 'other') weight.total += size;
  }
  return weight;
}

export interface TypeSummary {
  type: string;
  pages: number;
  medianTotal: number;
  /** The heaviest page (HTML + CSS + JS). */
  max: PageWeight;
  /** The most JS any page of the type loads. */
  maxJs: number;
}

/** Per page type: count, median and heaviest page, most JS. Streams the pages; keeps only their totals. */
export function summarise(site: Pick<Site, 'root' | 'files' | 'htmlFiles'>): TypeSummary[] {
  const sizes = new Map<string, number>();
  const sizeOf = (f: string) => sizes.get(f) ?? sizes.set(f, statSync(join(site.root, f)).size).get(f)!;
  const byType = new Map<string, { totals: number[]; max: PageWeight; maxJs: number }>();
  for (const file of site.htmlFiles.filter(isSitePage)) {
    const w = weighPage(site, file, sizeOf);
    if (!w) continue;
    const t = byType.get(w.type);
    if (!t) byType.set(w.type, { totals: [w.total], max: w, maxJs: w.js });
    else {
      t.totals.push(w.total);
      if (w.total > t.max.total) t.max = w;
      t.maxJs = Math.max(t.maxJs, w.js);
    }
  }
  const order = [...PAGE_TYPES.map(([t]) => t), OTHER_TYPE];
  return [...byType.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([type, { totals, max, maxJs }]) => {
      totals.sort((a, b) => a - b);
      return { type, pages: totals.length, medianTotal: totals[Math.floor(totals.length / 2)], max, maxJs };
    });
}
