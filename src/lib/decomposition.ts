/**
 * Task tables that decompose a plan's body (content/analysis/decomposition.json, src/schemas/decomposition.ts): a
 * row linked to the body item it restates is not a commitment of its own. Every count on the site counts
 * commitments — the item once, with the themes of its rows added (a row may name a theme its item's tagging left
 * out) — and the item shows its rows under it as 任务分解.
 */
import type { Clause } from '~/schemas/policy';
import type { Decomposition } from '~/schemas/decomposition';
import { readAnalysisFile } from '~/lib/analysis/file';

// A row's task text is read apart from the file (taskrow.ts), so that browser code can use it without the reader.
export { DEADLINE_COLUMN, DEPARTMENT_COLUMN, ROW_NUMBER_COLUMN, rowTaskText } from './taskrow';

/** Content/analysis/decomposition.json as its schema reads it (src/lib/analysis/file.ts); no links when absent. */
export function loadDecomposition(contentDir = 'content'): Pick<Decomposition, 'plans'> {
  return readAnalysisFile('decomposition', contentDir) ?? { plans: {} };
}

/** Who decomposes whom, both ways, keyed "plan/id". */
export interface TaskLinks {
  /** Row key → the item id it restates. */
  itemOf: Map<string, string>;
  /** Item key → its row ids, in table order. */
  rowsOf: Map<string, string[]>;
}

const key = (plan: string, id: string) => `${plan}/${id}`;

/** The decomposition as lookups. */
export function taskLinks(d: Pick<Decomposition, 'plans'>): TaskLinks {
  const itemOf = new Map<string, string>();
  const rowsOf = new Map<string, string[]>();
  for (const [plan, links] of Object.entries(d.plans)) {
    for (const l of links) {
      itemOf.set(key(plan, l.row), l.item);
      rowsOf.set(key(plan, l.item), [...(rowsOf.get(key(plan, l.item)) ?? []), l.row]);
    }
  }
  return { itemOf, rowsOf };
}

/** The item a row restates, or null when the clause is no linked row. */
export function taskItemOf(links: TaskLinks, c: Pick<Clause, 'plan' | 'id'>): string | null {
  return links.itemOf.get(key(c.plan, c.id)) ?? null;
}

/** The rows decomposing an item ([] for anything else). */
export function taskRowsOf(links: TaskLinks, c: Pick<Clause, 'plan' | 'id'>): string[] {
  return links.rowsOf.get(key(c.plan, c.id)) ?? [];
}

/**
 * A plan's commitments: its clauses less the rows that restate an item, in the same order; an item's themes are its
 * own followed by those only its rows name. Clauses are returned as they are when nothing changes.
 */
export function commitments<T extends Pick<Clause, 'plan' | 'id' | 'themes'>>(links: TaskLinks, clauses: readonly T[]): T[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out: T[] = [];
  for (const c of clauses) {
    if (links.itemOf.has(key(c.plan, c.id))) continue;
    const rows = taskRowsOf(links, c);
    const extra = [...new Set(rows.flatMap((r) => byId.get(r)?.themes ?? []))].filter((t) => !c.themes.includes(t));
    out.push(extra.length ? { ...c, themes: [...c.themes, ...extra] } : c);
  }
  return out;
}

/** A plan's size as the site states it: its commitments, and the task-table rows restating them when there are any. */
export function commitmentCountLabel(clauseCount: number, commitmentCount: number): string {
  const rows = clauseCount - commitmentCount;
  return rows > 0 ? `${commitmentCount} 条（另有任务分解表 ${rows} 行）` : `${clauseCount} 条`;
}
