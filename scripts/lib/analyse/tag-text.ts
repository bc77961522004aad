/**
 * Theme tagger, step 1 — text preparation: what the tagger reads of a clause, and how the clause frames it.
 *
 * A clause's text is folded (fold.ts) and its closing department trailer dropped (TRAILER); the folded text is cut
 * into jieba tokens once (their start offsets: short terms must start on one) and its spans that commit to nothing
 * are found: titles in 《…》 (CITED_TITLE) and sentences of purpose (PURPOSE_SENTENCE). The clause as a whole may
 * commit to nothing (an issuing notice, definitions, a section that looks back: 'silent') or stand in a section of
 * guidance (指导思想, 基本原则: 'guidance'), see sectionMode. The patterns are reviewed data in src/data/tagger.ts.
 */
import {
  CITED_TITLE,
  CONSULTATION_NOTICE,
  DEFINITION,
  GUIDANCE_HEADING,
  ISSUING_NOTICE,
  LEADING_LABEL,
  PRINCIPLE_SENTENCE,
  PURPOSE_SENTENCE,
  RETROSPECT_HEADING,
  SCOPE_ARTICLE,
  SENTENCE_END,
  TRAILER,
} from '~/data/tagger';
import { foldForAnalysis } from './fold';
import { taxonomyTokens } from './tag-taxonomy';

export interface TagInput {
  /** The clause's full display text. */
  text: string;
  /** The clause's own heading, null when it has none. */
  heading: string | null;
  /** Enclosing part/section headings, outermost first. */
  context: string[];
  /**
   * For a table row: the labels of the groups it belongs to within its table (group rows such as "一、体系保障(5项)",
   * group columns such as 工作要点 "数字治理提效行动"). They name a category of tasks, so they are read like an enclosing
   * heading (CONTEXT evidence) but never as a document part: only a part of the document itself (保障措施) settles
   * the theme of everything under it.
   */
  groups?: string[];
}

/** A range [start, end) of a folded text. */
export type Span = [number, number];

export const fold = (s: string) => foldForAnalysis(s);

/** The clause text as the tagger reads it: folded, without its closing department trailer. */
export function analysisText(text: string): string {
  return fold(text).replace(TRAILER, '');
}

/** A folded text, its token start offsets, and the spans that commit to nothing (CITED_TITLE, PURPOSE_SENTENCE). */
export interface Prepared {
  text: string;
  starts: Set<number>;
  cited: Span[];
  purpose: Span[];
}

/** Token starts (and the end) of a folded text. */
function tokenStarts(folded: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const tok of taxonomyTokens(folded)) {
    starts.add(at);
    at += tok.length;
  }
  starts.add(at);
  return starts;
}

/** The sentences (up to and with their SENTENCE_END) that are sentences of purpose (PURPOSE_SENTENCE). */
function purposeSpans(folded: string): Span[] {
  const purpose: Span[] = [];
  let from = 0;
  while (from < folded.length) {
    const stop = folded.indexOf(SENTENCE_END, from);
    const end = stop < 0 ? folded.length : stop + 1;
    if (PURPOSE_SENTENCE.test(folded.slice(from, end))) purpose.push([from, end]);
    from = end;
  }
  return purpose;
}

export function prepare(folded: string): Prepared {
  const cited: Span[] = [...folded.matchAll(CITED_TITLE)].map((m) => [m.index, m.index + m[0].length]);
  return { text: folded, starts: tokenStarts(folded), cited, purpose: purposeSpans(folded) };
}

/** Whether [i, end) lies inside one of the spans. */
export const within = (spans: Span[], i: number, end: number) => spans.some(([a, b]) => i >= a && end <= b);

/** Every occurrence of each phrase in the text. */
export function spansOf(text: string, phrases: string[]): Span[] {
  const spans: Span[] = [];
  for (const ph of phrases) {
    for (let i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + 1)) spans.push([i, i + ph.length]);
  }
  return spans;
}

/**
 * Why a clause commits to nothing: an issuing notice, a call for comments, a preamble that ends by saying why the
 * document was written, definitions, a scope article, or a section that looks back.
 */
export type Silence = 'notice' | 'consultation' | 'purpose' | 'definition' | 'scope' | 'retrospect';

/** Whether the clause's last sentence is a sentence of purpose (PURPOSE_SENTENCE): a preamble saying why. */
function endsInPurpose(folded: string): boolean {
  const end = folded.trimEnd().length;
  return end > 0 && purposeSpans(folded.slice(0, end)).some(([, b]) => b === end);
}

/** How a clause frames what it says: 'silent' (takes no theme), 'guidance' (only targets count) or 'plan'. */
export interface SectionMode {
  mode: 'silent' | 'guidance' | 'plan';
  /** For a silent clause, which rule silenced it (see sectionMode); else null. */
  silence: Silence | null;
}

/**
 * How a clause frames what it says (`folded`: its analysisText): 'silent' for an issuing notice (ISSUING_NOTICE), a
 * call for comments (CONSULTATION_NOTICE), a clause ending in a sentence of purpose (PURPOSE_SENTENCE), definitions
 * (DEFINITION), a scope article (SCOPE_ARTICLE) or a section that looks back (RETROSPECT_HEADING), which take no
 * theme; 'guidance' for a clause setting a principle (PRINCIPLE_SENTENCE) or in a
 * section of guidance (GUIDANCE_HEADING); 'plan' else. Sections are named by the enclosing headings, the clause's
 * heading or its first line (LEADING_LABEL).
 */
export function sectionMode(input: TagInput, folded: string): SectionMode {
  if (ISSUING_NOTICE.test(folded)) return { mode: 'silent', silence: 'notice' };
  if (CONSULTATION_NOTICE.test(folded)) return { mode: 'silent', silence: 'consultation' };
  if (endsInPurpose(folded)) return { mode: 'silent', silence: 'purpose' };
  if (DEFINITION.test(folded)) return { mode: 'silent', silence: 'definition' };
  if (SCOPE_ARTICLE.test(folded)) return { mode: 'silent', silence: 'scope' };
  const label = LEADING_LABEL.exec(input.text)?.[1];
  const names = [...input.context, input.heading ?? '', label ?? ''].map((h) => fold(h));
  if (names.some((h) => RETROSPECT_HEADING.test(h))) return { mode: 'silent', silence: 'retrospect' };
  if (names.some((h) => GUIDANCE_HEADING.test(h)) || PRINCIPLE_SENTENCE.test(folded)) return { mode: 'guidance', silence: null };
  return { mode: 'plan', silence: null };
}
