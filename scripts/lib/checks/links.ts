/**
 * Link and anchor integrity over a whole built site: every internal reference (href, src, action) of every page
 * resolves to a file, and every #fragment to an element id (or <a name>) on the target page.
 */
import { fileOfUrl, internalTarget, isSitePage, urlOfFile, type Site } from './site';

export interface BrokenLink {
  /** URL of the page holding the link. */
  page: string;
  /** The reference as written. */
  href: string;
  reason: 'missing-target' | 'missing-fragment';
}

/** Fragments every browser honours without a matching id. */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

export function findBrokenLinks(site: Site): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const targetsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const facts = site.page(file);
      idsByFile.set(file, (ids = new Set([...facts.ids, ...facts.anchorNames])));
    }
    return ids;
  };
  for (const file of site.htmlFiles.filter(isSitePage)) {
    const pageUrl = urlOfFile(file);
    for (const link of site.page(file).links) {
      const target = internalTarget(pageUrl, link.value);
      if (!target) continue;
      const targetFile = fileOfUrl(site, target.pathname);
      if (!targetFile) {
        broken.push({ page: pageUrl, href: link.value, reason: 'missing-target' });
        continue;
      }
      if (IMPLICIT_FRAGMENTS.has(target.fragment) || !targetFile.endsWith('.html')) continue;
      if (!targetsOf(targetFile).has(target.fragment)) {
        broken.push({ page: pageUrl, href: link.value, reason: 'missing-fragment' });
      }
    }
  }
  return broken;
}

/** One line per problem, for assertion messages. */
export function formatBroken(broken: readonly BrokenLink[], limit = 50): string {
  const lines = broken.slice(0, limit).map((b) => `${b.page} → ${b.href} (${b.reason})`);
  if (broken.length > limit) lines.push(`… and ${broken.length - limit} more`);
  return lines.join('\n');
}
