/**
 * Page-side view of the extracted targets (content/analysis/targets.json; schema: src/schemas/targets.ts; written by
 * scripts/lib/analyse/analyse.ts): targets grouped like with like (indicatorKey: the same indicator, scope, measure
 * and unit family) into one chart each, the single-city groups split for a light page, the words of the table cells,
 * and the open-data CSV and JSON. Values are formatted where the charts draw them (src/charts/indicators.ts:
 * formatNumber, formatValue).
 */
import { compareStrings } from '~/lib/order';
import type { Comparator, Measure, Target, TargetRecord } from '~/schemas/targets';
import { readAnalysisFile } from './file';
import { shortHash, uniqueIds } from './ids';

/** Reads content/analysis/targets.json ([] when the analysis has not run; a malformed file stops the build). */
export function loadTargets(contentDir = 'content'): TargetRecord[] {
  return readAnalysisFile('targets', contentDir)?.targets ?? [];
}

/** Comparator words as readers say them. */
export const COMPARATOR_ZH: Record<Comparator, string> = { '≥': '不低于', '>': '超过', '≈': '约', '≤': '不高于', '=': '达到' };

const CSV_COLUMNS = [
  'indicator', 'scope', 'measure', 'raw', 'value', 'valueMax', 'unit', 'comparator', 'year', 'city', 'plan', 'clause', 'url', 'text',
] as const;

/** A CSV field: quoted when needed, quotes doubled; formulas neutralised is not needed (no leading =+-@ added). */
function csvField(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The targets as CSV for spreadsheet users: UTF-8 with BOM, CRLF line ends, absolute clause URLs when `site` given,
 * the scope's qualifiers joined by ";".
 */
export function targetsCsv(targets: readonly TargetRecord[], site = ''): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const t of targets) {
    const row = { ...t, scope: t.scope.join(';'), url: site ? new URL(t.url, site).href : t.url };
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The published JSON records (same fields as the CSV). */
export function targetsJson(targets: readonly TargetRecord[]): string {
  return `${JSON.stringify(targets.map((t) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, t[c]]))))}\n`;
}

/**
 * Units that count things (enterprises, factories, projects …). Plans word the same count with different measure
 * words ("先进级智能工厂100家" / 附件 "先进级智能工厂 130个"), so within one indicator they share a chart; every
 * other unit (亿元, %, P, "" for an index …) is charted on its own.
 */
export const COUNT_UNITS: ReadonlySet<string> = new Set(['个', '家', '项', '件', '台', '架', '条', '场', '次']);

/** The chart a unit belongs to within an indicator: "count" for counting units, else the unit itself. */
export function unitFamily(unit: string): string {
  return COUNT_UNITS.has(unit) ? 'count' : unit;
}

/**
 * The like-with-like key of a target: indicator | scope | measure | unit family. Targets share a chart, a table and
 * the cross-city list only when their keys are equal — the same canonical indicator (or the same wording), the same
 * scope qualifiers (国家级, 省级以上, 数字经济领域, 规上 …), the same measure (累计 / 新增 / 每年 / none said) and the
 * same unit once 万/亿 are folded in (counting units 个/家/项 … are one family: a measure word does not change what is
 * counted). Pure, over the fields the extraction gives, so other views (a city's trajectories) can share it.
 */
export function indicatorKey(t: Pick<Target, 'indicator' | 'scope' | 'measure' | 'unit'>): string {
  return [t.indicator, t.scope.join('+'), t.measure, unitFamily(t.unit)].join('|');
}

/** Readers' words for a measure; "" when the text said none. */
export const MEASURE_LABELS: Record<Measure, string> = { cumulative: '累计', new: '新增', 'per-year': '每年', unmarked: '' };

/** What a key's targets are called: the indicator with its scope and measure, "高新技术企业（国家级）", "先进级智能工厂（每年）". */
export function indicatorLabel(t: Pick<Target, 'indicator' | 'scope' | 'measure'>): string {
  const qualifiers = [...t.scope, MEASURE_LABELS[t.measure]].filter(Boolean);
  return qualifiers.length ? `${t.indicator}（${qualifiers.join('、')}）` : t.indicator;
}

/** One chart of an indicator: its targets in one unit family. */
export interface IndicatorPanel {
  /** "count" or the unit. */
  family: string;
  /** Units stated, in order of first appearance, e.g. ["家","个"]. */
  units: string[];
  /** "家/个", "亿元", "%", "无单位" (an index). */
  unitLabel: string;
  targets: TargetRecord[];
  /** Targets with a year: the charted points, in the order the chart draws them (compareDrawn). */
  dated: TargetRecord[];
}

/** Everything the plans say about one indicator like with like (one indicatorKey), across cities and plans. */
export interface IndicatorGroup {
  /** The indicatorKey its targets share. */
  key: string;
  /** The canonical indicator (or wording), without scope or measure. */
  indicator: string;
  scope: string[];
  measure: Measure;
  /** The name shown: indicatorLabel. */
  label: string;
  /** Stable ASCII anchor derived from the key ("ind-xxxxxx"). */
  anchor: string;
  cities: string[];
  plans: string[];
  targets: TargetRecord[];
  /** Its chart: one panel (the key fixes the unit family); a list so that pages draw every panel they are given. */
  panels: IndicatorPanel[];
}

/** Label of a unit family for captions. */
const NO_UNIT = '无单位';

/** Target order inside an indicator (its table): year (undated last), city, plan, clause, value. */
function compareTargets(a: TargetRecord, b: TargetRecord): number {
  return (
    (a.year ?? 9999) - (b.year ?? 9999) ||
    compareStrings(a.city ?? '', b.city ?? '') ||
    compareStrings(a.plan, b.plan) ||
    compareStrings(a.clause, b.clause) ||
    a.value - b.value
  );
}

/**
 * Order of the charted points (the chart draws them as given, setting points of one year side by side in this
 * order): year, city, plan, value, clause.
 */
function compareDrawn(a: TargetRecord, b: TargetRecord): number {
  return (
    (a.year ?? 9999) - (b.year ?? 9999) ||
    compareStrings(a.city ?? '', b.city ?? '') ||
    compareStrings(a.plan, b.plan) ||
    a.value - b.value ||
    compareStrings(a.clause, b.clause)
  );
}

/**
 * Targets grouped like with like (indicatorKey), each group one chart panel. Groups that line up across the most
 * cities come first, then across the most plans, then those with the most dated points, then by label.
 */
export function groupIndicators(targets: readonly TargetRecord[]): IndicatorGroup[] {
  const byKey = new Map<string, TargetRecord[]>();
  for (const t of targets) {
    const key = indicatorKey(t);
    byKey.set(key, [...(byKey.get(key) ?? []), t]);
  }
  const anchors = uniqueIds([...byKey.keys()], (key) => `ind-${shortHash(key)}`);
  const groups: IndicatorGroup[] = [...byKey].map(([key, ts]) => {
    const sorted = [...ts].sort(compareTargets);
    const units = [...new Set(sorted.map((t) => t.unit))];
    const panel: IndicatorPanel = {
      family: unitFamily(sorted[0].unit),
      units,
      unitLabel: units.map((u) => u || NO_UNIT).join('/'),
      targets: sorted,
      dated: sorted.filter((t) => t.year != null).sort(compareDrawn),
    };
    const { indicator, scope, measure } = sorted[0];
    return {
      key,
      indicator,
      scope,
      measure,
      label: indicatorLabel(sorted[0]),
      anchor: anchors.get(key)!,
      cities: [...new Set(ts.map((t) => t.city ?? '未知'))].sort(compareStrings),
      plans: [...new Set(ts.map((t) => t.plan))].sort(compareStrings),
      targets: sorted,
      panels: [panel],
    };
  });
  const datedCount = (g: IndicatorGroup) => g.panels.reduce((n, p) => n + p.dated.length, 0);
  return groups.sort(
    (a, b) =>
      b.cities.length - a.cities.length ||
      b.plans.length - a.plans.length ||
      datedCount(b) - datedCount(a) ||
      b.targets.length - a.targets.length ||
      compareStrings(a.label, b.label) ||
      compareStrings(a.key, b.key),
  );
}

/** The year cell: "2027年", "2025年（每年）" or "每年" for a year's amount, "未载明" when the text states none. */
export function formatYear(t: Pick<TargetRecord, 'year' | 'measure'>): string {
  const perYear = t.measure === 'per-year';
  if (t.year != null) return perYear ? `${t.year}年（每年）` : `${t.year}年`;
  return perYear ? '每年' : '未载明';
}

/** Charts kept per city for indicators only that city states (the rest are listed compactly, to keep the page light). */
export const FEATURED_PER_CITY = 3;
/** Fewest dated points for a single-city indicator to be worth a chart. */
export const FEATURED_MIN_POINTS = 3;

/**
 * Single-city indicators split for the page: per city, up to `perCity` with the most dated points (≥ minPoints) get
 * charts; every other one goes into that city's compact table. Cities in the order given; groups keep their order.
 */
export function splitSingleCity(
  single: readonly IndicatorGroup[],
  cityOrder: readonly string[],
  perCity = FEATURED_PER_CITY,
  minPoints = FEATURED_MIN_POINTS,
): { featured: IndicatorGroup[]; compact: Array<{ city: string; groups: IndicatorGroup[] }> } {
  const dated = (g: IndicatorGroup) => g.panels.reduce((n, p) => n + p.dated.length, 0);
  const featured: IndicatorGroup[] = [];
  const compact: Array<{ city: string; groups: IndicatorGroup[] }> = [];
  const cities = [...cityOrder, ...new Set(single.map((g) => g.cities[0] ?? '未知'))].filter((c, i, a) => a.indexOf(c) === i);
  for (const city of cities) {
    const mine = single.filter((g) => (g.cities[0] ?? '未知') === city);
    if (mine.length === 0) continue;
    const top = new Set(
      [...mine]
        .filter((g) => dated(g) >= minPoints)
        .sort((a, b) => dated(b) - dated(a) || compareStrings(a.label, b.label) || compareStrings(a.key, b.key))
        .slice(0, perCity),
    );
    featured.push(...mine.filter((g) => top.has(g)));
    const rest = mine.filter((g) => !top.has(g));
    if (rest.length) compact.push({ city, groups: rest });
  }
  return { featured, compact };
}
