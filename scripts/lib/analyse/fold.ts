/**
 * Text folding for analysis only (never for display): Unicode NFKC (full-width → half-width, "﹒" → "."), ASCII
 * upper-cased, and whitespace removed wherever a CJK character or a punctuation mark is on either side — the
 * extraction spaces of PDF text ("数 字产业化", "项 目"), also between ASCII and CJK ("5G 基站" → "5G基站").
 * Whitespace between two ASCII words stays, as one space ("big data" → "BIG DATA").
 */

/**
 * A CJK ideograph, CJK or full-width punctuation, or a punctuation mark NFKC leaves of full-width punctuation
 * (, ; : ! ? and parentheses).
 */
const CJK_OR_PUNCT = '[\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’、,。;:!?()《》〔〕【】—…·]';
/** Whitespace with CJK (or CJK punctuation) on at least one side. */
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=${CJK_OR_PUNCT})\\s+|\\s+(?=${CJK_OR_PUNCT})`, 'gu');
/** Whitespace runs. */
const SPACE_RUN = /\s+/gu;

export function foldForAnalysis(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACE_NEXT_TO_CJK, '')
    .replace(SPACE_RUN, ' ')
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .trim();
}
