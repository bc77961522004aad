/**
 * Safe highlighting: split plain text into segments marking where any of the given terms occurs. Pages render the
 * segments with {expr} (escaped) inside <mark> or as text — the document text is never parsed as HTML.
 */

/** One run of text; `mark` is true where a term matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Terms usable for matching: non-empty, unique, longest first (so 数据要素市场 wins over 数据要素). */
export function normaliseTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * Split `text` into marked and unmarked segments. Matching is exact substring matching, leftmost first, longest
 * term first at a position, non-overlapping. Joining the segments' text gives back `text` exactly.
 */
export function splitByTerms(text: string, terms: readonly string[]): Segment[] {
  const ts = normaliseTerms(terms);
  if (!ts.length || !text) return text ? [{ text, mark: false }] : [];
  const out: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = ts.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plain) out.push({ text: plain, mark: false });
      plain = '';
      const last = out[out.length - 1];
      if (last?.mark) last.text += hit;
      else out.push({ text: hit, mark: true });
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push({ text: plain, mark: false });
  return out;
}

/** Whether any term occurs in the text. */
export function containsAny(text: string, terms: readonly string[]): boolean {
  return normaliseTerms(terms).some((t) => text.includes(t));
}
