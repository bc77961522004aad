/**
 * Plans: ordering (by city, then time), grouping by city, and the table of contents of a plan.
 */
import type { Part, PolicyDoc, PlanMeta } from '~/schemas/policy';
import { citySlugs } from './cities';
import { yearOf } from './format';
import { compareStrings } from './order';

/** Placeholder year that sorts undated plans after dated ones. */
export const UNDATED = 9999;

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
export function groupByCity<T extends Pick<PlanMeta, 'city' | 'province' | 'divisionCode' | 'period' | 'date' | 'slug'>>(
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
    .sort((a, b) => compareStrings(a.slug, b.slug));
}

/** The corpus order used everywhere (lists, data files, matrix columns): by city, then time. */
export function sortPlans<T extends Pick<PlanMeta, 'city' | 'province' | 'divisionCode' | 'period' | 'date' | 'slug'>>(plans: readonly T[]): T[] {
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

/*
 * Plans index (/plans/): its columns and the orders a reader can sort it by — by clicking a column header on wide
 * screens, or from a list of orders on phones, where the table's header row is hidden. The script on the page only
 * moves rows; the keys it sorts by are written into the page at build time (data-sort), so this part stays pure.
 */

/** How a column's values run, which names its two directions for readers. */
export type PlanColumnOrder = 'text' | 'time' | 'count';

/** A column of the plans index. */
export interface PlanColumn {
  key: PlanColumnKey;
  label: string;
  order: PlanColumnOrder;
}

export type PlanColumnKey = 'city' | 'title' | 'kind' | 'period' | 'issuer' | 'date' | 'docNumber' | 'clauses';

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { key: 'city', label: '城市', order: 'text' },
  { key: 'title', label: '文件', order: 'text' },
  { key: 'kind', label: '类型', order: 'text' },
  { key: 'period', label: '规划期', order: 'time' },
  { key: 'issuer', label: '发文单位', order: 'text' },
  { key: 'date', label: '日期', order: 'time' },
  { key: 'docNumber', label: '文号', order: 'text' },
  { key: 'clauses', label: '条款数', order: 'count' },
];

/** Sort direction, spelt as aria-sort spells it. */
export type SortDirection = 'ascending' | 'descending';

/** Readers' words for each direction of each kind of column. */
export const SORT_DIRECTION_LABELS: Record<PlanColumnOrder, Record<SortDirection, string>> = {
  text: { ascending: '按拼音', descending: '按拼音倒序' },
  time: { ascending: '由早到晚', descending: '由晚到早' },
  count: { ascending: '由少到多', descending: '由多到少' },
};

/** The page's own order (by city, then time: sortPlans), as it reads without JavaScript. */
export const DEFAULT_SORT_VALUE = '';
export const DEFAULT_SORT_LABEL = '默认（按城市、再按时间）';

/** A sort order a reader can pick: column and direction, with its value in the list and its label. */
export interface PlanSortOrder {
  value: string;
  key: PlanColumnKey;
  direction: SortDirection;
  label: string;
}

/** Separates column key and direction in a sort order's value, e.g. "date:descending". */
const SORT_VALUE_SEPARATOR = ':';

/** Every column in both directions, in column order: "城市(按拼音)", "城市(按拼音倒序)", "文件(按拼音)", … */
export function planSortOrders(columns: readonly PlanColumn[] = PLAN_COLUMNS): PlanSortOrder[] {
  return columns.flatMap((col) =>
    (['ascending', 'descending'] as const).map((direction) => ({
      value: sortOrderValue(col.key, direction),
      key: col.key,
      direction,
      label: `${col.label}(${SORT_DIRECTION_LABELS[col.order][direction]})`,
    })),
  );
}

/** The list value of a sort order, e.g. "date:descending". */
export function sortOrderValue(key: PlanColumnKey, direction: SortDirection): string {
  return `${key}${SORT_VALUE_SEPARATOR}${direction}`;
}

/** Column and direction of a list value; null for the default order or a value that names no known order. */
export function parseSortOrder(value: string, columns: readonly PlanColumn[] = PLAN_COLUMNS): { key: PlanColumnKey; direction: SortDirection } | null {
  const [key, direction, ...rest] = value.split(SORT_VALUE_SEPARATOR);
  if (rest.length > 0 || (direction !== 'ascending' && direction !== 'descending')) return null;
  const column = columns.find((c) => c.key === key);
  return column ? { key: column.key, direction } : null;
}

/**
 * What each column of a plan sorts by (written as data-sort). Unknown facts give "" (they sort last, see sortRows);
 * the period falls back to the year of the date, as planTimeKey does, so undated plans are the unknown ones.
 */
export function planSortKeys(
  plan: Pick<PlanMeta, 'city' | 'title' | 'kind' | 'period' | 'issuer' | 'date' | 'docNumber' | 'slug'>,
  clauseCount: number,
): Record<PlanColumnKey, string> {
  const [start, end] = planTimeKey(plan);
  return {
    city: plan.city,
    title: plan.title,
    kind: plan.kind ?? '',
    period: start === UNDATED ? '' : `${start}-${end}`,
    issuer: plan.issuer ?? '',
    date: plan.date ?? '',
    docNumber: plan.docNumber ?? '',
    clauses: String(clauseCount),
  };
}

/** Chinese by pinyin, and digits by value ("5号" before "15号", "2023-4" before "2023-10"). */
const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Rows sorted by a key in a direction; rows whose key is empty (unknown) come last either way, and ties keep
 * their order (the default order), so sorting never reorders more than it has to.
 */
export function sortRows<T>(rows: readonly T[], keyOf: (row: T) => string, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka === '' || kb === '') return Number(ka === '') - Number(kb === '');
    return collator.compare(ka, kb) * sign;
  });
}
