/**
 * The plans index at scale: up to PLANS_INDEX_MAX plans /plans/ lists every plan (one sortable table, ≈ 1 KB of
 * HTML per plan); beyond, it lists the provinces — cities, plans and clauses of each — and each province's plans are
 * on a page of its own, /plans/province/<province>/, with the same table. The province pages are built at every
 * size (their URLs do not come and go as the corpus grows), and every plan stays two links from /plans/.
 */
import type { PlanMeta } from '~/schemas/policy';
import { planTimeKey, UNDATED } from './plans';
import type { ProvincePlans } from './provinces';

/** Up to this many plans, /plans/ lists every plan (≈ 200 KB at 200: within the 300 KB page budget). */
export const PLANS_INDEX_MAX = 200;

/** The path segment under /plans/ that holds the province pages; no plan may take it as its slug. */
export const PROVINCE_SEGMENT = 'province';

/** A province's page of plans: /plans/province/jiangsu/. */
export function provincePlansUrl(provinceSlug: string): string {
  return `/plans/${PROVINCE_SEGMENT}/${provinceSlug}/`;
}

/** Fails the build, naming the plan, when a plan's slug is the province pages' segment (their URLs would clash). */
export function assertNoSegmentClash(plans: readonly Pick<PlanMeta, 'slug' | 'source'>[]): void {
  const clash = plans.find((p) => p.slug === PROVINCE_SEGMENT);
  if (clash) throw new Error(`${clash.source}: the slug "${PROVINCE_SEGMENT}" is reserved for /plans/${PROVINCE_SEGMENT}/<province>/; set another slug: in its YAML`);
}

/** A province's line in the plans index. */
export interface ProvinceRow {
  province: string;
  url: string;
  cities: number;
  plans: number;
  clauses: number;
  /** "2021–2027": the years its plans start in; null when none is known. */
  years: string | null;
}

/** The provinces' lines of the plans index, in the provinces' order (GB/T 2260 code, unknown last). */
export function provinceRows<T extends Pick<PlanMeta, 'period' | 'date' | 'slug'> & { clauseCount: number }>(provinces: readonly ProvincePlans<T>[]): ProvinceRow[] {
  return provinces.map((g) => {
    const starts = g.plans.map((p) => planTimeKey(p)[0]).filter((y) => y !== UNDATED);
    const first = Math.min(...starts);
    const last = Math.max(...starts);
    return {
      province: g.province,
      url: provincePlansUrl(g.slug),
      cities: g.cities.length,
      plans: g.plans.length,
      clauses: g.plans.reduce((n, p) => n + p.clauseCount, 0),
      years: starts.length === 0 ? null : first === last ? String(first) : `${first}–${last}`,
    };
  });
}
