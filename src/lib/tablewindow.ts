/**
 * A window of a table around one row, for the row's own clause page: the row, ROW_WINDOW_RADIUS rows on each side,
 * and the group row (分类 heading spanning the table) the window sits under — instead of the whole table, which made
 * a table's row pages quadratic in its length (a 42-row table: 42 pages × the whole table). The full table stays on
 * the plan page, at the row's anchor.
 *
 * Merged cells are kept truthful: a cell merged down from a row above the window is shown once more, at the
 * window's first row, spanning the rows of the window it covers; a cell merged past the window's end is cut at it.
 * Every row of the window then reads, column by column, exactly as it does in the full table (tested on every row
 * of the seeds' tables). Hand-written: no table library slices HTML tables with rowspans; the model is ours.
 */
import type { Table } from '~/schemas/policy';

/** Rows shown on each side of the row itself. */
export const ROW_WINDOW_RADIUS = 2;

type Row = Table['rows'][number];
type Cell = Row['cells'][number];

/** A group row: no clause of its own, one cell across the whole table (a 分类 heading such as “一、数字基础设施”). */
export function isGroupRow(row: Row, width: number): boolean {
  return row.clause == null && row.cells.length === 1 && row.cells[0].colspan >= width;
}

/** Where each cell starts: its row, its first column, and the rows it covers (rowspan). */
export interface PlacedCell {
  cell: Cell;
  row: number;
  column: number;
}

/**
 * The cells of a table's body placed on its grid (the HTML table model: each cell takes the first column its row
 * leaves free, after the cells merged down from above). Cells in the order they start: row by row, left to right.
 */
export function placeCells(rows: readonly Row[]): PlacedCell[] {
  const out: PlacedCell[] = [];
  /** taken[r] = the columns of row r already covered by cells merged down from above. */
  const taken: Set<number>[] = rows.map(() => new Set());
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (taken[r].has(column)) column++;
      out.push({ cell, row: r, column });
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken[r + dr].add(column + dc);
      column += cell.colspan;
    }
  });
  return out;
}

/**
 * The table's body as a grid of cell texts (a merged cell's text in every slot it covers); null where no cell is.
 * For tests and checks: what a reader sees in each row, column by column.
 */
export function cellGrid(rows: readonly Row[]): (string | null)[][] {
  const grid: (string | null)[][] = rows.map(() => []);
  for (const { cell, row, column } of placeCells(rows))
    for (let dr = 0; dr < cell.rowspan && row + dr < rows.length; dr++) for (let dc = 0; dc < cell.colspan; dc++) grid[row + dr][column + dc] = cell.text;
  return grid;
}

/** The window of a table around one row. */
export interface TableWindow {
  /** The table with only the window's rows (and the group row above them), merged cells carried and cut. */
  table: Table;
  /** Data rows (rows that are clauses) of the whole table. */
  total: number;
  /** Data rows of the window. */
  shown: number;
  /** For each row of the window, its index among the full table's rows. */
  source: number[];
}

/** The window around the row whose clause id is `id`; null when no row of the table is that clause. */
export function tableWindow(table: Table, id: string, radius = ROW_WINDOW_RADIUS): TableWindow | null {
  const at = table.rows.findIndex((r) => r.clause === id);
  if (at < 0) return null;
  const first = Math.max(0, at - radius);
  const last = Math.min(table.rows.length - 1, at + radius);
  const width = table.header.length;
  const rows: Row[] = [];
  const source: number[] = [];
  // The group row the window sits under, when it is above the window (inside, it is shown anyway).
  for (let r = first - 1; r >= 0; r--) {
    if (isGroupRow(table.rows[r], width)) {
      rows.push(table.rows[r]);
      source.push(r);
      break;
    }
  }
  const placed = placeCells(table.rows);
  for (let r = first; r <= last; r++) {
    const cells = placed
      // Cells starting in this row, and at the first row also those merged down into it from above.
      .filter((p) => (r === first ? p.row <= r && p.row + p.cell.rowspan > r : p.row === r))
      .sort((a, b) => a.column - b.column)
      .map(({ cell, row }) => {
        const end = Math.min(row + cell.rowspan - 1, last);
        const rowspan = end - Math.max(row, first) + 1;
        return rowspan === cell.rowspan ? cell : { ...cell, rowspan };
      });
    rows.push({ clause: table.rows[r].clause, cells });
    source.push(r);
  }
  const isData = (r: Row) => r.clause != null;
  return { table: { ...table, rows }, total: table.rows.filter(isData).length, shown: rows.filter(isData).length, source };
}
