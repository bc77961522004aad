/**
 * Stage 6 — tag. Every clause gets its themes from the one reviewed taxonomy (src/data/themes.ts) through the
 * analysis layer's tagger (which reads a table's rows together, to tell group columns from a row's own cells); the
 * schema only admits slugs of that table.
 */
import type { Clause } from '../../../src/schema';
import { tagClauses } from '../analysis/tag';

export function tag(clauses: Clause[]): Clause[] {
  const themes = tagClauses(clauses);
  return clauses.map((c, i) => ({ ...c, themes: themes[i] }));
}
