/**
 * Theme views: the taxonomy (src/data/themes.ts, owned by the themes work) as the site shows it — terms to
 * highlight, one column per city with its plans in time order, and the theme × plan matrix.
 */
import type { Clause, PlanMeta } from '~/schemas/policy';
import { normaliseTerms } from './highlight';
import type { CityPlans } from './plans';

/** The fields of a taxonomy row the site uses. */
export interface ThemeInfo {
  slug: string;
  label: string;
  description: string;
  terms: readonly string[];
  synonyms: readonly string[];
}

/** Canonical URL of a theme page. */
export function themeUrl(slug: string): string {
  return `/themes/${slug}/`;
}

/** Id of the 按主题 list on a plan page: the plan's theme sections. */
export const PLAN_THEMES_ANCHOR = 'themes';

/** A plan's theme sections: the 按主题 list on its page. */
export function planThemesUrl(planSlug: string): string {
  return `/plans/${planSlug}/#${PLAN_THEMES_ANCHOR}`;
}

/** Anchor of a plan's group on a theme page. */
export function planGroupAnchor(planSlug: string): string {
  return `plan-${planSlug}`;
}

/** Anchor of a city's column on a theme page. */
export function cityColumnAnchor(citySlug: string): string {
  return `city-${citySlug}`;
}

/*
 * A theme across the country, in three steps so that no page grows with the corpus: the theme's overview
 * (/themes/<theme>/: its provinces with counts, and at a handful of cities the cities side by side as before), a
 * province (/themes/<theme>/<province>/: its cities and plans with their counts, sortable and filterable, from which
 * the reader picks plans to set side by side), and a city (/themes/<theme>/<province>/<city>/: the clause cards of
 * the city's plans, each plan at #plan-<slug>).
 */

/** Up to this many cities, the theme's overview also sets every city's clauses side by side, one column each. */
export const SIDE_BY_SIDE_CITIES = 4;

/** Where a plan sits: its province's and its city's slugs. */
export interface PlanPlace {
  province: string;
  city: string;
}

/** A theme within one province. */
export function themeProvinceUrl(theme: string, province: string): string {
  return `${themeUrl(theme)}${province}/`;
}

/** A theme within one city: the clause cards of its plans. */
export function themeCityUrl(theme: string, place: PlanPlace): string {
  return `${themeProvinceUrl(theme, place.province)}${place.city}/`;
}

/** A plan's clauses on a theme: its group on the theme's city page (an anchor: no JS needed). */
export function themePlanUrl(theme: string, place: PlanPlace, planSlug: string): string {
  return `${themeCityUrl(theme, place)}#${planGroupAnchor(planSlug)}`;
}

/** How many clauses of each plan carry each theme: counts.get(plan)?.get(theme) (absent = 0). Built once per build. */
export function themeCounts(plans: readonly string[], clausesOf: (planSlug: string) => readonly Pick<Clause, 'themes'>[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const plan of plans) {
    const counts = new Map<string, number>();
    for (const c of clausesOf(plan)) for (const t of new Set(c.themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
    out.set(plan, counts);
  }
  return out;
}

/** A group of plans (a province, a city, the corpus) on one theme: clauses, and plans and cities that speak of it. */
export interface ThemeTally {
  clauses: number;
  plans: number;
  plansWith: number;
  cities: number;
  citiesWith: number;
}

export function tallyTheme(theme: string, cities: readonly CityPlans<Pick<PlanMeta, 'slug'>>[], count: (plan: string, theme: string) => number): ThemeTally {
  const t: ThemeTally = { clauses: 0, plans: 0, plansWith: 0, cities: cities.length, citiesWith: 0 };
  for (const city of cities) {
    let cityClauses = 0;
    for (const p of city.plans) {
      const n = count(p.slug, theme);
      t.plans++;
      if (n > 0) t.plansWith++;
      cityClauses += n;
    }
    if (cityClauses > 0) t.citiesWith++;
    t.clauses += cityClauses;
  }
  return t;
}

/** The words highlighted on a theme's clauses: its terms and synonyms (not the weak cues), longest first. */
export function highlightTerms(theme: Pick<ThemeInfo, 'terms' | 'synonyms'>): string[] {
  return normaliseTerms([...theme.terms, ...theme.synonyms]);
}

/** One city's column on a theme page. */
export interface ThemeColumn<P, C> {
  city: string;
  slug: string;
  /** Clauses assigned the theme (the possibly related ones are not counted). */
  count: number;
  /**
   * Per plan: its clauses assigned the theme, and apart, those the tagger is less sure of (`possibleThemes`, shown as
   * "可能相关"), each in document order.
   */
  plans: { plan: P; clauses: C[]; possible: C[] }[];
}

/**
 * Columns for a theme page: every city of the corpus (silent ones too, with count 0), its plans in time order,
 * each with the plan's clauses on the theme in document order, and its possibly related clauses apart.
 */
export function themeColumns<P extends Pick<PlanMeta, 'slug'>, C extends Pick<Clause, 'themes' | 'possibleThemes' | 'order'>>(
  theme: string,
  cities: readonly CityPlans<P>[],
  clausesOf: (planSlug: string) => readonly C[],
): ThemeColumn<P, C>[] {
  const byOrder = (a: C, b: C) => a.order - b.order;
  return cities.map((g) => {
    const plans = g.plans.map((plan) => {
      const all = clausesOf(plan.slug);
      return {
        plan,
        clauses: all.filter((c) => c.themes.includes(theme)).sort(byOrder),
        possible: all.filter((c) => c.possibleThemes.includes(theme)).sort(byOrder),
      };
    });
    return { city: g.city, slug: g.slug, count: plans.reduce((n, p) => n + p.clauses.length, 0), plans };
  });
}

/** Theme × plan clause counts for the home matrix: counts[themeIndex][planIndex]. */
export function themeMatrix(themes: readonly string[], plans: readonly string[], clausesOf: (planSlug: string) => readonly Pick<Clause, 'themes'>[]): number[][] {
  const perPlan = plans.map((p) => clausesOf(p));
  return themes.map((t) => perPlan.map((cs) => cs.filter((c) => c.themes.includes(t)).length));
}
