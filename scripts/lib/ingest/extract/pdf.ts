/**
 * PDF files → text lines. pdf.js (pdfjs-dist) gives each page's text with positions; from them this module
 *  - builds visual lines (items on one baseline, left to right; a wide gap between items on a line becomes a space);
 *  - drops running headers and footers: lines in a page's top or bottom tenth that are page numbers (PAGE_NUMBER:
 *    "— 3 —", "第3页") or repeat on other pages (digits aside);
 *  - rejoins lines the layout broke: a body line that runs to the right margin continues on the next line when that
 *    starts at the left margin (not indented), also across a page break; a title in large type broken over centred
 *    lines is one line again. The 红头 (发文机关标志) stays a line of its own, as do headings and short lines.
 * A PDF with no text layer (a scan) is refused — OCR is not supported —, as are encrypted and damaged files.
 * Tables are read from the text positions (findTables): a run of lines whose text falls into columns becomes pipe
 * rows, the shape the Word and page extractors give; a table the positions do not settle (cells spanning columns)
 * stays text, one visual line at a time — the README says to prefer the Word file then.
 */
import { IngestError } from '../errors';
import { PAGE_NUMBER } from '../patterns';
import type { Extracted } from './types';

/** A run of text on a visual line, apart from the next by more than CELL_GAP: a table cell, if the line is a row. */
export interface Cell {
  text: string;
  x0: number;
  x1: number;
}

/** A visual line of a page. */
export interface VLine {
  page: number;
  text: string;
  /** Left and right edge, baseline, and type size, in PDF points. */
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The line's runs of text, left to right (one for running text). */
  cells: Cell[];
}

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
}

/** Share of a page's height that counts as its top or bottom margin, where running headers and footers stand. */
const MARGIN_BAND = 0.1;

/** The most frequent value (rounded) — the body's type size, left margin and right edge. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let n = -1;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

/** Items on one baseline, left to right, joined; a gap wider than a third of the type size between two Latin
 * letters or digits is a space (between Han characters, normalise removes any). */
function visualLines(items: Item[], page: number): VLine[] {
  const sorted = items.filter((it) => it.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0].y - it.y) <= 0.4 * Math.max(g[0].size, it.size)) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = g[0].x;
    for (const it of g) {
      if (text && it.x - end > 0.33 * it.size && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
      text += it.str;
      end = Math.max(end, it.x + it.w);
    }
    const size = mode(g.map((it) => it.size));
    return { page, text: text.trim(), x0: g[0].x, x1: end, y: g[0].y, size, cells: cellsOf(g, size) };
  }).filter((l) => l.text);
}

/**
 * Wider than this share of the type size, a gap between two runs of text on a line parts two table cells: a space in
 * running text is a third of it or less, while the narrowest column gap of a printed table (cell padding on both
 * sides of a rule) is more than half of it (measured: 0.67 between "2023年" and "2024年" in the fixture's header).
 */
export const CELL_GAP = 0.5;

/** The runs of a visual line's items (sorted by x), split at gaps wider than CELL_GAP; white-space items are gaps. */
function cellsOf(items: Item[], size: number): Cell[] {
  const cells: Cell[] = [];
  for (const it of items) {
    if (!it.str.trim()) continue;
    const last = cells.at(-1);
    if (last && it.x - last.x1 <= CELL_GAP * size) {
      last.text += it.str;
      last.x1 = Math.max(last.x1, it.x + it.w);
    } else cells.push({ text: it.str, x0: it.x, x1: it.x + it.w });
  }
  return cells.map((c) => ({ ...c, text: c.text.trim() }));
}

/** The fewest lines (a header and two rows) a run of cell-split lines needs to be read as a table. */
export const MIN_TABLE_LINES = 3;

/**
 * Tables from text positions. A run of consecutive lines, each split into two or more cells (CELL_GAP), is a table
 * when its cells fall into columns: the x-extents of all its cells, overlapped, make two or more separate columns, no
 * line has two cells in one column, and the first line (the header) fills every column. A line that leaves the first
 * column empty continues the row above it (a cell wrapped onto a second line: the 序号 column never wraps), its runs
 * appended to that row's cells. The table runs on line by line as long as this holds; a run that never holds for
 * MIN_TABLE_LINES lines — a cell spanning columns (a group heading, a merged cell), two lines only — is not read as a
 * table: its lines stay text lines, as before. Returns, for each line index that starts a table, the table's rows
 * (cells by column) and the number of lines it took.
 */
export function findTables(lines: VLine[]): Map<number, { rows: string[][]; count: number }> {
  const tables = new Map<number, { rows: string[][]; count: number }>();
  for (let k = 0; k < lines.length; ) {
    // From a line of two or more runs, the longest run of lines that still reads as a table, line by line.
    let best: { rows: string[][]; count: number } | null = null;
    for (let end = k + 1; lines[k].cells.length >= 2 && end <= lines.length; end++) {
      const rows = readTable(lines.slice(k, end));
      if (!rows && end > k + 2) break;
      if (rows && end - k >= MIN_TABLE_LINES) best = { rows, count: end - k };
    }
    if (best) {
      tables.set(k, best);
      k += best.count;
    } else k++;
  }
  return tables;
}

/** The columns of a run of lines and its rows, or null when the run is no table (see findTables). */
function readTable(run: VLine[]): string[][] | null {
  const spans = run.flatMap((l) => l.cells.map((c) => [c.x0, c.x1] as const)).sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = columns.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else columns.push([a, b]);
  }
  if (columns.length < 2) return null;
  const columnOf = (c: Cell) => columns.findIndex(([a, b]) => c.x0 >= a && c.x1 <= b);
  const rows: string[][] = [];
  for (const [i, line] of run.entries()) {
    const cols = line.cells.map(columnOf);
    if (cols.includes(-1) || new Set(cols).size !== cols.length) return null; // a run across columns, or two in one: text
    if (i === 0 && cols.length !== columns.length) return null; // the header fills every column
    if (cols[0] === 0) {
      const row = Array(columns.length).fill('');
      line.cells.forEach((c, j) => (row[cols[j]] = c.text));
      rows.push(row);
    } else {
      const row = rows.at(-1)!;
      line.cells.forEach((c, j) => (row[cols[j]] += (/[A-Za-z0-9]$/.test(row[cols[j]]) && /^[A-Za-z0-9]/.test(c.text) ? ' ' : '') + c.text));
    }
  }
  return rows.length >= 2 ? rows : null;
}

/** Loads pdf.js (an ES module of some size) only when a PDF is read. */
async function pdfjs() {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Extracts a PDF. `file` names it in errors. */
export async function extractPdf(bytes: Buffer, file: string): Promise<Extracted> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, useSystemFonts: false, disableFontFace: true, stopAtErrors: true });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const err = e as Error;
    if (err.name === 'PasswordException') throw new IngestError(file, 'is an encrypted (password-protected) PDF; save an unprotected copy, or the text as a .txt');
    throw new IngestError(file, `is not a readable PDF (${err.message}); is it damaged or cut short? Download it again, or save the text as a .txt`);
  }
  const pages: { lines: VLine[]; height: number }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      const [a, b, , , x, y] = it.transform as number[];
      items.push({ str: it.str, x, y, w: it.width, size: it.height || Math.hypot(a, b) });
    }
    pages.push({ lines: visualLines(items, p), height });
  }
  await task.destroy();
  const chars = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.length, 0), 0);
  if (chars === 0) {
    throw new IngestError(file, `has no text layer (${pages.length} page${pages.length > 1 ? 's' : ''} of images: a scan?); OCR is not supported — save the text as seeds/<name>.txt instead`);
  }

  // Running headers and footers: page numbers, and lines repeated in the margin bands of other pages.
  const inBand = (l: VLine, h: number) => l.y > h * (1 - MARGIN_BAND) || l.y < h * MARGIN_BAND;
  const key = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, '');
  const bandCount = new Map<string, number>();
  for (const p of pages) for (const k of new Set(p.lines.filter((l) => inBand(l, p.height)).map((l) => key(l.text)))) bandCount.set(k, (bandCount.get(k) ?? 0) + 1);
  const kept = pages.flatMap((p) => p.lines.filter((l) => !(inBand(l, p.height) && (PAGE_NUMBER.test(l.text.replace(/\s+/g, ' ')) || (bandCount.get(key(l.text)) ?? 0) >= 2))));

  // Rejoin lines broken by the layout.
  const body = mode(kept.flatMap((l) => Array(l.text.length).fill(l.size)));
  const isBody = (l: VLine) => Math.abs(l.size - body) <= 0.15 * body;
  const bodyLines = kept.filter(isBody);
  // The left margin: the leftmost start that at least two body lines share (a stray item does not move it).
  const starts = bodyLines.map((l) => Math.round(l.x0)).sort((a, b) => a - b);
  const left = starts.find((x, k) => starts[k + 1] !== undefined && starts[k + 1] - x <= 1) ?? starts[0];
  const right = mode(bodyLines.filter((l) => l.x1 - l.x0 > 10 * body).map((l) => l.x1));
  const centre = (left + right) / 2;
  // Tables first: their rows become pipe rows ("序号 | 指标 | 2025年 |", as the Word and page extractors give them),
  // never joined to other lines.
  const tables = findTables(kept);
  const out: { text: string; last: VLine; row?: true }[] = [];
  for (let k = 0; k < kept.length; k++) {
    const table = tables.get(k);
    if (table) {
      for (const row of table.rows) out.push({ text: `${row.map((c) => c.replace(/\|/g, '｜')).join(' | ')} |`, last: kept[k + table.count - 1], row: true });
      k += table.count - 1;
      continue;
    }
    const l = kept[k];
    const prev = out.at(-1)?.row ? undefined : out.at(-1);
    const nextPage = prev && l.page === prev.last.page + 1;
    const below = prev && (nextPage || (l.page === prev.last.page && prev.last.y - l.y < 2.5 * Math.max(l.size, prev.last.size)));
    const bodyJoin = prev && below && isBody(prev.last) && isBody(l) && prev.last.x1 >= right - 1.2 * body && Math.abs(l.x0 - left) < 0.5 * body;
    const titleJoin =
      prev && below && !nextPage && !isBody(l) && l.size > body && Math.abs(l.size - prev.last.size) < 0.1 * l.size &&
      Math.abs((l.x0 + l.x1) / 2 - centre) < 2 * l.size && Math.abs((prev.last.x0 + prev.last.x1) / 2 - centre) < 2 * l.size;
    if (prev && (bodyJoin || titleJoin)) {
      prev.text += /[A-Za-z0-9]$/.test(prev.text) && /^[A-Za-z0-9]/.test(l.text) ? ` ${l.text}` : l.text;
      prev.last = l;
    } else out.push({ text: l.text, last: l });
  }
  return { lines: out.map((o) => o.text), stated: {} };
}
