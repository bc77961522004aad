/**
 * Comparing two plans: every unordered pair gets one canonical page /compare/<a>--<b>/ (a before b in corpus
 * order), shown theme by theme in two columns.
 */
import type { Clause } from '~/schemas/policy';

/** Separator between the two plan slugs in a pair URL. Plan slugs never contain "--" (see the slug pattern). */
export const PAIR_SEPARATOR = '--';

/** The pair key "a--b". */
export function pairKey(a: string, b: string): string {
  return `${a}${PAIR_SEPARATOR}${b}`;
}

/** Canonical URL of the page comparing two plans. */
export function pairUrl(a: string, b: string): string {
  return `/compare/${pairKey(a, b)}/`;
}

/** The two slugs of a pair key, or null when it is not one. */
export function parsePair(key: string): [string, string] | null {
  const parts = key.split(PAIR_SEPARATOR);
  return parts.length === 2 && parts[0] && parts[1] && parts[0] !== parts[1] ? [parts[0], parts[1]] : null;
}

/** Every unordered pair of the given slugs (already in corpus order), the earlier plan first. */
export function allPairs(slugs: readonly string[]): [string, string][] {
  return slugs.flatMap((a, i) => slugs.slice(i + 1).map((b): [string, string] => [a, b]));
}

/** The canonical (corpus-ordered) pair for two slugs chosen in any order; null for the same plan twice. */
export function canonicalPair(order: readonly string[], x: string, y: string): [string, string] | null {
  const ix = order.indexOf(x);
  const iy = order.indexOf(y);
  if (ix < 0 || iy < 0 || ix === iy) return null;
  return ix < iy ? [x, y] : [y, x];
}

/** One theme's clauses in both plans. */
export interface ThemeRow<T> {
  theme: string;
  left: T[];
  right: T[];
}

/**
 * Theme by theme (taxonomy order), the clauses of each plan; themes neither plan mentions are returned apart so
 * the page can name them once instead of showing empty rows.
 */
export function compareByTheme<T extends Pick<Clause, 'themes'>>(
  themeSlugs: readonly string[],
  left: readonly T[],
  right: readonly T[],
): { rows: ThemeRow<T>[]; silent: string[] } {
  const rows: ThemeRow<T>[] = [];
  const silent: string[] = [];
  for (const theme of themeSlugs) {
    const row = { theme, left: left.filter((c) => c.themes.includes(theme)), right: right.filter((c) => c.themes.includes(theme)) };
    if (row.left.length || row.right.length) rows.push(row);
    else silent.push(theme);
  }
  return { rows, silent };
}
