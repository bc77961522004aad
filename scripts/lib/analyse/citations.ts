/**
 * Documents a plan cites: 《…》 titles and 文号 (document numbers such as 苏发〔2022〕7号, 泰政发〔2021〕118号),
 * paired when the number follows the title in parentheses.
 *
 * Display and matching are kept apart: `title` and `docNumber` are the exact substrings of the clause text (already
 * normalised by the ingest — full-width brackets, spacing and all), shown as they are; `citationKey` folds them
 * (NFKC, no spaces) so "苏发 〔2022〕 7 号" and "苏发〔2022〕7号", or "(2021)" and "(2021)", are one document.
 */
import { foldForAnalysis } from './fold';

export interface Citation {
  /** Title exactly as in the text, without the book-title marks; null when only a 文号 is given. */
  title: string | null;
  /** 文号 exactly as in the text, null when none is given. */
  docNumber: string | null;
}

/** Digits in either width (the text is matched unfolded, so full-width forms must be accepted here). */
const DIGIT = '[0-9０-９]';
/** Year brackets of a 文号: 〔〕 or the small-form ﹝﹞. */
const OPEN_YEAR = '[〔﹝]';
const CLOSE_YEAR = '[〕﹞]';
/** A 文号 inside parentheses right after a title. */
const NUMBER_IN_TITLE = `[^()()]*?${OPEN_YEAR}\\s*${DIGIT}{4}\\s*${CLOSE_YEAR}\\s*${DIGIT}+\\s*号`;
/** A 《title》, optionally followed by (文号). Titles may contain nested quotes but not 《》. */
const TITLE = new RegExp(`《([^《》]+)》(?:\\s*[((]\\s*(${NUMBER_IN_TITLE})\\s*[))])?`, 'gu');
/** A bare 文号: issuer abbreviation of CJK characters, 〔year〕, number, 号. */
const DOC_NUMBER = new RegExp(`[\\p{Script=Han}]{1,8}\\s*${OPEN_YEAR}\\s*${DIGIT}{4}\\s*${CLOSE_YEAR}\\s*${DIGIT}+\\s*号`, 'gu');

/** The matching form of a title or 文号: folded, without spaces or book-title marks. Never shown. */
export function foldCitation(s: string): string {
  return foldForAnalysis(s).replace(/[《》\s]/gu, '');
}

export function extractCitations(text: string): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const add = (c: Citation) => {
    const key = `${c.title ? foldCitation(c.title) : ''}|${c.docNumber ? foldCitation(c.docNumber) : ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  const numbersWithTitles = new Set<string>();
  for (const m of text.matchAll(TITLE)) {
    const docNumber = m[2] ? m[2].trim() : null;
    if (docNumber) numbersWithTitles.add(foldCitation(docNumber));
    add({ title: m[1].trim(), docNumber });
  }
  for (const m of text.matchAll(DOC_NUMBER)) {
    const docNumber = m[0].trim();
    if (!numbersWithTitles.has(foldCitation(docNumber))) add({ title: null, docNumber });
  }
  return out;
}

/** A stable key for one cited document: its folded 文号 when known, else its folded title. */
export function citationKey(c: Citation): string {
  return c.docNumber ? foldCitation(c.docNumber) : c.title ? foldCitation(c.title) : '';
}
