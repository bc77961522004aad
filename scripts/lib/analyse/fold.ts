/**
 * Text folding for analysis only (never for display): Unicode NFKC (full-width → half-width, "﹒" → "."),
 * ASCII upper-cased, and whitespace removed where it only separates characters of a CJK run or CJK from
 * punctuation — the extraction spaces of PDF text ("数 字产业化", "项 目"). Spaces between two ASCII words stay.
 */

/** A CJK ideograph or CJK/full-width punctuation. */
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
