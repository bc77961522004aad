/**
 * Theme tagger, step 4 — scoring: a score per theme from a clause's rule evidence (tag-features.ts), against a
 * threshold for the clause's length. The weights and thresholds are reviewed data in src/data/tagger.ts:
 * - a term or synonym really mentioned is STRONG (each further mention adds REPEAT, up to REPEAT_CAP of them);
 *   a key term really mentioned, or any term with a quantified target of its own, decides on its own (KEY);
 * - a cue, or a term only mentioned in passing, is WEAK; a cue with a target of its own is STRONG yet still weak
 *   evidence; all weak evidence together adds at most WEAK_CAP, so it never decides a long clause alone;
 *   a mention only in sentences of purpose, or only without a target in a section of guidance, adds nothing at all;
 * - the clause's own heading naming the theme decides (HEADING); an enclosing heading with a part term decides
 *   (PART), else one with a heading term, or a table group with one, adds CONTEXT;
 * - a clause that commits to nothing (an issuing notice, definitions, a section that looks back) scores nothing.
 * A short clause (up to SHORT_CLAUSE characters: a row, a one-line target) needs THRESHOLD_SHORT, a longer one
 * THRESHOLD_LONG.
 */
import {
  CONTEXT,
  HEADING,
  KEY,
  PART,
  REPEAT,
  REPEAT_CAP,
  SHORT_CLAUSE,
  STRONG,
  THRESHOLD_LONG,
  THRESHOLD_SHORT,
  WEAK,
  WEAK_CAP,
} from '~/data/tagger';
import { ruleEvidence, type RuleEvidence, type TermHit, type ThemeEvidence } from './tag-features';
import type { TagInput } from './tag-text';

export interface ThemeScore {
  slug: string;
  score: number;
  threshold: number;
  /**
   * What counted: "term", "term×n" (repeated), "term#" / "~cue#" (with a quantified target of its own), "(term)"
   * (listed), "<term>" (in a leading frame), "{term}" (subject of a qualitative aim), "《term》" (inside a cited title),
   * "为term" (in a sentence of purpose), "^term" (in a section of guidance, without a target), "~cue", "[heading]",
   * "[context]", "[part]", "[silent]" (an issuing notice, definitions or a section that looks back: no theme).
   */
  evidence: string[];
}

/** The score a clause of this length needs (folded, trailer removed). */
export const thresholdFor = (length: number) => (length <= SHORT_CLAUSE ? THRESHOLD_SHORT : THRESHOLD_LONG);

/**
 * A hit found only in sentences of purpose (PURPOSE_SENTENCE), which commit to nothing, or only without a target in a
 * section of guidance (GUIDANCE_HEADING, PRINCIPLE_SENTENCE), where by the labelling policy a direction is not a
 * commitment: shown, but no evidence at all — not even for a short principle ("政策引领,加大政策支持力度。").
 */
const noEvidence = (h: TermHit) =>
  h.kind === 'passing' && h.passing.length === 1 && (h.passing[0] === 'purpose' || h.passing[0] === 'guidance');

/** How a passing term shows in the evidence (see ThemeScore): the first reason in this order marks it. */
function passingEvidence(term: string, why: TermHit['passing']): string {
  if (why.includes('framed')) return `<${term}>`;
  if (why.includes('aim')) return `{${term}}`;
  if (why.includes('cited')) return `《${term}》`;
  if (why.includes('purpose')) return `为${term}`;
  if (why.includes('guidance')) return `^${term}`;
  return `(${term})`;
}

/** The score and evidence of one theme. */
function scoreTheme(t: ThemeEvidence, threshold: number): ThemeScore {
  let score = 0;
  let weakScore = 0;
  const evidence: string[] = [];
  for (const h of t.hits) {
    if (h.role === 'cue') {
      if (h.kind === 'targeted') {
        // A cue with a quantified target is as strong as a term, yet still weak evidence: it settles a short row
        // or target ("累计建成省级以上专精特新企业(家) | 170 | 230 | 300"), never a long clause alone.
        weakScore += STRONG;
        evidence.push(`~${h.phrase}#`);
      } else {
        if (!noEvidence(h)) weakScore += WEAK;
        evidence.push(`~${h.phrase}`);
      }
    } else if (h.kind === 'passing') {
      // Only in a sentence of purpose: shown, but no evidence at all (not even for a short clause).
      if (!noEvidence(h)) weakScore += WEAK;
      evidence.push(passingEvidence(h.phrase, h.passing));
    } else {
      const s = STRONG + Math.min(h.count - 1, REPEAT_CAP) * REPEAT;
      const decisive = h.role === 'key' || h.kind === 'targeted';
      score += decisive ? Math.max(KEY, s) : s;
      const shown = h.count > 1 ? `${h.phrase}×${h.count}` : h.phrase;
      evidence.push(h.kind === 'targeted' ? `${shown}#` : shown);
    }
  }
  score += Math.min(weakScore, WEAK_CAP);
  if (t.heading) {
    score += HEADING;
    evidence.push('[heading]');
  }
  if (t.part) {
    score += PART;
    evidence.push('[part]');
  } else if (t.context) {
    score += CONTEXT;
    evidence.push('[context]');
  }
  return { slug: t.slug, score, threshold, evidence };
}

/** Per-theme scores with their evidence, in taxonomy order, from a clause's rule evidence. */
export function scoreEvidence(e: RuleEvidence): ThemeScore[] {
  if (e.mode === 'silent') {
    return e.themes.map((t) => ({ slug: t.slug, score: 0, threshold: THRESHOLD_LONG, evidence: ['[silent]'] }));
  }
  const threshold = thresholdFor(e.length);
  return e.themes.map((t) => scoreTheme(t, threshold));
}

/** Per-theme scores with their evidence, in taxonomy order (for tagThemes, explanations and tests). */
export function themeScores(input: TagInput): ThemeScore[] {
  return scoreEvidence(ruleEvidence(input));
}
