/**
 * The corpus summarised for the overview pages (home, cities): while it is small enough to show plan by plan
 * (PER_PLAN_MAX plans), charts and lists show each plan as before; beyond, they summarise by province — theme ×
 * province clause counts, plans in force per province and year — with links down to the details.
 */
import { interpolateRgb } from 'd3';
import { COLORS } from '~/charts/matrix';
import type { PlanMeta } from '~/schemas/policy';
import type { ProvincePlans } from './provinces';

/** Up to this many plans, overview charts and lists show every plan; beyond, they count by province. */
export const PER_PLAN_MAX = 12;

/** Label of the column of plans whose time is unknown (never placed on a guessed year). */
export const UNKNOWN_YEAR = '时间未知';

/** counts[theme][province]: clauses of the province's plans that carry the theme. */
export function themeProvinceCounts<T extends Pick<PlanMeta, 'slug'>>(
  themes: readonly string[],
  provinces: readonly ProvincePlans<T>[],
  count: (plan: string, theme: string) => number,
): number[][] {
  return themes.map((t) => provinces.map((g) => g.plans.reduce((n, p) => n + count(p.slug, t), 0)));
}

/**
 * Plans in force per province and year: the years from the earliest to the latest any plan covers (period, else
 * the year of its date), then a last column for plans whose time is unknown.
 */
export function provinceYearCounts<T extends Pick<PlanMeta, 'period' | 'date'>>(provinces: readonly ProvincePlans<T>[]): { years: string[]; counts: number[][] } {
  const span = (p: T): [number, number] | null => {
    if (p.period) return [p.period.start, p.period.end];
    const y = p.date ? Number(p.date.slice(0, 4)) : NaN;
    return Number.isFinite(y) ? [y, y] : null;
  };
  const spans = provinces.flatMap((g) => g.plans.map(span)).filter((s): s is [number, number] => s !== null);
  const first = Math.min(...spans.map((s) => s[0]));
  const last = Math.max(...spans.map((s) => s[1]));
  const years = spans.length ? Array.from({ length: last - first + 1 }, (_, i) => String(first + i)) : [];
  const anyUnknown = provinces.some((g) => g.plans.some((p) => !span(p)));
  const counts = provinces.map((g) => {
    const row = years.map(() => 0);
    let unknown = 0;
    for (const p of g.plans) {
      const s = span(p);
      if (!s) unknown++;
      else for (let y = s[0]; y <= s[1]; y++) row[y - first]++;
    }
    return anyUnknown ? [...row, unknown] : row;
  });
  return { years: anyUnknown ? [...years, UNKNOWN_YEAR] : years, counts };
}

/** A heat table's cell colour: the matrix chart's ramp (dark text keeps AA contrast on every tone), its zero tone for 0. */
export function heatColor(value: number, max: number): string {
  if (value <= 0) return COLORS.zero;
  return interpolateRgb(COLORS.low, COLORS.high)(Math.min(1, value / Math.max(1, max)));
}
