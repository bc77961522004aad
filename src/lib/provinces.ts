/**
 * Provinces, the corpus's first facet: cities grouped by province in GB/T 2260 code order (北京 11 … 新疆 65), the
 * province's URL slug (its division slug: "jiangsu", 陕西 "shaanxi"), and the plans of each. Plans whose province
 * is unknown form a last group of their own ("未知"), never guessed into one.
 */
import { divisionSlug } from './divisions';
import type { CityPlans } from './plans';

/** Slug and label of the group of plans whose province is unknown. */
export const UNKNOWN_PROVINCE = { slug: 'unknown', label: '未知' } as const;

/** A province with its cities (each with its plans in time order). */
export interface ProvincePlans<T> {
  /** Short name ("江苏"), or 未知. */
  province: string;
  /** GB/T 2260 code ("320000"), null for the unknown group. */
  code: string | null;
  /** URL slug ("jiangsu"). */
  slug: string;
  cities: CityPlans<T>[];
  /** Every plan of its cities, city by city. */
  plans: T[];
}

/** The province code of a city's plans: the first one known. */
type Located = { provinceCode?: string | null };

/** Cities (already in their order) grouped by province, provinces in code order, the unknown group last. */
export function groupByProvince<T extends Located>(cities: readonly CityPlans<T>[]): ProvincePlans<T>[] {
  const groups = new Map<string, ProvincePlans<T>>();
  for (const city of cities) {
    const code = city.plans.find((p) => p.provinceCode)?.provinceCode ?? null;
    const key = code ?? '';
    let g = groups.get(key);
    if (!g) {
      g = { province: (code && city.province) || UNKNOWN_PROVINCE.label, code, slug: code ? divisionSlug(code) : UNKNOWN_PROVINCE.slug, cities: [], plans: [] };
      groups.set(key, g);
    }
    g.cities.push(city);
    g.plans.push(...city.plans);
  }
  return [...groups.values()].sort((a, b) => (a.code ?? '999999').localeCompare(b.code ?? '999999'));
}
