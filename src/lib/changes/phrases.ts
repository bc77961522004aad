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

/**
 * A name printed in quotation marks: how a plan names the programme, platform or app it commits to (“我的盐城”APP,
 * “盐企通”, “城市驾驶舱”, “数据要素×”). The text between the marks, 2–24 characters, on one line.
 */
export const QUOTED_NAME = /[“「『"]([^”」』"\n]{2,24})[”」』"]/gu;

/**
 * A name in Latin letters and digits with at least one letter and three characters (APP, IPV6, CIM), or a number of
 * at least five digits naming a service line (12345): how plans name a system by its code. Folded to upper case.
 * Plain numbers shorter than that are quantities (3000 家, 100 个), not names.
 */
export const CODE_NAME = /(?<![A-Za-z0-9])(?:(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{3,}|[0-9]{5,})(?![A-Za-z0-9])/gu;

/**
 * The named objects of a unit: what its quoted names and code names call the things it commits to, read from its
 * tokens (the text as printed; the content words drop numbers and quotation marks). Renames apply as to words.
 */
export function objectsOf(u: Pick<AlignUnit, 'paragraphs'>, rename: (name: string) => string = (n) => n): Set<string> {
  const out = new Set<string>();
  for (const p of u.paragraphs) {
    const text = p.tokens.join('').normalize('NFKC');
    for (const m of text.matchAll(QUOTED_NAME)) out.add(rename(m[1].toUpperCase()));
    for (const m of text.matchAll(CODE_NAME)) out.add(rename(m[0].toUpperCase()));
  }
  return out;
}

/** Object sets of a plan's units and, per object, how many of them name it (the same shape as PlanPhrases). */
export function planObjects(units: readonly Pick<AlignUnit, 'paragraphs'>[], rename?: (name: string) => string): PlanPhrases {
  const sets = units.map((u) => objectsOf(u, rename));
  const counts = new Map<string, number>();
  for (const s of sets) for (const g of s) counts.set(g, (counts.get(g) ?? 0) + 1);
  return { sets, counts };
}
