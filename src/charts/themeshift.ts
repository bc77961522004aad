/**
 * Theme shift across a city's plans, as a static SVG slope chart (d3 scales, no DOM): one column per plan in time
 * order, one line per theme at its share of the plan's commitments (a commitment counts for each of its themes), the
 * themes whose share moved most drawn strong and named at both ends, the others light and named at the right. Each
 * theme's line and name link to its theme page.
 */
import { scaleLinear } from 'd3';
import { attrs, esc, r1, textWidth } from './svg';

export interface ThemeShiftChart {
  plans: Array<{ label: string; url: string }>;
  themes: Array<{
    label: string;
    url: string;
    /** Share of each plan's commitments (0–1), in plan order. */
    shares: number[];
  }>;
}

/** Themes drawn strong: the ones whose share moved most from the first plan to the last. */
export const HIGHLIGHTED = 5;
const STRONG = '#0b5d6b';
const LIGHT = '#6b7680';
const INK = '#0f2f36';
const GRID = '#e3e6e8';
const LINE_GAP = 1.25;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Spread label positions so they are at least `gap` apart, each as near its line as it can be: pushed down past the
 * one above, then back up from `max`; never above `min` (a long list runs past `max`, and the chart grows).
 */
export function spread(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const pos = order.map((o) => o.y);
  for (let k = 0; k < pos.length; k += 1) pos[k] = Math.max(pos[k], k ? pos[k - 1] + gap : min, min);
  for (let k = pos.length - 1; k >= 0; k -= 1) pos[k] = Math.min(pos[k], k < pos.length - 1 ? pos[k + 1] - gap : max);
  const shift = pos.length && pos[0] < min ? min - pos[0] : 0;
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = pos[k] + shift));
  return out;
}

export function themeShiftSvg(data: ThemeShiftChart, { width, id }: { width: number; id: string }): string {
  const narrow = width < 560;
  const fs = narrow ? 11 : 12;
  const n = data.plans.length;
  const moved = data.themes
    .map((t, i) => ({ i, d: Math.abs((t.shares.at(-1) ?? 0) - (t.shares[0] ?? 0)) }))
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .slice(0, HIGHLIGHTED)
    .map((x) => x.i);
  const strong = new Set(moved);
  const rightW = Math.max(...data.themes.map((t, i) => textWidth(`${t.label} ${pct(t.shares.at(-1) ?? 0)}`, strong.has(i) ? fs : fs - 1)), 40) + 8;
  const leftW = narrow ? 34 : Math.max(...moved.map((i) => textWidth(pct(data.themes[i].shares[0] ?? 0), fs)), 24) + 10;
  const top = 34;
  const gap = fs * LINE_GAP;
  const plotH = Math.max(220, data.themes.length * gap + 20);
  let height = top + plotH + 12;
  const maxShare = Math.max(...data.themes.flatMap((t) => t.shares), 0.01);
  const x = scaleLinear()
    .domain([0, Math.max(1, n - 1)])
    .range([leftW, width - rightW]);
  const y = scaleLinear()
    .domain([0, maxShare])
    .nice(4)
    .range([top + plotH, top]);
  const heads = data.plans
    .map((p, j) => {
      const anchor = j === 0 ? 'start' : j === n - 1 ? 'end' : 'middle';
      const tx = j === 0 ? x(j) - (narrow ? 0 : 6) : j === n - 1 ? x(j) + 6 : x(j);
      return (
        `<line${attrs({ x1: x(j), x2: x(j), y1: top - 4, y2: top + plotH, stroke: GRID })}/>` +
        `<a${attrs({ href: p.url })}><text${attrs({ x: tx, y: 14, 'text-anchor': anchor, 'font-size': fs, 'font-weight': 600, fill: INK })}>${esc(p.label)}</text></a>`
      );
    })
    .join('');
  const rightYs = spread(
    data.themes.map((t) => y(t.shares.at(-1) ?? 0)),
    gap,
    top,
    top + plotH,
  );
  const leftYs = spread(
    moved.map((i) => y(data.themes[i].shares[0] ?? 0)),
    gap,
    top,
    top + plotH,
  );
  height = Math.max(height, ...rightYs.map((v) => v + fs), ...leftYs.map((v) => v + fs));
  // Light lines first, strong ones on top.
  const order = [...data.themes.keys()].sort((a, b) => Number(strong.has(a)) - Number(strong.has(b)) || a - b);
  const lines = order
    .map((i) => {
      const t = data.themes[i];
      const s = strong.has(i);
      const d = t.shares.map((v, j) => `${j ? 'L' : 'M'}${r1(x(j))},${r1(y(v))}`).join('');
      const color = s ? STRONG : LIGHT;
      const last = t.shares.at(-1) ?? 0;
      const name = `${t.label} ${pct(last)}`;
      // The first plan's share stands outside the link: a link's name must begin with what it shows (axe).
      const left = s
        ? `<text${attrs({ x: x(0) - 4, y: leftYs[moved.indexOf(i)], dy: '0.35em', 'text-anchor': 'end', 'font-size': fs - 1, fill: STRONG, 'aria-hidden': 'true' })}>${esc(pct(t.shares[0] ?? 0))}</text>`
        : '';
      const shares = t.shares.map((v, j) => `${data.plans[j].label} ${pct(v)}`).join('，');
      return (
        `<a${attrs({ href: t.url, 'aria-label': `${name}（${shares}）` })}><title>${esc(`${t.label}：${shares}`)}</title>` +
        `<path${attrs({ d, fill: 'none', stroke: color, 'stroke-width': s ? 2.5 : 1, 'stroke-opacity': s ? 1 : 0.55 })}/>` +
        t.shares.map((v, j) => `<circle${attrs({ cx: x(j), cy: y(v), r: s ? 3.5 : 2, fill: color })}/>`).join('') +
        `<text${attrs({ x: x(n - 1) + 6, y: rightYs[i], dy: '0.35em', 'font-size': s ? fs : fs - 1, 'font-weight': s ? 600 : 400, fill: s ? STRONG : INK })}>${esc(name)}</text></a>` +
        left
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${r1(width)} ${r1(height)}`, width: r1(width), height: r1(height), class: 'chart chart-themeshift', 'aria-labelledby': `${id}-title` })}>` +
    `<title${attrs({ id: `${id}-title` })}>各规划中各主题条款所占比例</title>${heads}${lines}</svg>`
  );
}
