/**
 * Excerpts with highlighted matches, as plain segments (the page turns them into text nodes and <mark>s; no HTML
 * is ever built from document text).
 */
import { foldText } from './fold';

/** A piece of an excerpt; `mark` pieces are matches of a query term. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/** Shown where an excerpt cuts the clause text. */
export const ELLIPSIS = '…';
/** Excerpt length (UTF-16 units of original text) and how much comes before the first match. */
export const EXCERPT_LENGTH = 160;
export const EXCERPT_LEAD = 40;

/**
 * Ranges [start, end) of the original text where any folded term occurs (matched on folded text, so spaces,
 * width and case do not matter). Overlapping ranges are merged; sorted by start.
 */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = foldText(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const t = [...term];
    if (t.length === 0) continue;
    outer: for (let i = 0; i + t.length <= folded.chars.length; i++) {
      for (let j = 0; j < t.length; j++) if (folded.chars[i + j] !== t[j]) continue outer;
      ranges.push([folded.start[i]!, folded.end[i + t.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Do not cut a surrogate pair in half. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * An excerpt of about EXCERPT_LENGTH characters starting a little before the first match, with every match inside it
 * marked. Short texts are shown whole.
 */
export function excerpt(text: string, terms: readonly string[], length = EXCERPT_LENGTH, lead = EXCERPT_LEAD): Segment[] {
  const ranges = matchRanges(text, terms);
  let from = 0;
  let to = text.length;
  if (text.length > length) {
    const first = ranges[0]?.[0] ?? 0;
    from = snap(text, Math.max(0, Math.min(first - lead, text.length - length)));
    to = snap(text, Math.min(text.length, from + length));
    // Never cut through the first match.
    if (ranges[0] && ranges[0][1] > to) to = ranges[0][1];
  }
  const segments: Segment[] = [];
  if (from > 0) segments.push({ text: ELLIPSIS, mark: false });
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const ms = Math.max(s, from);
    const me = Math.min(e, to);
    if (ms > at) segments.push({ text: text.slice(at, ms), mark: false });
    segments.push({ text: text.slice(ms, me), mark: true });
    at = me;
  }
  if (to > at) segments.push({ text: text.slice(at, to), mark: false });
  if (to < text.length) segments.push({ text: ELLIPSIS, mark: false });
  return segments;
}
