/**
 * One target's trajectory across a city's plans, as a static SVG string (d3 scales, no DOM): x the target year, y the
 * value (from 0, so a rise is never exaggerated), one line and colour per plan, every point a link to the clause
 * that states it. Like with like only: the caller passes one series (same indicator, scope, measure and unit).
 */
import { scaleLinear } from 'd3';
import { attrs, esc, r1, textWidth } from './svg';

export interface TrajectoryChartPoint {
  /** Target year. */
  year: number;
  value: number;
  /** Index of its plan in `plans`. */
  plan: number;
  /** Clause permalink. */
  url: string;
  /** Accessible name and tooltip, e.g. "2025–2027 · 2026年：1430 个（附件1 第10行）". */
  title: string;
}

export interface TrajectoryChart {
  /** Indicator name (the chart's title). */
  indicator: string;
  unit: string;
  /** The plans, in time order, with their legend labels. */
  plans: Array<{ label: string }>;
  points: TrajectoryChartPoint[];
}

/** Plan colours, in time order; each has ≥ 4.5:1 contrast on white (trajectory.test.ts). */
export const PLAN_COLORS = ['#6b4c9a', '#0b5d6b', '#a14a00', '#2d6a1f', '#8a1c4a'];
const INK = '#0f2f36';
const AXIS = '#5c636b';
const GRID = '#e3e6e8';

/** "1,430", "0.5", "12,000". */
function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function trajectorySvg(data: TrajectoryChart, { width, id }: { width: number; id: string }): string {
  const fs = 11;
  const height = 150;
  const top = 26;
  const bottom = 22;
  const years = [...new Set(data.points.map((p) => p.year))].sort((a, b) => a - b);
  const maxValue = Math.max(...data.points.map((p) => p.value), 0);
  // The axis is widest at its top tick, which nice() may put above the largest value.
  const ticks = scaleLinear().domain([0, maxValue > 0 ? maxValue * 1.15 : 1]).nice(4).ticks(4);
  const left = Math.max(...ticks.map((t) => textWidth(formatNumber(t), fs - 1) + 8), 28);
  const right = Math.max(textWidth(formatNumber(data.points.at(-1)?.value ?? 0), fs) / 2 + 8, 16);
  const x = scaleLinear()
    .domain(years.length > 1 ? [years[0], years.at(-1)!] : [years[0] - 1, years[0] + 1])
    .range([left + 10, width - right]);
  const y = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue * 1.15 : 1])
    .nice(4)
    .range([height - bottom, top]);
  const grid = y
    .ticks(4)
    .map(
      (t) =>
        `<line${attrs({ x1: left, x2: width - 4, y1: y(t), y2: y(t), stroke: GRID })}/>` +
        `<text${attrs({ x: left - 4, y: y(t), dy: '0.35em', 'text-anchor': 'end', 'font-size': fs - 1, fill: AXIS })}>${esc(formatNumber(t))}</text>`,
    )
    .join('');
  const axis = years
    .map((yr) => `<text${attrs({ x: x(yr), y: height - 6, 'text-anchor': 'middle', 'font-size': fs, fill: AXIS })}>${esc(String(yr))}</text>`)
    .join('');
  const lines = data.plans
    .map((_, i) => {
      const pts = data.points.filter((p) => p.plan === i).sort((a, b) => a.year - b.year);
      if (pts.length < 2) return '';
      const d = pts.map((p, k) => `${k ? 'L' : 'M'}${r1(x(p.year))},${r1(y(p.value))}`).join('');
      return `<path${attrs({ d, fill: 'none', stroke: PLAN_COLORS[i % PLAN_COLORS.length], 'stroke-width': 2 })}/>`;
    })
    .join('');
  const dots = data.points
    .map((p) => {
      const color = PLAN_COLORS[p.plan % PLAN_COLORS.length];
      const cx = x(p.year);
      const cy = y(p.value);
      const label = formatNumber(p.value);
      return (
        `<a${attrs({ href: p.url, 'aria-label': `${label} · ${p.title}` })}><title>${esc(p.title)}</title>` +
        `<circle${attrs({ cx, cy, r: 5, fill: color, stroke: '#ffffff', 'stroke-width': 1.5 })}/>` +
        `<text${attrs({ x: cx, y: cy - 9, 'text-anchor': 'middle', 'font-size': fs, 'font-weight': 600, fill: color })}>${esc(label)}</text></a>`
      );
    })
    .join('');
  const unit = data.unit ? `（${data.unit}）` : '（指数）';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${r1(width)} ${height}`, width: r1(width), height, class: 'chart chart-trajectory', 'aria-labelledby': `${id}-title` })}>` +
    `<title${attrs({ id: `${id}-title` })}>${esc(`${data.indicator}${unit}`)}</title>` +
    `<text${attrs({ x: 0, y: 12, 'font-size': fs, fill: INK })}>${esc(unit)}</text>` +
    `${grid}${axis}${lines}${dots}</svg>`
  );
}

/** One panel of a grid of trajectories: its chart, and a badge beside its caption ("跨 2 份规划") or null. */
export interface TrajectoryPanel {
  chart: TrajectoryChart;
  badge: string | null;
}

/**
 * A grid of trajectory panels as HTML: a list of figures, each captioned with its indicator (escaped, like every
 * text of the charts). Class names: trajectory-grid, trajectory, flag.
 */
export function trajectoryGridHtml(panels: readonly TrajectoryPanel[], { width, idPrefix }: { width: number; idPrefix: string }): string {
  const items = panels.map(
    (p, i) =>
      `<li><figure class="trajectory"><figcaption>${esc(p.chart.indicator)}${p.badge ? ` <span class="flag kind-continued">${esc(p.badge)}</span>` : ''}</figcaption>` +
      `${trajectorySvg(p.chart, { width, id: `${idPrefix}-${i}` })}</figure></li>`,
  );
  return `<ul class="trajectory-grid">${items.join('')}</ul>`;
}
