/**
 * Comparing plans: any 2–4 plans side by side, theme by theme, in the browser (src/client/compare.ts) from their
 * data files (/data/plans/<slug>.json). No page per pair is built: the view's one canonical URL names the plans in
 * code-point order, whatever order they were picked in — /compare/?p=suzhou-2021-2023,yancheng-2024 — and may add
 * &t=<theme> to open at a theme (a parameter, not a #fragment: the theme's section exists only once the view is built). The pair pages of earlier builds (/compare/<a>--<b>/, either order) redirect to it.
 * Pure functions, shared by the build and the browser.
 */
import type { Clause } from '~/schemas/policy';

/** Path of the compare view. */
export const COMPARE_PATH = '/compare/';
/** Query parameter naming the plans. */
export const PLANS_PARAM = 'p';
/** Query parameter naming the theme to open at. */
export const THEME_PARAM = 't';
/** Separates the plan slugs in the parameter (slugs are [a-z0-9-]: never a comma). */
export const SLUG_SEPARATOR = ',';
/** How many plans the view sets side by side. */
export const MIN_PLANS = 2;
export const MAX_PLANS = 4;
/** Separator between the two plan slugs of an earlier pair page (plan slugs never contain "--"). */
export const PAIR_SEPARATOR = '--';
/** A plan slug (see planMetaSchema). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Path of an earlier pair page, either order, or of more plans: /compare/<a>--<b>/. */
const PAIR_PATH = /^\/compare\/([a-z0-9-]+?(?:--[a-z0-9-]+?)+)\/?$/;

/** The plans in canonical order: distinct, valid slugs in code-point order. */
export function canonicalPlans(slugs: readonly string[]): string[] {
  return [...new Set(slugs.map((s) => s.trim()).filter((s) => SLUG.test(s)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The canonical URL of the view comparing these plans (any order), optionally opening at a theme. */
export function compareUrl(slugs: readonly string[], theme?: string): string {
  const plans = canonicalPlans(slugs);
  return `${COMPARE_PATH}?${PLANS_PARAM}=${plans.join(SLUG_SEPARATOR)}${theme && SLUG.test(theme) ? `&${THEME_PARAM}=${theme}` : ''}`;
}

/**
 * The plans a query string names, canonical: "?p=b,a" and a form's "?p=b&p=a" both give [a, b]. Invalid slugs are
 * dropped; the view says when fewer than MIN_PLANS or more than MAX_PLANS remain.
 */
export function plansOfQuery(search: string): string[] {
  const params = new URLSearchParams(search);
  return canonicalPlans(params.getAll(PLANS_PARAM).flatMap((v) => v.split(SLUG_SEPARATOR)));
}

/** The theme a query string opens at, or undefined. */
export function themeOfQuery(search: string): string | undefined {
  const theme = new URLSearchParams(search).get(THEME_PARAM) ?? '';
  return SLUG.test(theme) ? theme : undefined;
}

/** The canonical view URL for the path of an earlier pair page (/compare/<b>--<a>/ too), or null for other paths. */
export function pairPathTarget(path: string): string | null {
  const m = PAIR_PATH.exec(path);
  if (!m) return null;
  const slugs = m[1].split(PAIR_SEPARATOR);
  if (slugs.some((s) => !SLUG.test(s))) return null;
  return compareUrl(slugs);
}

/** One theme's clauses in each compared plan (one list per plan, in the plans' order). */
export interface ThemeRow<T> {
  theme: string;
  columns: T[][];
}

/**
 * Theme by theme (taxonomy order), each plan's clauses on it; themes no plan mentions are returned apart so the
 * view can name them once instead of showing empty rows.
 */
export function compareByTheme<T extends Pick<Clause, 'themes'>>(themeSlugs: readonly string[], plans: readonly (readonly T[])[]): { rows: ThemeRow<T>[]; silent: string[] } {
  const rows: ThemeRow<T>[] = [];
  const silent: string[] = [];
  for (const theme of themeSlugs) {
    const columns = plans.map((clauses) => clauses.filter((c) => c.themes.includes(theme)));
    if (columns.some((col) => col.length > 0)) rows.push({ theme, columns });
    else silent.push(theme);
  }
  return { rows, silent };
}

/**
 * Two plans of one city: the case the build aligns clause by clause (src/lib/changes/), which the view then shows
 * above the themes from the city's published comparison (/data/changes/pairs/).
 */
export function isSameCityPair(plans: readonly { city: string; divisionCode?: string | null }[]): boolean {
  return plans.length === 2 && plans[0].city === plans[1].city && (plans[0].divisionCode ?? null) === (plans[1].divisionCode ?? null);
}
