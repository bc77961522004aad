/**
 * Documents a plan cites: 《…》 titles and 文号 (document numbers such as 苏发〔2022〕7号, 泰政发〔2021〕118号),
 * paired when the number follows the title in parentheses.
 *
 * Display and matching are kept apart: `title` and `docNumber` are the exact substrings of the clause text (already
 * normalised by the ingest — full-width brackets, spacing and all), shown as they are; `citationKey` folds them
 * (NFKC, no spaces) so "苏发 〔2022〕 7 号" and "苏发〔2022〕7号", or "(2021)" and "(2021)", are one document.
 */
import type { CitationRole } from '~/schemas/citations';
import { foldForAnalysis } from './fold';

export interface Citation {
  /** Title exactly as in the text, without the book-title marks; null when only a 文号 is given. */
  title: string | null;
  /** 文号 exactly as in the text, null when none is given. */
  docNumber: string | null;
  /** What the sentence does with it (citationRole). */
  role: CitationRole;
}

/**
 * Words before a document that make it one the plan rests on: "根据《…》", "依据国家统计局《…》", "按照《…》",
 * "贯彻落实《…》", "贯彻实施《…》", "全面落实《…》".
 */
export const BASIS_CUE = /根据|依据|依照|按照|遵照|参照|贯彻落实|贯彻实施|贯彻执行|落实|贯彻/gu;
/**
 * Words before a document that make it one the plan promises to produce: "出台《…细则》", "制定《…》",
 * "编制《“十五五”…规划》", "修订《…》", "印发实施《…办法》", "研究起草《…》".
 */
export const PRODUCE_CUE = /出台|制定|制订|编制|修订|修编|起草|印发|研究制定/gu;
/**
 * What ends the words that lead up to a document: a sentence or phrase mark, the colon of a heading, a table cell's
 * "|", a line end. (The enumeration comma 、 does not: "根据国家、省、市《…》".)
 */
const LEAD_IN_END = /[,，。;；:：!！?？|\n]/gu;
/**
 * What may stand between two documents of one list, so that the words before the first lead up to all of them:
 * nothing, a 、, 和 / 及 / 与 / 以及, spaces, or the first one's (文号).
 */
const LIST_GAP = new RegExp(`^(?:\\s|、|和|及|与|以及|[((][^()()]*[))])*$`, 'u');

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

/**
 * The role the words leading up to a document give it: the cue closest to the document wins ("根据…要求,制定《…》"
 * has only 制定 in its lead-in; "按照…要求制定《…》" ends with 制定), and none is a mention ("在全会通过的《…》").
 */
export function roleOf(leadIn: string): CitationRole {
  const last = (re: RegExp) => Math.max(-1, ...[...leadIn.matchAll(re)].map((m) => m.index! + m[0].length));
  const basis = last(BASIS_CUE);
  const produce = last(PRODUCE_CUE);
  if (basis < 0 && produce < 0) return 'mention';
  return produce > basis ? 'produce' : 'basis';
}

/**
 * The words leading up to the document starting at `at`: back to the last LEAD_IN_END, and through the documents of
 * a list before it (`previous`: where the document before this one, if any, started and ended) — "出台《甲》《乙》"
 * gives 乙 the lead-in of 甲, "出台", while "根据《甲》制定《乙》" gives 乙 only "制定".
 */
function leadInOf(text: string, at: number, previous: { start: number; end: number } | null, previousLeadIn: string | null): string {
  if (previous && previousLeadIn !== null && LIST_GAP.test(text.slice(previous.end, at))) return previousLeadIn;
  const before = text.slice(previous ? previous.end : 0, at);
  const ends = [...before.matchAll(LEAD_IN_END)];
  return ends.length ? before.slice(ends[ends.length - 1].index! + 1) : before;
}

export function extractCitations(text: string): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const add = (c: Citation) => {
    const key = `${c.title ? foldCitation(c.title) : ''}|${c.docNumber ? foldCitation(c.docNumber) : ''}|${c.role}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  const found: Array<{ start: number; end: number; title: string | null; docNumber: string | null }> = [];
  const numbersWithTitles = new Set<string>();
  for (const m of text.matchAll(TITLE)) {
    const docNumber = m[2] ? m[2].trim() : null;
    if (docNumber) numbersWithTitles.add(foldCitation(docNumber));
    found.push({ start: m.index!, end: m.index! + m[0].length, title: m[1].trim(), docNumber });
  }
  for (const m of text.matchAll(DOC_NUMBER)) {
    const docNumber = m[0].trim();
    if (!numbersWithTitles.has(foldCitation(docNumber))) found.push({ start: m.index!, end: m.index! + m[0].length, title: null, docNumber });
  }
  // Lead-ins are read in text order (a list shares its first document's); the output keeps titles before bare 文号.
  const leadIns = new Map<number, string>();
  let previous: { start: number; end: number } | null = null;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const leadIn = leadInOf(text, f.start, previous, previous ? leadIns.get(previous.start)! : null);
    leadIns.set(f.start, leadIn);
    previous = f;
  }
  for (const f of found) add({ title: f.title, docNumber: f.docNumber, role: roleOf(leadIns.get(f.start)!) });
  return out;
}

/** A stable key for one cited document: its folded 文号 when known, else its folded title. */
export function citationKey(c: Pick<Citation, 'title' | 'docNumber'>): string {
  return c.docNumber ? foldCitation(c.docNumber) : c.title ? foldCitation(c.title) : '';
}
