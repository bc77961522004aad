/**
 * What the learned theme model reads of a clause: the words it says and what the rules made of it.
 *
 * - Words: the jieba tokens (with the project's policy-term dictionary, scripts/data/userdict.utf8, and every
 *   taxonomy phrase) of the text as the tagger reads it (analysisText: folded, without its department trailer), of
 *   its own heading and of its enclosing headings / table groups, each kind with its own prefix (WORD, HEADING_WORD,
 *   CONTEXT_WORD). A token counts when it has at least MIN_TOKEN characters and one Han character (no numbers, no
 *   single characters). Words are crossed with the theme in the model, so each theme learns its own vocabulary.
 * - Rules: per theme, the rule evidence (tag-features.ts ruleEvidence, scored by tag-score.ts): the score against the
 *   clause's threshold and whether the rules assign the theme; whether the clause's heading / an enclosing part / an
 *   enclosing heading or table group names it; how many of its phrases are mentioned really (key terms apart), with a
 *   target of their own, as cues, and in passing — per passing rule (listed, framed, aim, cited, purpose, guidance);
 *   per clause, whether it is short and whether it sits in a section of guidance. These are shared by every theme (one
 *   weight each), so what the labels say about the rules is learned from all themes together. A clause the rules
 *   silence (an issuing notice, definitions, a section that looks back) has only its silence as a feature.
 * Character bigrams were tried and left out: in leave-one-plan-out cross-validation they lowered recall (they let the
 * model memorise each training plan's phrasing).
 */
import { foldForAnalysis } from '../fold';
import { tokens } from '../jieba';
import { SHORT_CLAUSE } from '~/data/tagger';
import { analysisText, type RuleEvidence, type TagInput, type ThemeEvidence, type ThemeScore } from '../tag';

/** Shortest token used as a word feature. */
export const MIN_TOKEN = 2;
/** A token must hold a Han character to be a word feature (no numbers, measures, Latin fragments). */
const HAN = /\p{Script=Han}/u;
/** Feature prefixes: a word of the text, of the clause's own heading, of an enclosing heading or table group. */
export const WORD = 'w:';
export const HEADING_WORD = 'h:';
export const CONTEXT_WORD = 'c:';

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
export function ruleFeatures(evidence: RuleEvidence, theme: ThemeEvidence, score: ThemeScore): Record<string, number> {
  if (evidence.mode === 'silent') return { [`silent:${evidence.silence}`]: 1 };
  const f: Record<string, number> = {
    ratio: Math.min(score.score / score.threshold, RATIO_CAP),
    assigned: score.score >= score.threshold ? 1 : 0,
    heading: theme.heading ? 1 : 0,
    part: theme.part ? 1 : 0,
    context: theme.context ? 1 : 0,
    short: evidence.length <= SHORT_CLAUSE ? 1 : 0,
    guidance: evidence.mode === 'guidance' ? 1 : 0,
  };
  const add = (name: string, n = 1) => (f[name] = (f[name] ?? 0) + n);
  for (const hit of theme.hits) {
    if (hit.kind === 'passing') for (const why of hit.passing) add(`passing:${why}`);
    else add(`${hit.kind === 'targeted' ? 'targeted' : 'real'}:${hit.role}`, hit.count);
  }
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== 0));
}
