/**
 * What the learned theme model reads of a clause: the words it says and what the rules made of it.
 *
 * - Words: the jieba tokens (with the project's policy-term dictionary, scripts/data/userdict.utf8, and every
 *   taxonomy phrase) of the text as the tagger reads it (analysisText: folded, without its department trailer), of
 *   its own heading and of its enclosing headings / table groups, each kind with its own prefix (WORD, HEADING_WORD,
 *   CONTEXT_WORD). A token counts when it has at least MIN_TOKEN characters and one Han character (no numbers, no
 *   single characters). Words are crossed with the theme in the model, so each theme learns its own vocabulary.
 * - Rules: per theme, the evidence the rule tagger found (tag.ts themeScores): its score against the clause's
 *   threshold and whether the rules assign the theme, whether the clause's heading / an enclosing part / an enclosing
 *   heading names it, and how many phrases it mentions really, with a target of their own, in passing, or as cues.
 *   These are shared by every theme (one weight each), so what the labels say about the rules is learned from all
 *   of them together.
 * Character bigrams were tried and left out: in leave-one-plan-out cross-validation they lowered recall (they let the
 * model memorise each training plan's phrasing).
 */
import { foldForAnalysis } from '../fold';
import { tokens } from '../jieba';
import { analysisText, type TagInput, type ThemeScore } from '../tag';

/** Shortest token used as a word feature. */
export const MIN_TOKEN = 2;
/** A token must hold a Han character to be a word feature (no numbers, measures, Latin fragments). */
const HAN = /\p{Script=Han}/u;
/** Feature prefixes: a word of the text, of the clause's own heading, of an enclosing heading or table group. */
export const WORD = 'w:';
export const HEADING_WORD = 'h:';
export const CONTEXT_WORD = 'c:';

/**
 * Evidence markers of a ThemeScore (see its `evidence`): a real mention is a bare phrase, "×n" repeated; "#" closes
 * one with a target of its own; "~" opens a cue; (…), <…>, {…}, 《…》, 为…, ^… are passing mentions; […] are
 * heading evidence, [silent] a clause that commits to nothing.
 */
const TARGETED = /#$/u;
const CUE = /^~/u;
const PASSING = /^[(<{《为^]/u;
const HEADING_EVIDENCE = '[heading]';
const PART_EVIDENCE = '[part]';
const CONTEXT_EVIDENCE = '[context]';
const SILENT_EVIDENCE = '[silent]';
const BRACKETED = /^\[/u;

/** Most that the score-to-threshold ratio counts for (a clause far above its threshold is not more certain). */
const RATIO_CAP = 3;

/** Word features already found, per tag input (training and cross-validation read each clause many times). */
const cache = new WeakMap<TagInput, string[]>();

/** The word features of a clause (sorted, distinct): the same for every theme. */
export function wordFeatures(input: TagInput): string[] {
  const known = cache.get(input);
  if (known) return known;
  const out = new Set<string>();
  const add = (prefix: string, text: string) => {
    for (const t of tokens(text)) if (t.length >= MIN_TOKEN && HAN.test(t)) out.add(prefix + t);
  };
  add(WORD, analysisText(input.text));
  if (input.heading) add(HEADING_WORD, foldForAnalysis(input.heading));
  for (const c of [...input.context, ...(input.groups ?? [])]) add(CONTEXT_WORD, foldForAnalysis(c));
  const sorted = [...out].sort();
  cache.set(input, sorted);
  return sorted;
}

/** The rule features of a clause for one theme (name → value; zero values left out). */
export function ruleFeatures(score: ThemeScore): Record<string, number> {
  const ev = score.evidence;
  if (ev.includes(SILENT_EVIDENCE)) return { silent: 1 };
  const mentions = ev.filter((e) => !BRACKETED.test(e));
  const f: Record<string, number> = {
    ratio: Math.min(score.score / score.threshold, RATIO_CAP),
    assigned: score.score >= score.threshold ? 1 : 0,
    heading: ev.includes(HEADING_EVIDENCE) ? 1 : 0,
    part: ev.includes(PART_EVIDENCE) ? 1 : 0,
    context: ev.includes(CONTEXT_EVIDENCE) ? 1 : 0,
    targeted: mentions.filter((e) => TARGETED.test(e)).length,
    cue: mentions.filter((e) => CUE.test(e) && !TARGETED.test(e)).length,
    passing: mentions.filter((e) => PASSING.test(e)).length,
    real: mentions.filter((e) => !CUE.test(e) && !PASSING.test(e) && !TARGETED.test(e)).length,
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== 0));
}
