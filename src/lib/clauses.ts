/**
 * Clauses: document order, where each clause sits in its plan, its neighbours, and grouping by theme and city.
 */
import type { Clause, Part, PolicyDoc, Section, Table } from '~/schemas/policy';

/** Clauses in document order. */
export function inDocumentOrder<T extends Pick<Clause, 'order'>>(clauses: readonly T[]): T[] {
  return [...clauses].sort((a, b) => a.order - b.order);
}

/** Clauses grouped by plan slug, each list in document order. */
export function byPlan<T extends Pick<Clause, 'plan' | 'order'>>(clauses: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of clauses) {
    const group = out.get(c.plan);
    if (group) group.push(c);
    else out.set(c.plan, [c]);
  }
  for (const [k, v] of out) out.set(k, inDocumentOrder(v));
  return out;
}

/** Clause ids that are rows of the given tables. */
export function tableRowIds(tables: readonly Table[]): Set<string> {
  return new Set(tables.flatMap((t) => t.rows.map((r) => r.clause).filter((id): id is string => id != null)));
}

/** Where a clause sits: its part, its section (if any), and the table it is a row of (if any). */
export interface ClauseLocation {
  part: Part;
  section: Section | null;
  table: Table | null;
}

/** Find a clause id in a plan's structure; null when the plan does not list it. */
export function locate(plan: Pick<PolicyDoc, 'parts'>, id: string): ClauseLocation | null {
  for (const part of plan.parts) {
    for (const table of part.tables) if (table.rows.some((r) => r.clause === id)) return { part, section: null, table };
    if (part.clauses.includes(id)) return { part, section: null, table: null };
    for (const section of part.sections) if (section.clauses.includes(id)) return { part, section, table: null };
  }
  return null;
}

/**
 * The clause ids a reader sees around a clause: the other clauses of its section, or of its part when it sits
 * directly under the part, or the rows of its table.
 */
export function siblingIds(plan: Pick<PolicyDoc, 'parts'>, id: string): string[] {
  const loc = locate(plan, id);
  if (!loc) return [id];
  if (loc.table) return loc.table.rows.map((r) => r.clause).filter((x): x is string => x != null);
  if (loc.section) return loc.section.clauses;
  const rows = tableRowIds(loc.part.tables);
  return loc.part.clauses.filter((c) => !rows.has(c));
}

/** Every clause id the structure lists, in structural order (part clauses, then sections, then table rows). */
export function structureIds(plan: Pick<PolicyDoc, 'parts'>): string[] {
  return plan.parts.flatMap((part) => {
    const rows = tableRowIds(part.tables);
    return [
      ...part.clauses.filter((c) => !rows.has(c)),
      ...part.sections.flatMap((s) => s.clauses),
      ...part.tables.flatMap((t) => t.rows.map((r) => r.clause).filter((x): x is string => x != null)),
    ];
  });
}

/** A plan's clauses in document order with each clause's position, by the list asked about (lists are not changed). */
const orderedLists = new WeakMap<readonly object[], { ordered: readonly object[]; at: Map<string, number> }>();

/** The previous and next clause in document order (each clause page asks with its plan's list: sorted once). */
export function neighbours<T extends Pick<Clause, 'id' | 'order'>>(planClauses: readonly T[], id: string): { prev: T | null; next: T | null } {
  let known = orderedLists.get(planClauses);
  if (!known) {
    const sorted = inDocumentOrder(planClauses);
    const at = new Map<string, number>();
    sorted.forEach((c, k) => {
      if (!at.has(c.id)) at.set(c.id, k);
    });
    known = { ordered: sorted, at };
    orderedLists.set(planClauses, known);
  }
  const ordered = known.ordered as readonly T[];
  const i = known.at.get(id) ?? -1;
  if (i < 0) return { prev: null, next: null };
  return { prev: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

/** Clauses tagged with a theme. */
export function withTheme<T extends Pick<Clause, 'themes'>>(clauses: readonly T[], theme: string): T[] {
  return clauses.filter((c) => c.themes.includes(theme));
}

/** Clause count per theme slug (a clause counts once per theme). */
export function themeCounts(clauses: readonly Pick<Clause, 'themes'>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of clauses) for (const t of new Set(c.themes)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/**
 * The number a reader sees beside a clause: the last element of its path ("1", "(三)", "附件1"), or null for
 * notice/preamble/part-level text whose own numbering is its part's.
 */
export function clauseNumber(clause: Pick<Clause, 'kind' | 'path'>): string | null {
  if (clause.kind !== 'item' && clause.kind !== 'row') return null;
  return clause.path.length ? clause.path[clause.path.length - 1] : null;
}

/** Departments of a clause in one list (lead first), without repeats. */
export function allDepartments(clause: Pick<Clause, 'departments'>): string[] {
  return [...new Set([...clause.departments.lead, ...clause.departments.responsible])];
}
