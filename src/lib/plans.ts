/**
 * Plans: ordering (by city, then time), grouping by city, and the table of contents of a plan.
 */
import type { Part, PolicyDoc, PlanMeta } from '../schema';
import { citySlugs } from './cities';
import { yearOf } from './format';

/** Placeholder year that sorts undated plans after dated ones. */
const UNDATED = 9999;

/**
 * When a plan applies, for ordering: its period start, else the year of its date; then period end, date, slug.
 * Undated plans come last (never guessed into a position).
 */
export function planTimeKey(plan: Pick<PlanMeta, 'period' | 'date' | 'slug'>): [number, number, string, string] {
  const start = plan.period?.start ?? yearOf(plan.date) ?? UNDATED;
  const end = plan.period?.end ?? start;
  return [start, end, plan.date ?? '', plan.slug];
}

function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/** Plans in time order (earliest first). */
export function sortByTime<T extends Pick<PlanMeta, 'period' | 'date' | 'slug'>>(plans: readonly T[]): T[] {
  return [...plans].sort((a, b) => compareKeys(planTimeKey(a), planTimeKey(b)));
}

/** A city with its plans in time order. */
export interface CityPlans<T> {
  city: string;
  province: string | null;
  /** URL slug (pinyin), see citySlugs. */
  slug: string;
  plans: T[];
}

/** Plans grouped by city: cities in pinyin order, plans within a city in time order. */
export function groupByCity<T extends Pick<PlanMeta, 'city' | 'province' | 'period' | 'date' | 'slug'>>(
  plans: readonly T[],
): CityPlans<T>[] {
  const slugs = citySlugs(plans);
  const groups = new Map<string, CityPlans<T>>();
  for (const p of plans) {
    const g = groups.get(p.city) ?? { city: p.city, province: p.province, slug: slugs.get(p.city)!, plans: [] };
    g.plans.push(p);
    groups.set(p.city, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, plans: sortByTime(g.plans) }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The corpus order used everywhere (lists, data files, matrix columns): by city, then time. */
export function sortPlans<T extends Pick<PlanMeta, 'city' | 'province' | 'period' | 'date' | 'slug'>>(plans: readonly T[]): T[] {
  return groupByCity(plans).flatMap((g) => g.plans);
}

/** Anchor id of a part heading on the plan page (clause ids never start with "part-"). */
export function partAnchor(part: Pick<Part, 'id'>): string {
  return `part-${part.id}`;
}

/** Anchor id of a section heading on the plan page. */
export function sectionAnchor(sectionId: string): string {
  return `sec-${sectionId}`;
}

/** One entry of a plan's table of contents. */
export interface TocEntry {
  anchor: string;
  label: string;
  title: string;
  children: TocEntry[];
}

/** Table of contents: parts (notice, preamble, 一、…, 附件) with their sections. */
export function planToc(plan: Pick<PolicyDoc, 'parts'>): TocEntry[] {
  return plan.parts.map((part) => ({
    anchor: partAnchor(part),
    label: part.label,
    title: part.title,
    children: part.sections.map((s) => ({ anchor: sectionAnchor(s.id), label: s.label, title: s.title, children: [] })),
  }));
}

/** Readers' names for the kinds of division that have no printed label. */
export const PART_KIND_LABELS: Record<Part['kind'], string> = {
  notice: '印发通知',
  preamble: '序言',
  part: '',
  annex: '附件',
};

/** Labels printed with a closing mark ("一、", "(三)") run into their title; others ("附件1") take a space. */
const LABEL_RUNS_ON = /[、.．:：)）]$/;

/** A heading as read: its printed label and its title, e.g. "二、重点任务", "(三)数据价值释放行动", "附件1 主要目标". */
export function headingText(label: string, title: string): string {
  if (!label) return title;
  if (!title) return label;
  return LABEL_RUNS_ON.test(label) ? `${label}${title}` : `${label} ${title}`;
}
