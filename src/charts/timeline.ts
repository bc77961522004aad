/**
 * Timeline of plan periods per city, as a static SVG string (d3 scales, no DOM): one row per city, each plan a
 * bar over the years it covers, linking to its plan page. Plans whose time is unknown are drawn apart, in a
 * "时间未知" column, as dashed outlines — never placed on a guessed year.
 */
import { scaleLinear } from 'd3';
import { attrs, esc, r1, textWidth } from './svg';

export interface TimelinePlan {
  slug: string;
  /** Short label drawn on the bar, e.g. "2025–2027". */
  label: string;
  /** Full title, for the tooltip and the link's accessible name. */
  title: string;
  url: string;
  /** First and last year covered; null when unknown. */
  start: number | null;
  end: number | null;
}

export interface TimelineCity {
  city: string;
  url: string;
  plans: TimelinePlan[];
}

export interface TimelineOptions {
  width: number;
  /** Accessible title of the chart. */
  title?: string;
}

const BAR_H = 24;
const LANE_GAP = 6;
const ROW_GAP = 14;
const AXIS_H = 26;
const UNKNOWN_LABEL = '时间未知';
const COLORS = { bar: '#d9ebee', barStroke: '#0b5d6b', text: '#0f2f36', axis: '#5c636b', grid: '#e3e6e8', unknown: '#ffffff' };

/** Greedy lane assignment: a plan goes to the first lane whose last plan ended before it starts. */
export function assignLanes(plans: readonly { start: number; end: number }[]): number[] {
  const laneEnds: number[] = [];
  return plans.map((p) => {
    let lane = laneEnds.findIndex((end) => end < p.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = p.end;
    return lane;
  });
}

export function timelineSvg(data: readonly TimelineCity[], { width, title = '各城市规划期时间轴' }: TimelineOptions): string {
  const narrow = width < 560;
  const fontSize = narrow ? 11 : 13;
  const labelW = Math.max(...data.map((c) => textWidth(c.city, fontSize + 1)), 28) + 12;
  const dated = data.flatMap((c) => c.plans.filter((p) => p.start != null));
  const hasUnknown = data.some((c) => c.plans.some((p) => p.start == null));
  const minY = dated.length ? Math.min(...dated.map((p) => p.start!)) : 2020;
  const maxY = dated.length ? Math.max(...dated.map((p) => p.end ?? p.start!)) : minY;
  const unknownW = hasUnknown ? (narrow ? 64 : 96) : 0;
  const x = scaleLinear()
    .domain([minY, maxY + 1])
    .range([labelW, width - unknownW - 8]);
  const years = Array.from({ length: maxY - minY + 1 }, (_, i) => minY + i);

  const rows: string[] = [];
  let y = AXIS_H;
  for (const c of data) {
    const known = c.plans.filter((p) => p.start != null);
    const unknown = c.plans.filter((p) => p.start == null);
    const lanes = assignLanes(known.map((p) => ({ start: p.start!, end: p.end ?? p.start! })));
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1), unknown.length);
    const rowH = laneCount * BAR_H + (laneCount - 1) * LANE_GAP;
    rows.push(`<a${attrs({ href: c.url })}><text${attrs({ x: 0, y: y + rowH / 2, dy: '0.35em', 'font-size': fontSize + 1, 'font-weight': 600, fill: COLORS.text })}>${esc(c.city)}</text></a>`);
    known.forEach((p, i) => {
      const x0 = x(p.start!);
      const x1 = x((p.end ?? p.start!) + 1);
      const by = y + lanes[i] * (BAR_H + LANE_GAP);
      const w = x1 - x0 - 2;
      const fits = textWidth(p.label, fontSize) + 8 <= w;
      rows.push(
        `<a${attrs({ href: p.url, 'aria-label': `${p.label} · ${c.city}：${p.title}` })}><title>${esc(p.title)}</title>` +
          `<rect${attrs({ x: x0 + 1, y: by, width: w, height: BAR_H, rx: 4, fill: COLORS.bar, stroke: COLORS.barStroke })}/>` +
          `<text${attrs({ x: fits ? x0 + 1 + w / 2 : x1 + 3, y: by + BAR_H / 2, dy: '0.35em', 'text-anchor': fits ? 'middle' : 'start', 'font-size': fontSize, fill: COLORS.text })}>${esc(p.label)}</text></a>`,
      );
    });
    unknown.forEach((p, i) => {
      // The link's name starts with exactly what the bar shows (axe: label-content-name-mismatch).
      const label = truncate(p.label, unknownW - 16, fontSize - 1);
      const ux = width - unknownW + 2;
      const by = y + i * (BAR_H + LANE_GAP);
      rows.push(
        `<a${attrs({ href: p.url, 'aria-label': `${label} · ${c.city}：${p.title}（时间未知）` })}><title>${esc(p.title)}（时间未知）</title>` +
          `<rect${attrs({ x: ux, y: by, width: unknownW - 10, height: BAR_H, rx: 4, fill: COLORS.unknown, stroke: COLORS.barStroke, 'stroke-dasharray': '4 3' })}/>` +
          `<text${attrs({ x: ux + (unknownW - 10) / 2, y: by + BAR_H / 2, dy: '0.35em', 'text-anchor': 'middle', 'font-size': fontSize - 1, fill: COLORS.text })}>${esc(label)}</text></a>`,
      );
    });
    y += rowH + ROW_GAP;
  }
  const height = y - ROW_GAP + 8;

  const axis = years
    .map((yr) => {
      const gx = x(yr);
      const label = String(yr);
      return (
        `<line${attrs({ x1: gx, x2: gx, y1: AXIS_H - 6, y2: height, stroke: COLORS.grid })}/>` +
        `<text${attrs({ x: (gx + x(yr + 1)) / 2, y: 14, 'text-anchor': 'middle', 'font-size': fontSize - 1, fill: COLORS.axis })}>${esc(label)}</text>`
      );
    })
    .join('');
  const unknownHead = hasUnknown
    ? `<text${attrs({ x: width - unknownW / 2 - 3, y: 14, 'text-anchor': 'middle', 'font-size': fontSize - 1, fill: COLORS.axis })}>${UNKNOWN_LABEL}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${r1(width)} ${r1(height)}`, width: r1(width), height: r1(height), class: 'chart chart-timeline', 'aria-labelledby': `timeline-title-${width}` })}>` +
    `<title${attrs({ id: `timeline-title-${width}` })}>${esc(title)}</title>${axis}${unknownHead}${rows.join('')}</svg>`
  );
}

/** Cut a label to fit a width, with an ellipsis. */
function truncate(text: string, maxW: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxW) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxW) chars.pop();
  return `${chars.join('')}…`;
}
