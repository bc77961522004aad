/**
 * Task tables that decompose a plan's body: 盐城 2024 工作要点 ends with a 任务分解表 whose 45 rows restate its 28
 * body items, split by department and deadline (第五部分第11条 = 表 第15、16、17行; rows continuing a merged cell are
 * rows of their own). Counted as clauses of their own they inflate every count; here each such row is linked to the
 * body item it restates, so the site counts the item once and shows its rows under it.
 *
 * Deterministic, by the row's own text against the body items' text:
 * 1. A row's task text is its longest cell outside the number, deadline and department columns (rowTaskText in
 *    src/lib/decomposition.ts, which the site shows too); an item's text is its own text without its trailer.
 * 2. Restatement = the share of the row's character 4-grams (folded, punctuation and spaces removed) found in the
 *    item: the same measure as the near-verbatim flag of similar clauses (vectors.ts shingles).
 * 3. A table decomposes the body when at least DECOMPOSING_SHARE of its long rows (≥ LONG_ROW_CHARS characters;
 *    short rows — an indicator name, "全面建成数字档案利用平台" — match by accident) restate one item at ≥ RESTATES.
 *    A target table (盐城 2025–2027 附件1: indicator names and yearly values) and a list of the year's own work points
 *    (附件2) do not.
 * 4. In a decomposing table each row is linked to the item it shares most with, when that share is ≥ ROW_LINK_MIN
 *    (ties: the earlier item). A row that restates no item stays a commitment of its own.
 */
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { compareStrings } from '~/lib/order';
import { GENERATED } from '~/schemas/analysis';
import type { Decomposition, TaskRowLink } from '~/schemas/decomposition';
import { byPlan } from '~/lib/clauses';
import { rowTaskText } from '~/lib/decomposition';
import { foldForAnalysis } from './fold';
import { round, shingles } from './vectors';

/** Share of a row's 4-grams found in one item from which the row restates it. */
export const RESTATES = 0.6;
/** Rows at least this long (folded characters) decide whether a table decomposes the body. */
export const LONG_ROW_CHARS = 40;
/** Share of a table's long rows that must restate an item for the table to decompose the body. */
export const DECOMPOSING_SHARE = 0.5;
/** In a decomposing table, the share from which a row (short continuation rows too) is linked to its best item. */
export const ROW_LINK_MIN = 0.5;

/** The clause kinds that are body items a row can restate. */
const BODY_KINDS: ReadonlySet<Clause['kind']> = new Set(['part', 'section', 'item']);

/** An item's own text: its text without the trailer naming departments and deadline. */
export function itemOwnText(c: Pick<Clause, 'text' | 'trailer'>): string {
  return c.trailer && c.text.endsWith(c.trailer) ? c.text.slice(0, c.text.length - c.trailer.length) : c.text;
}

/** Share of `part`'s 4-grams found in `whole` (0 when `part` has none). */
export function restatement(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let hit = 0;
  for (const s of part) if (whole.has(s)) hit += 1;
  return hit / part.size;
}

interface Scored {
  row: Clause;
  chars: number;
  best: { item: string; share: number } | null;
}

/** The linked rows of one plan, in table order ([] when no table of the plan decomposes its body). */
export function decomposePlan(plan: Pick<PolicyDoc, 'parts'>, clauses: readonly Clause[]): TaskRowLink[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const items = clauses
    .filter((c) => BODY_KINDS.has(c.kind))
    .sort((a, b) => a.order - b.order)
    .map((c) => ({ id: c.id, grams: shingles(foldForAnalysis(itemOwnText(c))) }));
  const links: TaskRowLink[] = [];
  for (const part of plan.parts) {
    for (const table of part.tables) {
      const scored: Scored[] = table.rows
        .map((r) => (r.clause ? byId.get(r.clause) : undefined))
        .filter((c): c is Clause => c != null && c.cells != null)
        .map((row) => {
          const text = foldForAnalysis(rowTaskText(row.cells!));
          const grams = shingles(text);
          let best: Scored['best'] = null;
          for (const it of items) {
            const share = restatement(grams, it.grams);
            if (share > (best?.share ?? 0)) best = { item: it.id, share };
          }
          return { row, chars: text.replace(/[\s\p{P}]/gu, '').length, best };
        });
      const long = scored.filter((s) => s.chars >= LONG_ROW_CHARS);
      const restating = long.filter((s) => (s.best?.share ?? 0) >= RESTATES);
      if (long.length === 0 || restating.length < DECOMPOSING_SHARE * long.length) continue;
      for (const s of scored) {
        if (s.best && s.best.share >= ROW_LINK_MIN) links.push({ row: s.row.id, item: s.best.item, containment: round(s.best.share, 3) });
      }
    }
  }
  return links;
}

export const DECOMPOSITION_METHOD =
  `A table row restates a body item when ≥ ${RESTATES * 100} % of its task text's character 4-grams are in the item's own text; ` +
  `a table decomposes the body when ≥ ${DECOMPOSING_SHARE * 100} % of its rows of ≥ ${LONG_ROW_CHARS} characters restate an item; ` +
  `each row of such a table is linked to the item it shares most with when that share is ≥ ${ROW_LINK_MIN * 100} %.`;

/** Every plan's linked rows (plans sorted by slug; plans with none left out). */
export function decompose(plans: readonly PolicyDoc[], clauses: readonly Clause[]): Decomposition {
  const out: Decomposition = { generated: GENERATED, method: DECOMPOSITION_METHOD, plans: {} };
  const clausesOf = byPlan(clauses);
  for (const p of [...plans].sort((a, b) => compareStrings(a.slug, b.slug))) {
    const links = decomposePlan(p, clausesOf.get(p.slug) ?? []);
    if (links.length) out.plans[p.slug] = links;
  }
  return out;
}
