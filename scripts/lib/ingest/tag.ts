/**
 * Stage 6 — tag. Every clause gets its themes from the one reviewed taxonomy (src/data/themes.ts) through the
 * analysis layer's tagger; the schema only admits slugs of that table.
 */
import type { Clause } from '../../../src/schema';
import { tagThemes } from '../analysis/tag';

export function tag(clauses: Clause[]): Clause[] {
  return clauses.map((c) => ({ ...c, themes: tagThemes({ text: c.text, heading: c.heading, context: c.context }) }));
}
