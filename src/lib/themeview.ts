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

/** Anchor of a plan's group on a theme page. */
export function planGroupAnchor(planSlug: string): string {
  return `plan-${planSlug}`;
}

/** Anchor of a city's column on a theme page. */
export function cityColumnAnchor(citySlug: string): string {
  return `city-${citySlug}`;
}

/** Link from the matrix to a theme filtered to one plan (works without JS through the anchor). */
export function themePlanUrl(theme: string, planSlug: string): string {
  return `${themeUrl(theme)}?plan=${encodeURIComponent(planSlug)}#${planGroupAnchor(planSlug)}`;
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
