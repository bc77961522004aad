/**
 * Folding: the one definition of "the same text" for search, used by the index builder (Node) and by the
 * search page (browser), so both sides agree character for character.
 *
 * A character folds to: its NFKC form (full-width Ａ１（ → A1(, compatibility ideographs → unified ones),
 * lower-cased, and nothing at all when it is whitespace (so "数 字产业化" from a PDF folds like "数字产业化").
 * Text is handled as code points, so a rare CJK extension character is one character, not two halves.
 * Query-side only, traditional characters are mapped to simplified ones with a table built from OpenCC
 * (see t2s.ts); the corpus itself is never rewritten.
 */

/** Whitespace of any kind (ASCII, ideographic U+3000, NBSP, line breaks …). */
const WHITESPACE = /^\s$/u;

/** Separator between query terms: any run of whitespace (after width folding, so U+3000 counts too). */
const TERM_SEPARATOR = /\s+/u;

/** Fold one code point to zero or more code points. */
export function foldChar(ch: string): string {
  if (WHITESPACE.test(ch)) return '';
  const n = ch.normalize('NFKC').toLowerCase();
  // NFKC may itself produce spaces (e.g. U+3000 → " ", "¨" → " ̈"); drop them.
  return n.replace(/\s+/gu, '');
}

/** Folded text as code points, with where each folded code point came from in the original (UTF-16 offsets). */
export interface FoldedText {
  /** Folded code points. */
  readonly chars: string[];
  /** start[i]: UTF-16 offset in the original of the character folded code point i came from. */
  readonly start: number[];
  /** end[i]: UTF-16 offset just after that original character. */
  readonly end: number[];
}

/** Fold a text, keeping the map back to the original so matches can be highlighted in the original text. */
export function foldText(text: string): FoldedText {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (const f of folded) {
      chars.push(f);
      start.push(offset);
      end.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { chars, start, end };
}

/** Fold a text to a plain string (no offset map). */
export function foldString(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Traditional → simplified character table (query side). */
export type T2S = ReadonlyMap<string, string>;

/** Decode the compact table shipped in the manifest: a string of pairs "繁简繁简…" (code points). */
export function decodeT2S(pairs: string): Map<string, string> {
  const cps = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!);
  return map;
}

/**
 * Split a query into folded terms: whitespace separates terms (all must match); inside a term every character is
 * folded and mapped traditional → simplified. Empty terms and duplicates are dropped; order is kept.
 */
export function queryTerms(query: string, t2s: T2S = new Map()): string[][] {
  const seen = new Set<string>();
  const terms: string[][] = [];
  for (const raw of query.normalize('NFKC').split(TERM_SEPARATOR)) {
    const chars: string[] = [];
    for (const ch of raw) for (const f of foldChar(ch)) chars.push(t2s.get(f) ?? f);
    const key = chars.join('');
    if (chars.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push(chars);
  }
  return terms;
}
