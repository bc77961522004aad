/**
 * Theme tagger — table rows read with their table (tagInputs): a column spanning several items names their group, a
 * column spanning the rows of one item is its title (heading), department and deadline columns are not evidence.
 * Group columns and group rows ("一、体系保障(5项)") are read like enclosing headings but never as document parts, so a
 * task table's 体系保障 group does not make its 网络安全 rows 组织保障. The column patterns are reviewed data in
 * src/data/tagger.ts.
 */
import { CELL_SEPARATOR, DEADLINE_COLUMN, DEPARTMENT_COLUMN, GROUP_CELL, ITEM_NUMBER } from '~/data/tagger';
import type { TagInput } from './tag-text';

/** One cell of a table row, by column name (merged cells repeated in every row they span). */
export interface RowCell {
  column: string;
  text: string;
}

/** A clause as the pipeline holds it: what the tagger reads, plus its plan and, for a table row, its cells. */
export interface TaggableClause extends TagInput {
  plan: string;
  cells?: readonly RowCell[] | null;
}

const columnsOf = (c: TaggableClause) => (c.cells ?? []).map((x) => x.column).join(CELL_SEPARATOR);

/** How a column of a table is read by the tagger. */
type ColumnRole = 'own' | 'title' | 'group' | 'skip';

/**
 * The role of every column of one table (its rows' cells). Department and deadline columns are skipped, like a
 * trailer. A column whose cell spans rows (the same words in two consecutive rows) names what those rows share: if
 * every such span stays within one item number (序号 7 | 主要工作 "推动产业数字化发展" split over the rows of three
 * departments), the column holds each item's own title; if a span covers several items (工作要点 "数字治理提效行动"
 * over rows 16–22), the column names groups of items. Other columns are the row's own words.
 */
function columnRoles(rows: readonly (readonly RowCell[])[]): ColumnRole[] {
  const number = rows[0].findIndex((_, k) => rows.every((row) => ITEM_NUMBER.test(row[k]?.text ?? '')));
  return rows[0].map((cell, k) => {
    if (DEPARTMENT_COLUMN.test(cell.column) || DEADLINE_COLUMN.test(cell.column)) return 'skip';
    if (k === number) return 'own';
    let spans = false;
    let crossesItems = number < 0;
    for (let r = 1; r < rows.length; r += 1) {
      const text = rows[r][k]?.text;
      if (!text || !GROUP_CELL.test(text) || rows[r - 1][k]?.text !== text) continue;
      spans = true;
      if (number >= 0 && rows[r][number].text !== rows[r - 1][number].text) crossesItems = true;
    }
    return !spans ? 'own' : crossesItems ? 'group' : 'title';
  });
}

/**
 * How many leading context entries every row of a table shares: the document's parts and the table's own title. The
 * entries after them differ between the table's rows, so they are the table's group rows ("一、体系保障(5项)"). A
 * table of one row has no groups.
 */
function sharedPrefix(contexts: readonly (readonly string[])[]): number {
  if (contexts.length < 2) return contexts[0]?.length ?? 0;
  let n = 0;
  while (n < contexts[0].length && contexts.every((c) => c.length > n && c[n] === contexts[0][n])) n += 1;
  return n;
}

/**
 * What the tagger reads for each clause (same order). Prose clauses: their text, heading and context. Table rows
 * (clauses with cells) are read like the items they are (see columnRoles): title cells are the row's heading, as for
 * a prose item; group cells are an enclosing heading (context) of every row of the group, not the row's own words;
 * department and deadline cells are dropped. The rows of one table are the consecutive rows of a plan with the same
 * columns (group rows such as "二、数字经济(6项)" change a row's context, not its table).
 */
export function tagInputs(clauses: readonly TaggableClause[]): TagInput[] {
  const roles = new Map<number, ColumnRole[]>();
  /** Per table row: how many of its context entries are the document's (shared by every row of its table). */
  const documentDepth = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= clauses.length; i += 1) {
    const a = clauses[start];
    const b = clauses[i];
    if (b && a.cells && b.cells && a.plan === b.plan && columnsOf(a) === columnsOf(b)) continue;
    if (a.cells) {
      const rows = clauses.slice(start, i);
      const tableRoles = columnRoles(rows.map((c) => c.cells!));
      const depth = sharedPrefix(rows.map((c) => c.context));
      for (let r = start; r < i; r += 1) {
        roles.set(r, tableRoles);
        documentDepth.set(r, depth);
      }
    }
    start = i;
  }
  return clauses.map((c, i) => {
    if (!c.cells) return { text: c.text, heading: c.heading, context: c.context };
    const role = roles.get(i)!;
    const depth = documentDepth.get(i)!;
    const cells = (want: ColumnRole) => c.cells!.filter((x, k) => x.text && role[k] === want).map((x) => x.text);
    return {
      text: cells('own').join(CELL_SEPARATOR),
      heading: [c.heading, ...cells('title')].filter(Boolean).join(CELL_SEPARATOR) || null,
      context: c.context.slice(0, depth),
      groups: [...c.context.slice(depth), ...cells('group')],
    };
  });
}
