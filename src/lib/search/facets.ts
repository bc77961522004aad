/**
 * Facets over search hits: city, plan, theme, kind (文件类型), year. Pure functions, no DOM.
 *
 * Selecting values filters the hits (OR within a facet, AND across facets). Each facet's counts are taken over
 * the hits that pass the *other* facets' selections, so a reader sees how many they would get by adding a value.
 */
import { compareStrings } from '~/lib/order';
import type { PlanFacets } from './build';
import type { Hit } from './engine';

export const FACET_KEYS = ['city', 'plan', 'theme', 'kind', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Facet names shown to readers. */
export const FACET_LABELS: Record<FacetKey, string> = {
  city: '城市',
  plan: '规划文件',
  theme: '主题',
  kind: '文件类型',
  year: '年份',
};

/** Shown for a kind or year that is not known (never guessed). */
export const UNKNOWN_VALUE = '未知';

export type Selection = Record<FacetKey, ReadonlySet<string>>;

export function emptySelection(): Selection {
  return { city: new Set(), plan: new Set(), theme: new Set(), kind: new Set(), year: new Set() };
}

export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

export interface FacetContext {
  readonly plans: readonly PlanFacets[];
  readonly themes: readonly { slug: string; label: string }[];
  /** Clause → indexes of its themes. */
  readonly themesOf: (clause: number) => readonly number[];
}

/** The facet values of one hit. */
export function valuesOf(hit: Hit, key: FacetKey, ctx: FacetContext): string[] {
  const plan = ctx.plans[hit.plan]!;
  switch (key) {
    case 'city':
      return [plan.city];
    case 'plan':
      return [plan.slug];
    case 'theme':
      return ctx.themesOf(hit.clause).map((i) => ctx.themes[i]!.slug);
    case 'kind':
      return [plan.kind ?? UNKNOWN_VALUE];
    case 'year':
      return [plan.year == null ? UNKNOWN_VALUE : String(plan.year)];
  }
}

function passes(hit: Hit, sel: Selection, ctx: FacetContext, except: FacetKey | null): boolean {
  for (const key of FACET_KEYS) {
    if (key === except || sel[key].size === 0) continue;
    if (!valuesOf(hit, key, ctx).some((v) => sel[key].has(v))) return false;
  }
  return true;
}

/** The hits passing every selected facet, order kept. */
export function applySelection(hits: readonly Hit[], sel: Selection, ctx: FacetContext): Hit[] {
  return hits.filter((h) => passes(h, sel, ctx, null));
}

/** Where each plan slug and theme slug stands in the context (built once per count, not searched per value). */
interface Ranks {
  readonly plan: ReadonlyMap<string, number>;
  readonly theme: ReadonlyMap<string, number>;
}

function ranksOf(ctx: FacetContext): Ranks {
  return { plan: new Map(ctx.plans.map((p, i) => [p.slug, i])), theme: new Map(ctx.themes.map((t, i) => [t.slug, i])) };
}

function labelOf(key: FacetKey, value: string, ctx: FacetContext, ranks: Ranks): string {
  if (key === 'plan') {
    const i = ranks.plan.get(value);
    return i === undefined ? value : ctx.plans[i]!.label;
  }
  if (key === 'theme') {
    const i = ranks.theme.get(value);
    return i === undefined ? value : ctx.themes[i]!.label;
  }
  return value;
}

/** Order of values inside a facet: plans and themes as in the manifest, years newest first, others by count. */
function orderValues(key: FacetKey, values: FacetValue[], ranks: Ranks): FacetValue[] {
  const rank = (v: FacetValue): number => {
    if (key === 'plan') return ranks.plan.get(v.value) ?? -1;
    if (key === 'theme') return ranks.theme.get(v.value) ?? -1;
    if (key === 'year') return v.value === UNKNOWN_VALUE ? Infinity : -Number(v.value);
    return -v.count;
  };
  return values.sort((a, b) => rank(a) - rank(b) || compareStrings(a.value, b.value));
}

/** Counts per facet value. Values with no hit are left out unless selected. */
export function facetCounts(hits: readonly Hit[], sel: Selection, ctx: FacetContext): Record<FacetKey, FacetValue[]> {
  const out = {} as Record<FacetKey, FacetValue[]>;
  const ranks = ranksOf(ctx);
  for (const key of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const v of sel[key]) counts.set(v, 0);
    for (const h of hits) {
      if (!passes(h, sel, ctx, key)) continue;
      for (const v of new Set(valuesOf(h, key, ctx))) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const values = [...counts].map(([value, count]) => ({
      value,
      label: labelOf(key, value, ctx, ranks),
      count,
      selected: sel[key].has(value),
    }));
    out[key] = orderValues(key, values, ranks);
  }
  return out;
}
