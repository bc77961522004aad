/**
 * The indicators at scale: beyond PER_PLAN_MAX plans /indicators/ lists the indicators with counts, and each has its
 * own page (/indicators/<anchor>/, the anchor the indicator had on the single page). An indicator stated by more
 * cities than colours and shapes can tell apart charts by province; one with more targets than a page can list
 * (DETAIL_ROWS_MAX) charts and lists them on a page per province (/indicators/<anchor>/<province>/).
 */
import type { TargetRecord } from '~/schemas/targets';

/** Up to this many targets, an indicator's page charts and lists every one (150 made pages of ~310 KB at 1,000 plans). */
export const DETAIL_ROWS_MAX = 100;
/** Up to this many cities, a chart's colours and shapes stand for cities; beyond, for provinces. */
export const LEGEND_MAX = 6;

export function indicatorUrl(anchor: string): string {
  return `/indicators/${anchor}/`;
}

export function indicatorProvinceUrl(anchor: string, province: string): string {
  return `${indicatorUrl(anchor)}${province}/`;
}

/** A province's share of an indicator's targets. */
export interface ProvinceTargets {
  province: string;
  slug: string;
  code: string | null;
  targets: TargetRecord[];
  cities: number;
  plans: number;
}

/** An indicator's targets by province, provinces in code order (unknown last). */
export function targetsByProvince(targets: readonly TargetRecord[], placeOf: (plan: string) => { province: string; slug: string; code: string | null }): ProvinceTargets[] {
  const groups = new Map<string, ProvinceTargets>();
  for (const t of targets) {
    const place = placeOf(t.plan);
    let g = groups.get(place.slug);
    if (!g) groups.set(place.slug, (g = { province: place.province, slug: place.slug, code: place.code, targets: [], cities: 0, plans: 0 }));
    g.targets.push(t);
  }
  for (const g of groups.values()) {
    g.cities = new Set(g.targets.map((t) => t.city ?? '')).size;
    g.plans = new Set(g.targets.map((t) => t.plan)).size;
  }
  return [...groups.values()].sort((a, b) => (a.code ?? '999999').localeCompare(b.code ?? '999999'));
}
