/**
 * Theme × plan matrix of clause counts, as a static SVG string (d3 colour scale, no DOM). Each cell links to the
 * theme page filtered to that plan; row labels link to themes, column labels to plans. Column labels are slanted
 * so the matrix stays readable with dozens of plans (the page scrolls it sideways when it is wider than the screen).
 */
import { interpolateRgb, scaleSequential } from 'd3';
import { SLANT, attrs, columnHeads, esc, r1, textWidth } from './svg';

export interface MatrixData {
  rows: { label: string; url: string }[];
  columns: { label: string; sublabel: string; url: string; title: string }[];
  /** counts[row][column] */
  counts: number[][];
  /** Link of a cell. */
  cellUrl: (row: number, column: number) => string;
}

export interface MatrixOptions {
  width: number;
  title?: string;
}

/** The ramp stops at a mid tone so the dark cell text keeps WCAG AA contrast (≥ 4.5:1) on every cell. */
export const COLORS = { low: '#eef5f6', high: '#7fb3bb', zero: '#fafafa', zeroText: '#5c636b', text: '#0f2f36', label: '#1f2328' };
const MIN_CELL = 34;

/** Rotation of column labels when they do not fit horizontally (degrees). */

export function matrixSvg(d: MatrixData, { width, title = '主题 × 规划 条款数' }: MatrixOptions): string {
  const narrow = width < 560;
  const fs = narrow ? 11 : 13;
  const labelW = Math.max(...d.rows.map((r) => textWidth(r.label, fs)), 40) + 10;
  const n = Math.max(1, d.columns.length);
  const headW = Math.max(...d.columns.map((c) => Math.max(textWidth(c.label, fs), textWidth(c.sublabel, fs - 1))));
  const fitW = Math.min(narrow ? 64 : 110, (width - labelW) / n);
  const upright = fitW >= headW + 8;
  const cos = Math.cos((SLANT * Math.PI) / 180);
  const sin = Math.abs(Math.sin((SLANT * Math.PI) / 180));
  const overhang = upright ? 0 : headW * cos;
  const cellW = upright ? fitW : Math.max(MIN_CELL, Math.min(narrow ? 56 : 96, (width - labelW - overhang) / n));
  const cellH = narrow ? 24 : 28;
  const headerH = upright ? fs * 2.6 + 10 : Math.min(160, (headW + fs * 1.2) * sin + 14);
  const max = Math.max(1, ...d.counts.flat());
  const color = scaleSequential(interpolateRgb(COLORS.low, COLORS.high)).domain([0, max]);
  const totalW = labelW + n * cellW + overhang;

  const heads = columnHeads(d.columns, { labelW, cellW, headerH, fs, upright, fill: COLORS.label });

  const body = d.rows
    .map((row, i) => {
      const y = headerH + i * cellH;
      const label = `<a${attrs({ href: row.url })}><text${attrs({ x: labelW - 8, y: y + cellH / 2, dy: '0.35em', 'text-anchor': 'end', 'font-size': fs, fill: COLORS.label })}>${esc(row.label)}</text></a>`;
      const cells = d.columns
        .map((col, j) => {
          const v = d.counts[i]?.[j] ?? 0;
          const x = labelW + j * cellW;
          const fill = v === 0 ? COLORS.zero : color(v);
          const textFill = v === 0 ? COLORS.zeroText : COLORS.text;
          const name = v === 0 ? `${row.label} · ${col.title}：– 未涉及` : `${row.label} · ${col.title}：${v} 条`;
          return (
            `<a${attrs({ href: d.cellUrl(i, j), 'aria-label': name })}><title>${esc(name)}</title>` +
            `<rect${attrs({ x: x + 1, y: y + 1, width: cellW - 2, height: cellH - 2, rx: 3, fill, stroke: v === 0 ? '#e3e6e8' : null })}/>` +
            `<text${attrs({ x: x + cellW / 2, y: y + cellH / 2, dy: '0.35em', 'text-anchor': 'middle', 'font-size': fs, 'font-weight': v === max ? 700 : null, fill: textFill })}>${v === 0 ? '–' : v}</text></a>`
          );
        })
        .join('');
      return label + cells;
    })
    .join('');
  const height = headerH + d.rows.length * cellH + 4;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${r1(totalW)} ${r1(height)}`, width: r1(totalW), height: r1(height), class: 'chart chart-matrix', 'aria-labelledby': `matrix-title-${width}` })}>` +
    `<title${attrs({ id: `matrix-title-${width}` })}>${esc(title)}</title>${heads}${body}</svg>`
  );
}
