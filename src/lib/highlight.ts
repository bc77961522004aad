/**
 * Safe highlighting: split plain text into segments marking where any of the given terms occurs. Pages render the
 * segments with {expr} (escaped) inside <mark> or as text — the document text is never parsed as HTML.
 */
import { compareStrings } from './order';

/** One run of text; `mark` is true where a term matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Terms usable for matching: non-empty, unique, longest first (so 数据要素市场 wins over 数据要素). */
export function normaliseTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length || compareStrings(a, b));
}

/** Terms prepared for matching: normalised, bucketed by first code unit (each bucket keeps the longest-first order). */
interface Matcher {
  byFirst: Map<string, string[]>;
  /** Segments already computed for a text with these terms (pages show the same clause with the same terms often). */
  done: Map<string, Segment[]>;
}

/** Matchers by their normalised terms (joined), shared by every page of a build. */
const matchers = new Map<string, Matcher>();
/**
 * The matcher of a terms array already seen: pages pass the same array for every clause of a theme (and never
 * change an array they have passed).
 */
const matcherOfArray = new WeakMap<readonly string[], Matcher>();

function matcherFor(terms: readonly string[]): Matcher | null {
  const known = matcherOfArray.get(terms);
  if (known) return known;
  const ts = normaliseTerms(terms);
  if (!ts.length) return null;
  const key = JSON.stringify(ts);
  let m = matchers.get(key);
  if (!m) {
    const byFirst = new Map<string, string[]>();
    for (const t of ts) {
      const bucket = byFirst.get(t[0]);
      if (bucket) bucket.push(t);
      else byFirst.set(t[0], [t]);
    }
    m = { byFirst, done: new Map() };
    matchers.set(key, m);
  }
  matcherOfArray.set(terms, m);
  return m;
}

function split(text: string, byFirst: Map<string, string[]>): Segment[] {
  const out: Segment[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const hit = byFirst.get(text[i])?.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plainFrom < i) out.push({ text: text.slice(plainFrom, i), mark: false });
      const last = out[out.length - 1];
      if (last?.mark) last.text += hit;
      else out.push({ text: hit, mark: true });
      i += hit.length;
      plainFrom = i;
    } else {
      i += 1;
    }
  }
  if (plainFrom < text.length) out.push({ text: text.slice(plainFrom), mark: false });
  return out;
}

/**
 * Split `text` into marked and unmarked segments. Matching is exact substring matching, leftmost first, longest
 * term first at a position, non-overlapping. Joining the segments' text gives back `text` exactly.
 * Results are memoised per (terms, text) for the build; each call returns fresh segment objects.
 */
export function splitByTerms(text: string, terms: readonly string[]): Segment[] {
  const m = matcherFor(terms);
  if (!m || !text) return text ? [{ text, mark: false }] : [];
  let segs = m.done.get(text);
  if (!segs) {
    segs = split(text, m.byFirst);
    m.done.set(text, segs);
  }
  return segs.map((s) => ({ ...s }));
}

/** Whether any term occurs in the text. */
export function containsAny(text: string, terms: readonly string[]): boolean {
  return normaliseTerms(terms).some((t) => text.includes(t));
}
