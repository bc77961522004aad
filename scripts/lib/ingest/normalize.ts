/**
 * Stage 2 — normalise. Removes extraction artifacts only, each by a named rule tested in normalize.test.ts:
 *  - INDENTATION: leading/trailing white space (incl. NBSP and U+3000 used as indentation by web pages);
 *  - CJK_SPACES: white space inside CJK runs ("数 字产业化", "党中央 、 国务院") and between CJK and Latin/digits
 *    ("到 2023 年"), except a space separating two organ names in a list ("市工信局 市商务局"), kept as one space;
 *  - SMALL_FULL_STOP: "﹒" (U+FE52, a PDF artifact) → ".";
 *  - ITEM_LABEL_SPACES: spaces between an item number and its separator ("2 ﹒ 培育" → "2.培育");
 *  - BROKEN_LINES: a line broken mid-sentence is joined to the next ("…发展导" + "向,以23条…").
 * Wording, order and punctuation are otherwise kept.
 */
import { CJK_CHAR, ITEM_LABEL_SPACES, LINE_END, ORGAN_PREFIX, ORGAN_SUFFIX } from './patterns';

/** A logical line of the seed: its normalised text and the source lines it came from. */
export interface Line {
  /** 1-based number of the first source line. */
  n: number;
  /** Normalised text. */
  text: string;
  /** Number of source lines joined into this one (1 unless BROKEN_LINES joined some). */
  span: number;
}

const SPACE_RUN = /[\s\u00a0\u3000\u2000-\u200b\ufeff]+/g;
const SMALL_FULL_STOP = /\ufe52/g;

/** Applies the character-level rules to one line. */
export function normalizeLine(raw: string): string {
  const s = raw.replace(SMALL_FULL_STOP, '.').replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '');
  return s.replace(ITEM_LABEL_SPACES, '$1').replace(SPACE_RUN, (_space, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + _space.length);
    const a = before.at(-1) ?? '';
    const b = after[0] ?? '';
    if (!a || !b) return '';
    if (CJK_CHAR.test(a) || CJK_CHAR.test(b)) {
      return ORGAN_SUFFIX.test(before) && ORGAN_PREFIX.test(after) && isOrganList(before, after) ? ' ' : '';
    }
    return ' ';
  });
}

/**
 * A space between two organ names is a list separator, not an artifact: the text before it ends an organ name
 * (…局, …委, …办) and the text after starts one (市…, 县…) and itself ends like an organ name before the next
 * separator.
 */
function isOrganList(before: string, after: string): boolean {
  const next = after.split(/[\s、,，;；。]/)[0];
  return ORGAN_SUFFIX.test(next) && next.length <= 16 && /[\u4e00-\u9fff]{2,}$/.test(before);
}

/**
 * BROKEN_LINES: joins a line to the next when it stops mid-sentence — it ends in a Han character, digit, Latin
 * letter, "、" or "," rather than closing punctuation —, it is not itself a heading line ("(一)发展思路"), and the next
 * line does not open a new block (a heading, an item, a topic-led paragraph, a table row, a notice signature…, as
 * `opensBlock` decides). Blank lines are dropped.
 */
export function joinBrokenLines(lines: Line[], opensBlock: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    const prev = out.at(-1);
    const prevIsHeading = prev && opensBlock(prev.text) && !/[。;；]/.test(prev.text);
    if (prev && !prevIsHeading && endsMidSentence(prev.text) && !opensBlock(line.text) && line.n === prev.n + prev.span) {
      prev.text += line.text;
      prev.span += line.span;
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/** True when a line ends without closing punctuation, i.e. mid-sentence. */
export function endsMidSentence(text: string): boolean {
  return !LINE_END.test(text) && /[\u4e00-\u9fff0-9A-Za-z、,，]$/.test(text);
}

/** Splits seed text lines into normalised Lines (blank lines kept as empty text, for structure to skip). */
export function normalizeLines(raw: string[]): Line[] {
  return raw.map((text, i) => ({ n: i + 1, text: normalizeLine(text), span: 1 }));
}
