/**
 * Theme tagger: which themes of the taxonomy (src/data/themes.ts) a clause is about.
 *
 * Deterministic and fast: nodejieba (with the policy-term user dictionary) is loaded once; per clause the text is
 * folded (normalise.ts), cut into tokens once, and every theme's terms are looked up in it.
 *
 * Evidence, per theme (weights are named constants below):
 * - a term or synonym mentioned in the clause text is STRONG evidence, unless every mention sits inside an
 *   enumeration of things ("云计算、大数据、人工智能等"), which only makes it WEAK;
 * - a cue is WEAK evidence;
 * - the clause's own heading naming the theme (a term, synonym, cue or heading term) is HEADING evidence;
 * - an enclosing part/section heading containing one of the theme's heading terms is CONTEXT evidence.
 * A theme is assigned when its score reaches THRESHOLD. Mentions inside an exclusion phrase never count.
 * Short terms (≤ 2 characters) must start on a jieba token boundary, so "算力" is not found inside "计算力".
 */
import { themes, type ThemeDef } from '../../../src/data/themes';
import { addWords, tokens } from './jieba';
import { foldForAnalysis } from './normalise';

export interface TagInput {
  /** The clause's full display text. */
  text: string;
  /** The clause's own heading, null when it has none. */
  heading: string | null;
  /** Enclosing part/section headings, outermost first. */
  context: string[];
}

/** Score of one non-enumerated mention of a term or synonym. */
const STRONG = 2;
/** Score of a cue, or of a term only mentioned inside an enumeration. */
const WEAK = 1;
/** Score of the clause's own heading naming the theme. */
const HEADING = 2;
/** Score of an enclosing heading naming the theme. */
const CONTEXT = 1;
/** Score at which a theme is assigned. */
const THRESHOLD = 2;
/** Terms this short must start on a token boundary. */
const SHORT_TERM = 2;
/** Enumeration separators: a mention right next to one of these is part of a list. */
const LIST_SEPARATORS = new Set(['、']);
/** A mention followed by this (after optional closing quote) ends a list: "…、人工智能等领域". */
const LIST_END = '等';

interface CompiledTheme {
  slug: string;
  strong: string[];
  cues: string[];
  headingTerms: string[];
  exclusions: string[];
}

const fold = (s: string) => foldForAnalysis(s);

const compiled: CompiledTheme[] = themes.map((t: ThemeDef) => ({
  slug: t.slug,
  strong: [...new Set([...t.terms, ...t.synonyms].map(fold))],
  cues: [...new Set(t.cues.map(fold))],
  headingTerms: [...new Set(t.headingTerms.map(fold))],
  exclusions: [...new Set(t.exclusions.map(fold))],
}));

// Every multi-character taxonomy phrase becomes a dictionary word, so jieba keeps it whole.
addWords(
  compiled.flatMap((t) => [...t.strong, ...t.cues, ...t.headingTerms]).filter((w) => w.length > SHORT_TERM),
);

/** A folded text with its token start offsets. */
interface Prepared {
  text: string;
  starts: Set<number>;
}

function prepare(raw: string): Prepared {
  const text = fold(raw);
  const starts = new Set<number>();
  let at = 0;
  for (const tok of tokens(text)) {
    starts.add(at);
    at += tok.length;
  }
  starts.add(at);
  return { text, starts };
}

/** Character spans covered by exclusion phrases. */
function excludedSpans(text: string, exclusions: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const ex of exclusions) {
    for (let i = text.indexOf(ex); i >= 0; i = text.indexOf(ex, i + 1)) spans.push([i, i + ex.length]);
  }
  return spans;
}

type Mention = 'none' | 'listed' | 'real';

/** How a term is mentioned in a prepared text: not at all, only inside enumerations, or really. */
function mention(p: Prepared, term: string, excluded: Array<[number, number]>): Mention {
  let best: Mention = 'none';
  for (let i = p.text.indexOf(term); i >= 0; i = p.text.indexOf(term, i + 1)) {
    const end = i + term.length;
    if (excluded.some(([a, b]) => i < b && end > a)) continue;
    if (term.length <= SHORT_TERM && !p.starts.has(i)) continue;
    const before = p.text[i - 1] ?? '';
    const after = p.text.slice(end).replace(/^[”’"]/, '');
    const listed = LIST_SEPARATORS.has(before) || LIST_SEPARATORS.has(after[0] ?? '') || after.startsWith(LIST_END);
    if (!listed) return 'real';
    best = 'listed';
  }
  return best;
}

function containsAny(text: string, phrases: string[], excluded: Array<[number, number]>, p?: Prepared): boolean {
  const prepared = p ?? { text, starts: new Set<number>() };
  return phrases.some((ph) => {
    for (let i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + 1)) {
      const end = i + ph.length;
      if (excluded.some(([a, b]) => i < b && end > a)) continue;
      if (p && ph.length <= SHORT_TERM && !prepared.starts.has(i)) continue;
      return true;
    }
    return false;
  });
}

/** Per-theme scores, for explanation and tests. */
export function themeScores(input: TagInput): Array<{ slug: string; score: number }> {
  const body = prepare(input.text);
  const heading = input.heading ? prepare(input.heading) : null;
  const context = fold(input.context.join(' / '));
  return compiled.map((t) => {
    const ex = excludedSpans(body.text, t.exclusions);
    let score = 0;
    for (const term of t.strong) {
      const m = mention(body, term, ex);
      score += m === 'real' ? STRONG : m === 'listed' ? WEAK : 0;
    }
    for (const cue of t.cues) if (mention(body, cue, ex) !== 'none') score += WEAK;
    if (heading) {
      const hex = excludedSpans(heading.text, t.exclusions);
      if (containsAny(heading.text, [...t.strong, ...t.cues, ...t.headingTerms], hex, heading)) score += HEADING;
    }
    if (context && containsAny(context, t.headingTerms, excludedSpans(context, t.exclusions))) score += CONTEXT;
    return { slug: t.slug, score };
  });
}

/** Theme slugs of a clause, in taxonomy order; may be several, may be none. */
export function tagThemes(input: TagInput): string[] {
  return themeScores(input)
    .filter((s) => s.score >= THRESHOLD)
    .map((s) => s.slug);
}
