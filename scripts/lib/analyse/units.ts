/**
 * content/analysis/units.json: every plan's commitments as the aligner reads them (src/lib/changes/units.ts), each
 * paragraph cut by jieba with the project dictionary — all tokens, so a diff can show the text exactly, and the
 * content words among them (terms.ts: the same words as keywords and similar clauses), which similarity compares.
 */
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { compareStrings } from '~/lib/order';
import { GENERATED } from '~/schemas/analysis';
import type { AlignUnit, UnitsFile } from '~/schemas/changes';
import type { Decomposition } from '~/schemas/decomposition';
import { byPlan } from '~/lib/clauses';
import { commitments, taskLinks } from '~/lib/decomposition';
import { clauseLevel, isAligned, sentencesOf, unitParagraphTexts } from '~/lib/changes/units';
import type { Progress } from '../progress';
import { tokens } from './jieba';
import { contentTokens } from './terms';

/** A plan's units in document order. */
export function planUnits(clauses: readonly Clause[], opts: { departments: readonly string[]; city: string | null }): AlignUnit[] {
  return [...clauses]
    .sort((a, b) => a.order - b.order)
    .filter(isAligned)
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      themes: c.themes,
      level: clauseLevel(c),
      paragraphs: unitParagraphTexts(c).map((text) => ({
        tokens: tokens(text),
        sentences: sentencesOf(text).map((s) => contentTokens(s, opts)),
      })),
    }))
    .filter((u) => u.paragraphs.length > 0);
}

/**
 * Every plan's units (plans by slug). `departments`: the corpus's department names (terms.ts departmentNames);
 * `progress` is told of each plan done.
 */
export function corpusUnits(
  plans: readonly PolicyDoc[],
  clauses: readonly Clause[],
  decomposition: Pick<Decomposition, 'plans'>,
  departments: readonly string[],
  progress: Pick<Progress, 'tick'> = { tick() {} },
): UnitsFile {
  const links = taskLinks(decomposition);
  const clausesOf = byPlan(clauses);
  const out: UnitsFile = { generated: GENERATED, plans: {} };
  for (const p of [...plans].sort((a, b) => compareStrings(a.slug, b.slug))) {
    const own = commitments(links, clausesOf.get(p.slug) ?? []);
    out.plans[p.slug] = planUnits(own, { departments, city: p.city });
    progress.tick();
  }
  return out;
}
