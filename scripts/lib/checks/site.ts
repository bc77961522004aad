/**
 * A built site on disk (dist/) seen the way a static host serves it: `/a/b/` → a/b/index.html, `/a/b.json` → the
 * file, `/a/b` → a/b/index.html (hosts redirect to the slash form). Pages are parsed once and cached.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteOrigin } from '../../../site-origin.mjs';
import { readPage, type PageFacts } from './html';

/** The origin the site was built for (SITE_URL, else the placeholder: site-origin.mjs); absolute links to it are internal links. */
export const SITE_ORIGIN = siteOrigin(process.env).site;
/** The generated search index (src/pages/search/idx/): data files, not pages of the site. */
export const SEARCH_INDEX_DIR = 'search/idx';
const INDEX_FILE = 'index.html';
const HTML_EXTENSION = '.html';

export interface Site {
  root: string;
  /** Every file, as a POSIX path relative to root. */
  files: Set<string>;
  /** Every HTML file, relative. */
  htmlFiles: string[];
  /** Parsed facts of a page file (cached). */
  page(file: string): PageFacts;
  /** Raw text of a file. */
  text(file: string): string;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, root, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
}

export function loadSite(root: string): Site {
  const all: string[] = [];
  walk(root, root, all);
  const files = new Set(all);
  const cache = new Map<string, PageFacts>();
  const text = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    root,
    files,
    htmlFiles: all.filter((f) => f.endsWith(HTML_EXTENSION)),
    page(file) {
      let facts = cache.get(file);
      if (!facts) cache.set(file, (facts = readPage(text(file))));
      return facts;
    },
    text,
  };
}

/** The URL path a page file is served at: a/b/index.html → /a/b/, 404.html → /404.html. */
export function urlOfFile(file: string): string {
  if (file === INDEX_FILE) return '/';
  if (file.endsWith(`/${INDEX_FILE}`)) return `/${file.slice(0, -INDEX_FILE.length)}`;
  return `/${file}`;
}

/** The file a URL path is served from, or null when the site has none. `pathname` is percent-encoded. */
export function fileOfUrl(site: Pick<Site, 'files'>, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const rel = decoded.replace(/^\/+/, '');
  const candidates = decoded.endsWith('/') ? [`${rel}${INDEX_FILE}`] : [rel, `${rel}/${INDEX_FILE}`];
  return candidates.find((c) => site.files.has(c)) ?? null;
}

export interface InternalTarget {
  pathname: string;
  /** Decoded fragment without '#', '' when none. */
  fragment: string;
}

/**
 * Resolve a link found on `fromUrl` to an internal target, or null when it points elsewhere
 * (another origin, mailto:, tel:, data:, javascript:).
 */
export function internalTarget(fromUrl: string, href: string): InternalTarget | null {
  const base = new URL(fromUrl, SITE_ORIGIN);
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.origin !== SITE_ORIGIN) return null;
  let fragment = url.hash.replace(/^#/, '');
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    /* keep raw */
  }
  return { pathname: url.pathname, fragment };
}

/** True for files that belong to the site's pages (not the generated search index). */
export function isSitePage(file: string): boolean {
  return file.endsWith(HTML_EXTENSION) && !file.startsWith(`${SEARCH_INDEX_DIR}/`);
}
