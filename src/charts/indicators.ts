/**
 * Indicator chart (/indicators/) as a pure function (data, {width}) → SVG string, rendered at build time (no JS in
 * the page). x: target year; y: value (linear from 0). One colour and marker shape per city (so colour is never the
 * only cue; cityStyles, also used by the legend and the reference graph), each point a link to its clause permalink
 * with a <title> naming city, plan, year and value. Points are drawn in the order given (src/lib/analysis/indicators.ts
 * orders them); points of one year are set side by side in that order. Every text is escaped.
 * The <svg> is named by its <title> (aria-labelledby) but has no role="img": that role would make its point links
 * presentational, hiding them from keyboard and screen-reader users.
 * Also the number formatting of targets (formatNumber, formatValue), shared with the tables beside the charts.
 */
import { scaleLinear, scalePoint } from 'd3';
import type { TargetRecord } from '~/schemas/targets';
import { esc } from './svg';

/** What a point needs: where it is, what it says, where it links. */
export type IndicatorPoint = Pick<TargetRecord, 'plan' | 'city' | 'year' | 'value' | 'valueMax' | 'unit' | 'comparator' | 'url'>;

export interface ChartOptions {
  width: number;
  height?: number;
  /** Accessible title of the chart. */
  title: string;
  /** Plan label for point titles (defaults to the slug). */
  planLabel?: (slug: string) => string;
  /**
   * Id of the chart's <title> (must be unique on the page: give each rendering of a chart its own, e.g. the wide and
   * the narrow one). Defaults to a hash of the title and years.
   */
  id?: string;
}

/** City colours (WCAG AA against white for marks ≥ 3:1) and marker shapes, assigned in sorted city order. */
const PALETTE = ['#1f5fa8', '#b3361d', '#2e7d32', '#6a3d9a', '#8a5a00', '#00796b'];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 64 };
const RADIUS = 5;

/** A coordinate as written: rounded to two decimals. */
const fmt = (x: number) => (Math.round(x * 100) / 100).toString();

/** A number as printed in zh-CN, up to four decimals: 217000 → "217,000". */
const number = (x: number) => x.toLocaleString('zh-CN', { maximumFractionDigits: 4 });

/** The bare number of a target for a table cell: "2300", "3–5", "13.5". */
export function formatNumber(t: Pick<TargetRecord, 'value' | 'valueMax'>): string {
  return t.valueMax != null ? `${number(t.value)}–${number(t.valueMax)}` : number(t.value);
}

/** A target's value with its comparator and unit: "≥ 400 家", "3–5 家", "≈ 13.5%". */
export function formatValue(t: Pick<TargetRecord, 'value' | 'valueMax' | 'unit' | 'comparator'>): string {
  const sep = t.unit === '%' || t.unit === '' ? '' : ' ';
  return `${t.comparator === '=' ? '' : `${t.comparator} `}${formatNumber(t)}${sep}${t.unit}`;
}

function marker(shape: (typeof SHAPES)[number], x: number, y: number, color: string): string {
  const r = RADIUS;
  switch (shape) {
    case 'square':
      return `<rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${2 * r}" height="${2 * r}" fill="${color}"/>`;
    case 'diamond':
      return `<path d="M${fmt(x)} ${fmt(y - r - 1)}L${fmt(x + r + 1)} ${fmt(y)}L${fmt(x)} ${fmt(y + r + 1)}L${fmt(x - r - 1)} ${fmt(y)}Z" fill="${color}"/>`;
    case 'triangle':
      return `<path d="M${fmt(x)} ${fmt(y - r - 1)}L${fmt(x + r + 1)} ${fmt(y + r)}L${fmt(x - r - 1)} ${fmt(y + r)}Z" fill="${color}"/>`;
    default:
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r}" fill="${color}"/>`;
  }
}

/** Legend entries: city → colour and shape (sorted by city name, stable across charts of one page). */
export function cityStyles(cities: readonly string[]): Map<string, { color: string; shape: (typeof SHAPES)[number] }> {
  const sorted = [...new Set(cities)].sort();
  return new Map(sorted.map((c, i) => [c, { color: PALETTE[i % PALETTE.length], shape: SHAPES[i % SHAPES.length] }]));
}

/** The chart of one panel's dated targets, drawn in the order given. Returns '' when nothing has a year. */
export function indicatorChart(targets: readonly IndicatorPoint[], opts: ChartOptions, styles = cityStyles(targets.map((t) => t.city ?? '未知'))): string {
  const dated = targets.filter((t) => t.year != null);
  if (dated.length === 0) return '';
  const width = Math.max(240, Math.round(opts.width));
  const height = Math.round(opts.height ?? 220);
  const years = [...new Set(dated.map((t) => t.year!))].sort((a, b) => a - b).map(String);
  const x = scalePoint<string>().domain(years).range([MARGIN.left, width - MARGIN.right]).padding(0.5);
  const maxV = Math.max(...dated.map((t) => t.valueMax ?? t.value));
  const y = scaleLinear().domain([0, maxV > 0 ? maxV : 1]).nice().range([height - MARGIN.bottom, MARGIN.top]);
  const label = opts.planLabel ?? ((s: string) => s);
  const parts: string[] = [];
  const titleId = opts.id ?? `t-${Math.abs(hash(opts.title + years.join()))}`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" aria-labelledby="${esc(titleId)}" class="indicator-chart">`,
    `<title id="${esc(titleId)}">${esc(opts.title)}</title>`,
  );
  // y axis: ticks and gridlines.
  for (const tick of y.ticks(4)) {
    const ty = fmt(y(tick));
    parts.push(
      `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${ty}" y2="${ty}" stroke="#d0d0d0" stroke-width="1"/>`,
      `<text x="${MARGIN.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle" font-size="11" fill="#333">${esc(tick.toLocaleString('zh-CN'))}</text>`,
    );
  }
  // x axis labels.
  for (const yr of years) {
    parts.push(`<text x="${fmt(x(yr)!)}" y="${height - MARGIN.bottom + 18}" text-anchor="middle" font-size="12" fill="#333">${yr}年</text>`);
  }
  // Points: offset points of the same year so they do not hide each other.
  const perYear = new Map<string, number>();
  for (const t of dated) {
    const yr = String(t.year);
    const k = perYear.get(yr) ?? 0;
    perYear.set(yr, k + 1);
    const style = styles.get(t.city ?? '未知') ?? { color: PALETTE[0], shape: SHAPES[0] };
    const px = x(yr)! + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (RADIUS * 2 + 2);
    const py = y(t.value);
    const name = `${t.city ?? '未知'} · ${label(t.plan)} · ${t.year}年：${formatValue(t)}`;
    const range = t.valueMax != null ? `<line x1="${fmt(px)}" x2="${fmt(px)}" y1="${fmt(py)}" y2="${fmt(y(t.valueMax))}" stroke="${style.color}" stroke-width="2"/>` : '';
    parts.push(
      `<a href="${esc(t.url)}" aria-label="${esc(name)}">${range}${marker(style.shape, px, py, style.color)}<title>${esc(name)}</title></a>`,
    );
  }
  parts.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom}" stroke="#333" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Small deterministic string hash for ids. */
function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i += 1) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
