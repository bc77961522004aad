/**
 * Page-side view of the extracted targets (content/analysis/targets.json, written by scripts/analyse.ts):
 * grouping into comparable series (same normalised indicator and unit), and the open-data CSV.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Comparator = '≥' | '>' | '≈' | '≤' | '=';

export interface TargetRecord {
  plan: string;
  clause: string;
  url: string;
  city: string | null;
  indicator: string;
  raw: string;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  annual: boolean;
  comparator: Comparator;
  text: string;
}

export interface Series {
  /** Normalised indicator name. */
  indicator: string;
  unit: string;
  /** ASCII-safe anchor id for the series section. */
  anchor: string;
  targets: TargetRecord[];
  cities: string[];
  plans: string[];
  /** Targets with a stated year (the charted ones). */
  dated: TargetRecord[];
}

/** Reads content/analysis/targets.json ([] when the analysis has not run). */
export function loadTargets(contentDir = 'content'): TargetRecord[] {
  const file = path.join(contentDir, 'analysis', 'targets.json');
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { targets: TargetRecord[] }).targets;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Comparator words as readers say them. */
export const COMPARATOR_ZH: Record<Comparator, string> = { '≥': '不低于', '>': '超过', '≈': '约', '≤': '不高于', '=': '达到' };

/** "≥ 400 家", "3–5 家", "≈ 13.5%". */
export function formatValue(t: Pick<TargetRecord, 'value' | 'valueMax' | 'unit' | 'comparator'>): string {
  const n = (x: number) => x.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
  const v = t.valueMax != null ? `${n(t.value)}–${n(t.valueMax)}` : n(t.value);
  const sep = t.unit === '%' || t.unit === '' ? '' : ' ';
  return `${t.comparator === '=' ? '' : `${t.comparator} `}${v}${sep}${t.unit}`;
}

/**
 * Series of comparable targets: same indicator and unit. Sorted by how widely they compare (cities, then plans,
 * then targets), then by name. `minPlans` keeps only series stated by at least that many plans.
 */
export function buildSeries(targets: readonly TargetRecord[], minPlans = 1): Series[] {
  const groups = new Map<string, TargetRecord[]>();
  for (const t of targets) {
    const key = `${t.indicator}\u0000${t.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const series = [...groups.values()].map((ts) => {
    const sorted = [...ts].sort(
      (a, b) => (a.year ?? 9999) - (b.year ?? 9999) || cmp(a.city ?? '', b.city ?? '') || cmp(a.plan, b.plan) || cmp(a.clause, b.clause) || a.value - b.value,
    );
    return {
      indicator: ts[0].indicator,
      unit: ts[0].unit,
      anchor: '',
      targets: sorted,
      cities: [...new Set(ts.map((t) => t.city ?? '未知'))].sort(cmp),
      plans: [...new Set(ts.map((t) => t.plan))].sort(cmp),
      dated: sorted.filter((t) => t.year != null),
    };
  });
  series.sort(
    (a, b) =>
      b.cities.length - a.cities.length ||
      b.plans.length - a.plans.length ||
      b.targets.length - a.targets.length ||
      cmp(a.indicator, b.indicator) ||
      cmp(a.unit, b.unit),
  );
  return series.filter((s) => s.plans.length >= minPlans).map((s, i) => ({ ...s, anchor: `indicator-${i + 1}` }));
}

const CSV_COLUMNS = [
  'indicator', 'raw', 'value', 'valueMax', 'unit', 'comparator', 'year', 'annual', 'city', 'plan', 'clause', 'url', 'text',
] as const;

/** A CSV field: quoted when needed, quotes doubled; formulas neutralised is not needed (no leading =+-@ added). */
function csvField(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The targets as CSV for spreadsheet users: UTF-8 with BOM, CRLF line ends, absolute clause URLs when `site` given. */
export function targetsCsv(targets: readonly TargetRecord[], site = ''): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const t of targets) {
    const row = { ...t, url: site ? new URL(t.url, site).href : t.url };
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The published JSON records (same fields as the CSV). */
export function targetsJson(targets: readonly TargetRecord[]): string {
  return `${JSON.stringify(targets.map((t) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, t[c]]))), null, 1)}\n`;
}
