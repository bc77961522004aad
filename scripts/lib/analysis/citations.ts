/**
 * Documents a plan cites: 《…》 titles and 文号 (document numbers such as 苏发〔2022〕7号, 泰政发〔2021〕118号),
 * paired when the number follows the title in parentheses. Text is folded first, so PDF spacing
 * ("苏发 〔2022〕 7 号") and full-width forms do not split a reference.
 */
import { foldForAnalysis } from './normalise';

export interface Citation {
  /** Title without the book-title marks, null when only a 文号 is given. */
  title: string | null;
  /** 文号 as normalised (no spaces), null when none is given. */
  docNumber: string | null;
}

/** A 《title》, optionally followed by (文号). Titles may contain nested quotes but not 《》. */
const TITLE = /《([^《》]+)》(?:\s*[((]\s*([^()()]*?〔\s*\d{4}\s*〕\s*\d+\s*号)\s*[))])?/gu;
/** A bare 文号: issuer abbreviation of CJK characters, 〔year〕, number, 号. */
const DOC_NUMBER = /([\p{Script=Han}]{1,8})〔\s*(\d{4})\s*〕\s*(\d+)\s*号/gu;

const compact = (s: string) => s.replace(/\s+/g, '');

export function extractCitations(text: string): Citation[] {
  const folded = foldForAnalysis(text);
  const out: Citation[] = [];
  const seen = new Set<string>();
  const add = (c: Citation) => {
    const key = `${c.title ?? ''}|${c.docNumber ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  const numbersWithTitles = new Set<string>();
  for (const m of folded.matchAll(TITLE)) {
    const docNumber = m[2] ? compact(m[2]) : null;
    if (docNumber) numbersWithTitles.add(docNumber);
    add({ title: compact(m[1]), docNumber });
  }
  for (const m of folded.matchAll(DOC_NUMBER)) {
    const docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
    if (!numbersWithTitles.has(docNumber)) add({ title: null, docNumber });
  }
  return out;
}

/** A stable key for one cited document: its 文号 when known, else its title. */
export function citationKey(c: Citation): string {
  return c.docNumber ?? c.title ?? '';
}
