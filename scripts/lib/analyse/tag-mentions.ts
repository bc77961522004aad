/**
 * Theme tagger, step 2 — how one taxonomy phrase is mentioned in a prepared clause (tag-text.ts): not at all, only in
 * passing, really (the clause's own subject matter), or with a quantified target of its own (a commitment).
 *
 * An occurrence is passing when it is
 * - inside a cited title 《…》 or a sentence of purpose (the spans prepare found: 'cited', 'purpose');
 * - inside a leading frame of means ("利用数据要素流通市场与信用体系,提高…", "以政务数据资产…为重点发展方向,推动…":
 *   FRAME_OPENERS, FRAME_YI … FRAME_YI_WEI, closed by FRAME_CLOSE: 'framed');
 * - an item of an enumeration ("云计算、大数据、人工智能等", "A、B和C": LIST_SEPARATOR, LIST_END_NEAR, LIST_CONJUNCTIONS:
 *   'listed');
 * - the subject of a qualitative aim ("智能制造水平明显增强": QUALITATIVE_AIM, 'aim');
 * - or, in a section of guidance, anything without a target of its own ('guidance').
 * An occurrence with a quantified target of its own (QUANTITY in its phrase, or for a list item in its own item) is
 * 'targeted' — unless it is framed. The vocabularies and patterns are reviewed data in src/data/tagger.ts.
 */
import {
  AIM_SUBJECT_SLACK,
  FRAME_CLOSE,
  FRAME_OPENERS,
  FRAME_YI,
  FRAME_YI_WEI,
  ITEM_DELIMITERS,
  ITEM_SLACK,
  ITEM_TARGET_END,
  LIST_CLOSER,
  LIST_CONJUNCTIONS,
  LIST_END_NEAR,
  LIST_ITEM_MAX,
  LIST_SEPARATOR,
  PHRASE_DELIMITERS,
  PHRASE_OPENING,
  QUALITATIVE_AIM,
  QUANTITY,
  SHORT_TERM,
} from '~/data/tagger';
import { within, type Prepared, type Span } from './tag-text';

/** The phrase around [i, end): from the delimiter before to the delimiter after (exclusive), and that closing one. */
function phraseAround(text: string, i: number, end: number): { start: number; stop: number; close: string } {
  let start = i;
  while (start > 0 && !PHRASE_DELIMITERS.has(text[start - 1])) start -= 1;
  let stop = end;
  while (stop < text.length && !PHRASE_DELIMITERS.has(text[stop])) stop += 1;
  return { start, stop, close: text[stop] ?? '' };
}

/** The list item around [i, end): from the item delimiter before to the one after (exclusive). */
function itemAround(text: string, i: number, end: number): { a: number; b: number } {
  let a = i;
  while (a > 0 && !ITEM_DELIMITERS.has(text[a - 1])) a -= 1;
  let b = end;
  while (b < text.length && !ITEM_DELIMITERS.has(text[b])) b += 1;
  return { a, b };
}

/**
 * Whether the mention at [i, end) is an item of an enumeration: its list item (the text between delimiters) is short
 * and the mention sits right after or right before a "、", or "等" closes the list just after it.
 */
export function isListed(text: string, i: number, end: number): boolean {
  const { a, b } = itemAround(text, i, end);
  if (LIST_END_NEAR.test(text.slice(end, b))) return true;
  if (b - a > LIST_ITEM_MAX) return false;
  if ((text[a - 1] === LIST_SEPARATOR && i - a <= ITEM_SLACK) || (text[b] === LIST_SEPARATOR && b - end <= ITEM_SLACK)) {
    return true;
  }
  // An item of a "、" list that joins two with a conjunction: the mention right after it ("…、数字化治理和数据要素化")
  // or right before it ("提升政务服务和政府监管能力、经济发展质效、…") is listed too.
  if (text[a - 1] !== LIST_SEPARATOR && text[b] !== LIST_SEPARATOR) return false;
  const joined = (k: number) => (LIST_CONJUNCTIONS as readonly string[]).includes(text[k]);
  return (i - 1 >= a && joined(i - 1)) || (end < b && joined(end));
}

/** Whether the mention at [i, end) is the subject of a qualitative aim (QUALITATIVE_AIM) rather than a commitment. */
export function isAim(text: string, i: number, end: number): boolean {
  const phrase = phraseAround(text, i, end);
  return i - phrase.start <= AIM_SUBJECT_SLACK && QUALITATIVE_AIM.test(text.slice(end, phrase.stop));
}

/** Whether the mention at [i, end) sits in a leading frame of means (FRAME_OPENERS, "以…为…,"). */
export function isFramed(text: string, i: number, end: number): boolean {
  const phrase = phraseAround(text, i, end);
  if (phrase.close !== FRAME_CLOSE) return false;
  const opening = text.slice(phrase.start, i).replace(PHRASE_OPENING, '');
  if (FRAME_OPENERS.some((v) => opening.startsWith(v))) return true;
  // 以…为…, : the mention sits between the opening 以 and the first 为 of the phrase.
  const wei = text.indexOf(FRAME_YI_WEI, end);
  return opening.startsWith(FRAME_YI) && !opening.includes(FRAME_YI_WEI) && wei >= 0 && wei < phrase.stop;
}

/**
 * Whether the mention at [i, end) comes with a quantified target (QUANTITY) of its own: in its phrase
 * ("农业生产信息化率达65%", "引育一批产业创新高端人才和龙头企业") or, for a listed mention, in its own list item
 * ("培育数字经济高新技术企业55家、专精特新中小企业60家"). A count of the whole list is not a target of each item:
 * in "加快发展算力、数据2个数字支撑产业" or "发展数字农业、智慧康养、数字文旅等一批新业态", 算力 and 数字农业 are
 * still only listed.
 */
export function isTargeted(text: string, i: number, end: number, listed: boolean): boolean {
  const phrase = phraseAround(text, i, end);
  const { a, b } = listed ? itemAround(text, i, end) : { a: phrase.start, b: phrase.stop };
  const scope = text.slice(a, b);
  const match = QUANTITY.exec(scope);
  if (!match) return false;
  if (!listed) return true;
  // In a list, a quantity before the item is the verb's object count ("建设一批重大创新平台、…"); after it, it is the
  // item's own target only when it closes the item ("…、专精特新中小企业60家", "5G基站1.2万个以上"). One followed by
  // more words counts the list ("…、数字安全6个推进组", "…、数字视听4个数字技术应用产业"), and so does one after "等".
  const at = a + match.index;
  if (at < i) return true;
  const rest = scope.slice(match.index + match[0].length);
  return !scope.slice(0, match.index).includes(LIST_CLOSER) && ITEM_TARGET_END.test(rest);
}

/** Why an occurrence is only passing (see the module comment). */
export type PassingReason = 'listed' | 'framed' | 'aim' | 'cited' | 'purpose' | 'guidance';

export interface Mention {
  /**
   * 'targeted': at least one occurrence comes with a quantified target of its own (isTargeted); 'real': the
   * clause's own subject matter; 'passing': only passing occurrences.
   */
  kind: 'none' | 'passing' | 'real' | 'targeted';
  /** Occurrences that count (real or targeted). */
  real: number;
  /** Why the passing occurrences are passing. */
  passing: Set<PassingReason>;
}

/** Records a passing occurrence (a mention not yet found otherwise becomes 'passing'). */
function passing(found: Mention, why: PassingReason): void {
  found.passing.add(why);
  if (found.kind === 'none') found.kind = 'passing';
}

/**
 * How a phrase is mentioned: not at all, only in passing, really (and how often), or with a target. Occurrences
 * overlapping `covered` spans (exclusions, longer phrases already counted) are skipped, as are short terms
 * (SHORT_TERM) not starting on a token; counted occurrences are added to `covered`. `guidance`: the clause is in a
 * section of guidance, where only a targeted occurrence counts.
 */
export function mention(p: Prepared, term: string, covered: Span[], guidance = false): Mention {
  const found: Mention = { kind: 'none', real: 0, passing: new Set() };
  const spans: Span[] = [];
  for (let i = p.text.indexOf(term); i >= 0; i = p.text.indexOf(term, i + 1)) {
    const end = i + term.length;
    if (covered.some(([a, b]) => i < b && end > a)) continue;
    if (term.length <= SHORT_TERM && !p.starts.has(i)) continue;
    spans.push([i, end]);
    if (within(p.cited, i, end)) {
      passing(found, 'cited');
      continue;
    }
    if (within(p.purpose, i, end)) {
      passing(found, 'purpose');
      continue;
    }
    const framed = isFramed(p.text, i, end);
    const listed = !framed && isListed(p.text, i, end);
    if (!framed && isTargeted(p.text, i, end, listed)) {
      found.kind = 'targeted';
      found.real += 1;
    } else if (framed || listed || isAim(p.text, i, end)) {
      passing(found, framed ? 'framed' : listed ? 'listed' : 'aim');
    } else if (guidance) {
      passing(found, 'guidance');
    } else {
      if (found.kind !== 'targeted') found.kind = 'real';
      found.real += 1;
    }
  }
  covered.push(...spans);
  return found;
}
