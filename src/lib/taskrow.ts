/**
 * A task-table row's task text (pure, free of the analysis-file reader: the browser's compare view names rows with it
 * too): the columns that are not task text, and the row's longest other cell. Re-exported by decomposition.ts.
 */
import type { Clause } from '~/schemas/policy';

/** The row-number column of a task table (序号 / 编号): not task text. */
export const ROW_NUMBER_COLUMN = /^(?:序号|编号)$/u;
/** A deadline column (完成时间 / 时限 / 完成期限): not task text. */
export const DEADLINE_COLUMN = /时间|时限|期限/u;
/** A column naming who does the work (责任部门 / 牵头责任单位 / 牵头部门): not task text. */
export const DEPARTMENT_COLUMN = /部门|单位/u;

/** A row's task text: its longest cell outside the number, deadline and department columns ("" when none). */
export function rowTaskText(cells: NonNullable<Clause['cells']>): string {
  let best = '';
  for (const cell of cells) {
    if (ROW_NUMBER_COLUMN.test(cell.column) || DEADLINE_COLUMN.test(cell.column) || DEPARTMENT_COLUMN.test(cell.column)) continue;
    if (cell.text.length > best.length) best = cell.text;
  }
  return best;
}
