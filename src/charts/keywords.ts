/**
 * Keyword profile charts, as static SVG strings (d3 scales, no DOM), every text escaped:
 * - `keywordBarsSvg`: one plan's top keywords as horizontal bars (plan page), each word linking to a search for it
 *   in that plan;
 * - `keywordGridSvg`: a keyword × plan grid (cities page) — a cell's number is how often the plan says the word per
 *   10,000 of its words, its shade that rate against the row's highest, bold where the word is in the plan's profile.
 * A weight is the word's 突出度: the z-score of how much more often the plan says it than the other plans do
 * (weighted log-odds over jieba tokens, content/analysis/keywords.json), on one scale for every plan.
 */
import { interpolateRgb, rgb, scaleLinear, scaleSequential } from 'd3';
import { COLORS } from './matrix';
import { SLANT, attrs, columnHeads, esc, r1, textWidth } from './svg';

export interface KeywordBar {
  word: string;
  weight: number;
  url: string;
}

export interface KeywordBarsData {
  /** Accessible title, e.g. "苏州 2021–2023 关键词". */
  title: string;
  bars: KeywordBar[];
}

export interface ChartOptions {
  width: number;
  /** Prefix of the ids inside the SVG (unique per chart on a page). */
  id?: string;
}

const BAR = { fill: '#b9d8dd', stroke: '#0b5d6b', text: '#1f2328', value: '#5c636b' };

/** What a weight is called where it is printed. */
export const WEIGHT_NAME = '突出度';

/** A weight (a z-score) as printed: one decimal, e.g. 4.7. */
export function weightText(weight: number): string {
  return weight.toFixed(1);
}

/** One plan's top keywords as horizontal bars, heaviest first (order as given). */
export function keywordBarsSvg(d: KeywordBarsData, { width, id = 'kw-bars' }: ChartOptions): string {
  const narrow = width < 560;
  const fs = narrow ? 12 : 13;
  const rowH = narrow ? 22 : 24;
  const labelW = Math.max(40, ...d.bars.map((b) => textWidth(b.word, fs))) + 10;
  const valueW = textWidth('00.0', fs - 1) + 8;
  const max = Math.max(1e-9, ...d.bars.map((b) => b.weight));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(40, width - labelW - valueW)]);
  const height = Math.max(1, d.bars.length) * rowH + 4;
  const titleId = `${id}-title-${width}`;
  const rows = d.bars
    .map((b, i) => {
      const y = i * rowH + 2;
      const w = Math.max(1, x(b.weight));
      const name = `${b.word}：${WEIGHT_NAME} ${weightText(b.weight)}`;
      return (
        `<a${attrs({ href: b.url })}><title>${esc(name)}</title>` +
        `<text${attrs({ x: labelW - 8, y: y + rowH / 2, dy: '0.35em', 'text-anchor': 'end', 'font-size': fs, fill: BAR.text })}>${esc(b.word)}</text>` +
        `<rect${attrs({ x: labelW, y: y + 3, width: w, height: rowH - 6, rx: 2, fill: BAR.fill, stroke: BAR.stroke, 'stroke-width': 0.6 })}/></a>` +
        `<text${attrs({ x: labelW + w + 4, y: y + rowH / 2, dy: '0.35em', 'font-size': fs - 1, fill: BAR.value })}>${esc(weightText(b.weight))}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${r1(width)} ${r1(height)}`, width: r1(width), height: r1(height), class: 'chart chart-keywords', 'aria-labelledby': titleId })}>` +
    `<title${attrs({ id: titleId })}>${esc(d.title)}</title>${rows}</svg>`
  );
}

export interface KeywordGridData {
  title: string;
  rows: { word: string; url: string }[];
  columns: { label: string; sublabel: string; url: string; title: string }[];
  /**
   * cells[row][column]: how often the plan says the word (count, and rate per 10,000 words), and its 突出度 (weight)
   * and rank in the plan's profile, null when the word is not in it.
   */
  cells: { count: number; rate: number; weight: number | null; rank: number | null }[][];
  /** How a rate is named ("每万词"). */
  rateLabel: string;
}

/** Rotation of column labels when they do not fit upright (degrees). */
const GRID_LINE = '#e3e6e8';

/** A rate as printed: a whole number, "<1" for a word said but rarely, "0" for one never said. */
export function rateText(rate: number): string {
  return rate === 0 ? '0' : rate < 0.5 ? '<1' : String(Math.round(rate));
}

/**
 * Keyword × plan grid: number = rate, shade = rate against the row's highest, bold = in the plan's profile. Kept small because a grid grows with
 * words × plans: cells carry only a tooltip (no link, no id), shared text attributes sit on their group, and the
 * cells are hidden from assistive technology — the page gives the same figures as a table, with the links.
 * Row labels link to a search for the word, column labels to the plan.
 */
export function keywordGridSvg(d: KeywordGridData, { width, id = 'kw-grid' }: ChartOptions): string {
  const narrow = width < 560;
  const fs = narrow ? 11 : 13;
  const labelW = Math.max(40, ...d.rows.map((r) => textWidth(r.word, fs))) + 10;
  const n = Math.max(1, d.columns.length);
  const headW = Math.max(0, ...d.columns.map((c) => Math.max(textWidth(c.label, fs), textWidth(c.sublabel, fs - 1))));
  const fitW = Math.min(narrow ? 60 : 96, (width - labelW) / n);
  const upright = fitW >= headW + 8;
  const cos = Math.cos((SLANT * Math.PI) / 180);
  const sin = Math.abs(Math.sin((SLANT * Math.PI) / 180));
  const overhang = upright ? 0 : headW * cos;
  const cellW = upright ? fitW : Math.max(34, Math.min(narrow ? 52 : 90, (width - labelW - overhang) / n));
  const cellH = narrow ? 22 : 24;
  const headerH = upright ? fs * 2.6 + 10 : Math.min(160, (headW + fs * 1.2) * sin + 14);
  const ramp = scaleSequential(interpolateRgb(COLORS.low, COLORS.high)).domain([0, 1]);
  const color = (share: number) => rgb(ramp(share)).formatHex();
  const totalW = labelW + n * cellW + overhang;
  const titleId = `${id}-title-${width}`;
  /** Baseline that centres a digit vertically in a cell. */
  const mid = cellH / 2 + fs * 0.35;

  const heads = columnHeads(d.columns, { labelW, cellW, headerH, fs, upright, fill: COLORS.label });

  const labels = d.rows
    .map((row, i) => {
      const y = headerH + i * cellH;
      return `<a${attrs({ href: row.url })}><title>${esc(`检索“${row.word}”`)}</title><text${attrs({ x: labelW - 8, y: y + mid })}>${esc(row.word)}</text></a>`;
    })
    .join('');

  const rects: string[] = [];
  const texts: string[] = [];
  d.rows.forEach((row, i) => {
    const y = headerH + i * cellH;
    const rowMax = Math.max(0, ...(d.cells[i] ?? []).map((c) => c.rate));
    d.columns.forEach((col, j) => {
      const cell = d.cells[i]?.[j] ?? { count: 0, rate: 0, weight: null, rank: null };
      const x = labelW + j * cellW;
      const said = cell.count > 0;
      const box = attrs({ x: x + 1, y: y + 1, width: cellW - 2, height: cellH - 2, fill: said && rowMax > 0 ? color(cell.rate / rowMax) : null });
      const use = `${d.rateLabel} ${rateText(cell.rate)} 次（共 ${cell.count} 次）`;
      const own = cell.rank !== null && cell.weight !== null ? `；突出词第 ${cell.rank} 位，${WEIGHT_NAME} ${weightText(cell.weight)}` : '';
      // Only cells of words said carry a tooltip: at scale most cells are empty.
      rects.push(said ? `<rect${box}><title>${esc(`${row.word} · ${col.label} ${col.sublabel}：${use}${own}`)}</title></rect>` : `<rect${box}/>`);
      texts.push(
        `<text${attrs({ x: x + cellW / 2, y: y + mid, 'font-weight': cell.rank !== null ? 700 : null, fill: said ? null : COLORS.zeroText })}>${rateText(cell.rate)}</text>`,
      );
    });
  });
  const height = headerH + d.rows.length * cellH + 4;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${r1(totalW)} ${r1(height)}`, width: r1(totalW), height: r1(height), class: 'chart chart-keyword-grid', 'aria-labelledby': titleId })}>` +
    `<title${attrs({ id: titleId })}>${esc(d.title)}</title>${heads}` +
    `<g${attrs({ 'text-anchor': 'end', 'font-size': fs, fill: COLORS.label })}>${labels}</g>` +
    // Cells: pale with a hairline unless filled; tooltips on the boxes, the numbers let the pointer through.
    `<g${attrs({ 'aria-hidden': 'true', fill: COLORS.zero, stroke: GRID_LINE })}>${rects.join('')}</g>` +
    `<g${attrs({ 'aria-hidden': 'true', 'text-anchor': 'middle', 'font-size': fs, fill: COLORS.text, 'pointer-events': 'none' })}>${texts.join('')}</g></svg>`
  );
}
