/**
 * Pipe tables with merged cells, rebuilt as real tables.
 *
 * Word-to-text converters write a table as "a | b | c |" lines and drop the cells a merged (row-spanning) cell
 * covers, so a row that continues merged cells has fewer cells than the header ("逐步推动… | 2025年4月 | 市农业农村局 |")
 * and its cells no longer say which columns they belong to. We put them back: each short row's cells are aligned,
 * in order, to the columns whose content they resemble (numbers, dates, organ names, sentences …), preferring the
 * alignment the table's other short rows use; a skipped column before the row's last cell continues the merged cell
 * above (rowspan + 1). A row with one cell that is a heading ("一、体系保障(5项)") is a group row spanning all columns.
 */
import { PART_HEADING, SECTION_HEADING, ORGAN_SUFFIX, DEADLINE } from './patterns';

/** A source line of the table. */
export interface TableLine {
  n: number;
  text: string;
}

/** A cell of the rebuilt grid. */
export interface GridCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** Column index where the cell starts. */
  col: number;
}

/** A rebuilt row. `group` rows are headings spanning all columns. */
export interface GridRow {
  n: number;
  group: boolean;
  /** Cells starting in this row, left to right. */
  cells: GridCell[];
  /** Text of every column for this row, merged cells repeated (empty string where nothing is stated). */
  resolved: string[];
}

export interface ParsedTable {
  /** 1-based line of the header row. */
  line: number;
  header: string[];
  rows: GridRow[];
}

/** Splits a pipe line into trimmed cells, dropping the empty cells after the last "|" ("a | b | ||" → [a, b]). */
export function splitCells(text: string): string[] {
  const cells = text.split('|').map((c) => c.trim());
  while (cells.length && cells.at(-1) === '') cells.pop();
  return cells;
}

/** A group row: a single cell that is a part or section heading. */
export const GROUP_ROW = (cells: string[]): boolean =>
  cells.length === 1 && (PART_HEADING.test(cells[0]) || SECTION_HEADING.test(cells[0]));

/** Features of a cell's content that tell columns apart. */
function features(s: string): number[] {
  return [
    /^\d{1,3}$/.test(s) ? 1 : 0, // a row number
    /^[\d.,]+\s*[%％]?$/.test(s) ? 1 : 0, // a numeric value
    DEADLINE.test(s) || /\d{4}年\d{1,2}月/.test(s) ? 1 : 0, // a date or deadline
    ORGAN_SUFFIX.test(s) && s.length <= 60 && !/。/.test(s) ? 1 : 0, // organ names
    /[(（][^()（）]{1,8}[)）]$/.test(s) ? 1 : 0, // an indicator with its unit "(亿元)"
    /。$/.test(s) ? 1 : 0, // a sentence
    Math.min(s.length, 80) / 80, // length
  ];
}

const WEIGHTS = [3, 2, 2, 1.5, 1, 1.5, 1];

/** How well a cell fits a column profile (higher is better). */
function fit(cell: number[], profile: number[]): number {
  let score = 0;
  for (let i = 0; i < cell.length; i++) score -= WEIGHTS[i] * Math.abs(cell[i] - profile[i]);
  return score;
}

/**
 * Best order-preserving assignment of k cells to n columns (DP). `prior` is the table's usual set of skipped
 * columns for rows of this length, which gets a bonus so ambiguous rows follow their neighbours.
 */
function align(cells: number[][], profiles: number[][], prior: string | undefined): number[] {
  const k = cells.length;
  const n = profiles.length;
  let best: { score: number; cols: number[] } | null = null;
  const cols: number[] = [];
  const walk = (i: number, from: number, score: number) => {
    if (i === k) {
      const key = skipKey(cols, n);
      const total = score + (prior !== undefined && key === prior ? 1.5 : 0);
      if (!best || total > best.score + 1e-9) best = { score: total, cols: [...cols] };
      return;
    }
    for (let c = from; c <= n - (k - i); c++) {
      cols.push(c);
      walk(i + 1, c + 1, score + fit(cells[i], profiles[c]));
      cols.pop();
    }
  };
  walk(0, 0, 0);
  return best!.cols;
}

function skipKey(cols: number[], n: number): string {
  const last = cols.at(-1) ?? -1;
  return Array.from({ length: last + 1 }, (_, c) => c)
    .filter((c) => !cols.includes(c))
    .join(',');
}

/** Rebuilds a table from its lines: the first line is the header. */
export function parseTable(lines: TableLine[]): ParsedTable {
  const header = splitCells(lines[0].text);
  const n = header.length;
  const body = lines.slice(1).map((l) => ({ n: l.n, cells: splitCells(l.text) }));
  // Column profiles from the complete rows.
  const full = body.filter((r) => r.cells.length === n);
  const profiles = header.map((_, c) => {
    const fs = full.map((r) => features(r.cells[c]));
    if (!fs.length) return features('');
    return fs[0].map((_, i) => fs.reduce((s, f) => s + f[i], 0) / fs.length);
  });
  // First pass without prior, to learn the usual skip set per row length.
  const usual = new Map<number, Map<string, number>>();
  for (const r of body) {
    if (r.cells.length >= n || r.cells.length === 0 || GROUP_ROW(r.cells)) continue;
    const cols = align(r.cells.map(features), profiles, undefined);
    const key = skipKey(cols, n);
    const m = usual.get(r.cells.length) ?? new Map<string, number>();
    m.set(key, (m.get(key) ?? 0) + 1);
    usual.set(r.cells.length, m);
  }
  const prior = new Map<number, string>();
  for (const [len, m] of usual) {
    const [key] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    prior.set(len, key);
  }

  const rows: GridRow[] = [];
  /** The cell currently covering each column (for rowspans), reset by group rows. */
  let above: (GridCell | null)[] = Array(n).fill(null);
  let resolvedAbove: string[] = Array(n).fill('');
  for (const r of body) {
    if (GROUP_ROW(r.cells) || r.cells.length === 0) {
      const cell = { text: r.cells[0] ?? '', rowspan: 1, colspan: n, col: 0 };
      rows.push({ n: r.n, group: true, cells: [cell], resolved: Array(n).fill(cell.text) });
      above = Array(n).fill(null);
      resolvedAbove = Array(n).fill('');
      continue;
    }
    let cols: number[];
    let texts = r.cells;
    if (texts.length > n) {
      // More cells than columns: keep every cell; the extra ones are joined into the last column with " | ".
      texts = [...texts.slice(0, n - 1), texts.slice(n - 1).join(' | ')];
      cols = texts.map((_, i) => i);
    } else if (texts.length === n) {
      cols = texts.map((_, i) => i);
    } else {
      cols = align(texts.map(features), profiles, prior.get(texts.length));
    }
    const last = cols.at(-1)!;
    const cells: GridCell[] = [];
    const resolved: string[] = Array(n).fill('');
    for (let c = 0; c < n; c++) {
      const i = cols.indexOf(c);
      if (i >= 0) {
        const cell = { text: texts[i], rowspan: 1, colspan: 1, col: c };
        cells.push(cell);
        above[c] = cell;
        resolved[c] = texts[i];
      } else if (c < last && above[c]) {
        above[c]!.rowspan += 1;
        resolved[c] = resolvedAbove[c];
      } else {
        const cell = { text: '', rowspan: 1, colspan: 1, col: c };
        cells.push(cell);
        above[c] = cell;
      }
    }
    rows.push({ n: r.n, group: false, cells, resolved });
    resolvedAbove = resolved;
  }
  return { line: lines[0].n, header, rows };
}
