/**
 * Shared phrases: the evidence that a later clause carries forward a concrete commitment of an earlier one — the
 * same named programme, platform or task (盐农云, 城市生命线安全工程, 农产品出村进城, 招商推介) — rather than a
 * theme word both plans use everywhere (数据, 安全, 平台, 园区).
 *
 * A phrase is a run of PHRASE_CHARS characters inside a sentence's content words, joined (so it may span two
 * adjacent words: 招商 + 推介). Each phrase two clauses share counts 1 / (nE × nL), where nE and nL are the numbers
 * of clauses of each plan that contain it: a phrase found in this clause only, on both sides, counts 1; one found in
 * five clauses of each plan counts 1/25. A long shared phrase counts once per PHRASE_CHARS-window in it, so
 * 盐农云农业农村大数据平台 weighs more than 平台经济.
 */
import type { AlignUnit } from '~/schemas/changes';

/** Characters per phrase window. */
export const PHRASE_CHARS = 4;

/** The phrase windows of a unit (within sentences, never across two). */
export function phrasesOf(u: Pick<AlignUnit, 'paragraphs'>, n = PHRASE_CHARS): Set<string> {
  const out = new Set<string>();
  for (const p of u.paragraphs) {
    for (const s of p.sentences) {
      for (const w of s) {
        const chars = [...w];
        if (chars.length < n) {
          if (chars.length >= n - 1) out.add(w);
          continue;
        }
        for (let i = 0; i + n <= chars.length; i += 1) out.add(chars.slice(i, i + n).join(''));
      }
    }
  }
  return out;
}

/** Phrase sets of a plan's units and, per phrase, how many of them contain it. */
export interface PlanPhrases {
  sets: Set<string>[];
  counts: Map<string, number>;
}

export function planPhrases(units: readonly Pick<AlignUnit, 'paragraphs'>[]): PlanPhrases {
  const sets = units.map((u) => phrasesOf(u));
  const counts = new Map<string, number>();
  for (const s of sets) for (const g of s) counts.set(g, (counts.get(g) ?? 0) + 1);
  return { sets, counts };
}

/** The shared-phrase evidence of unit i of the earlier plan and unit j of the later, with the phrases shared. */
export function sharedPhrases(e: PlanPhrases, i: number, l: PlanPhrases, j: number): { score: number; phrases: string[] } {
  const [a, b] = [e.sets[i], l.sets[j]];
  let score = 0;
  const phrases: string[] = [];
  for (const g of a) {
    if (!b.has(g)) continue;
    score += 1 / (e.counts.get(g)! * l.counts.get(g)!);
    phrases.push(g);
  }
  return { score, phrases };
}
