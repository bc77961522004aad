/**
 * Cities: their URL slugs (pinyin) and how a city's plans change theme by theme over time.
 */
import { pinyin } from 'pinyin-pro';
import type { PlanMeta } from '~/schemas/policy';
import { divisionSlug } from './divisions';

/** A city as the corpus names it: Chinese name, (when known) province, and its GB/T 2260 code when the table has it. */
export interface CityName {
  city: string;
  province: string | null;
  divisionCode?: string | null;
}

/** Pinyin of Chinese text without tones or spaces, lower-case ASCII, ü written v: 盐城 → "yancheng", 吕梁 → "lvliang". */
export function toPinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Slugs for every city of the corpus, keyed by Chinese name. A city with a GB/T 2260 code takes its division's slug
 * (src/lib/divisions.ts: 泰州 "taizhou", 台州 "taizhou-zhejiang", whatever else the corpus holds). A city the table
 * lacks takes its pinyin, with its province's pinyin appended when that is taken; a collision that the province
 * cannot settle is an error naming both cities, never a silent guess.
 */
export function citySlugs(cities: readonly CityName[]): Map<string, string> {
  const byName = new Map<string, CityName>();
  for (const c of cities) if (!byName.has(c.city)) byName.set(c.city, c);
  const out = new Map<string, string>();
  const owner = new Map<string, string>();
  const claim = (c: CityName, slug: string) => {
    out.set(c.city, slug);
    owner.set(slug, c.city);
  };
  for (const c of byName.values()) if (c.divisionCode) claim(c, divisionSlug(c.divisionCode));
  for (const c of byName.values()) {
    if (c.divisionCode) continue;
    const base = toPinyinSlug(c.city);
    if (!owner.has(base)) {
      claim(c, base);
      continue;
    }
    if (!c.province) throw new Error(`城市 slug 冲突: ${owner.get(base)} / ${c.city} 都是 "${base}",且 ${c.city} 未注明省份`);
    const slug = `${base}-${toPinyinSlug(c.province)}`;
    if (owner.has(slug)) throw new Error(`城市 slug 冲突: ${owner.get(slug)} 与 ${c.city} 都是 "${slug}"`);
    claim(c, slug);
  }
  return new Map([...byName.keys()].map((name) => [name, out.get(name)!]));
}

/** Canonical URL of a city page. */
export function cityUrl(slug: string): string {
  return `/cities/${slug}/`;
}

/** How one theme fares across a city's plans in time order. */
export interface ThemeTrend {
  theme: string;
  /** Clause count per plan, in the order of the plans given. */
  counts: number[];
  /** Change from each plan to the next (length = plans − 1). */
  steps: ThemeStep[];
}

/** What happened to a theme from one plan to the next. */
export type ThemeStep = 'new' | 'dropped' | 'more' | 'fewer' | 'same' | 'absent';

/** Classify the change of a theme's clause count between two consecutive plans. */
export function stepOf(before: number, after: number): ThemeStep {
  if (before === 0 && after === 0) return 'absent';
  if (before === 0) return 'new';
  if (after === 0) return 'dropped';
  if (after > before) return 'more';
  if (after < before) return 'fewer';
  return 'same';
}

/** Readers' words for each step. */
export const STEP_LABELS: Record<ThemeStep, string> = {
  new: '新出现',
  dropped: '不再提及',
  more: '增多',
  fewer: '减少',
  same: '持平',
  absent: '均未涉及',
};

/**
 * Theme by theme, the clause counts across a city's plans (already in time order) and how they change.
 * `themesOf(plan)` gives the theme slugs of each clause of the plan.
 */
export function themeTrends(
  plans: readonly Pick<PlanMeta, 'slug'>[],
  themeSlugs: readonly string[],
  clauseThemes: (planSlug: string) => readonly (readonly string[])[],
): ThemeTrend[] {
  const perPlan = plans.map((p) => {
    const counts = new Map<string, number>();
    for (const themes of clauseThemes(p.slug)) for (const t of new Set(themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  });
  return themeSlugs.map((theme) => {
    const counts = perPlan.map((m) => m.get(theme) ?? 0);
    const steps = counts.slice(1).map((after, i) => stepOf(counts[i], after));
    return { theme, counts, steps };
  });
}
