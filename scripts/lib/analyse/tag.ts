/**
 * Theme tagger: which themes of the taxonomy (src/data/themes.ts) a clause is about.
 *
 * Deterministic and fast: nodejieba (with the policy-term user dictionary) is loaded once; per clause the text is
 * folded (normalise.ts), its department trailer dropped, cut into tokens once, and every theme's terms looked up.
 *
 * Evidence, per theme (weights are the named constants below):
 * - a term or synonym really mentioned is STRONG (each further mention adds REPEAT, up to REPEAT_CAP);
 *   one that is only mentioned as an item of an enumeration ("云计算、大数据、人工智能等") is WEAK;
 * - a key term really mentioned decides on its own (KEY);
 * - cues are WEAK; all weak evidence together adds at most WEAK_CAP, so it never decides a long clause alone;
 * - the clause's own heading containing a term, synonym or heading term is HEADING evidence (decisive);
 * - an enclosing heading containing a heading term is CONTEXT evidence; containing a part term, it decides.
 * - a term or synonym mentioned only inside a leading frame of means ("利用数据要素流通市场与信用体系,提高…",
 *   "以政务数据资产创新应用…为重点发展方向,推动…") is WEAK too: the action follows the frame (FRAME_OPENERS);
 *   so is one that is only the subject of a qualitative aim ("智能制造水平明显增强", QUALITATIVE_AIM), and the items
 *   of "A、B和C" lists (LIST_CONJUNCTIONS);
 * - a mention with a quantified target of its own (QUANTITY: "农业生产信息化率达65%", "引育一批…人才", an indicator
 *   row's value cells; for a list item, a quantity in its own item, not a count of the whole list) is a commitment:
 *   a term so mentioned decides (KEY), a cue so mentioned is as strong as a term but stays weak evidence (WEAK_CAP).
 * - clauses that commit to nothing of their own take no theme (sectionMode): issuing notices, definitions, sections
 *   that look back (发展基础); a mention in a cited 《title》 is passing, one in a sentence of purpose (为…,制定本方案)
 *   counts for nothing, and in a section of guidance (指导思想, 基本原则) only a quantified target counts.
 * These follow the labelling policy written at the top of scripts/data/theme-labels*.tsv.
 * A theme is assigned when its score reaches the threshold for the clause's length (a short row or target needs
 * less evidence than a long paragraph). Mentions inside an exclusion phrase, or inside a longer term of the same
 * theme already counted, never count. Short terms (≤ 2 characters) must start on a jieba token boundary, so "算力"
 * is not found inside "计算力".
 *
 * Table rows are read with their table (tagInputs): a column spanning several items names their group, a column
 * spanning the rows of one item is its title (heading), department and deadline columns are not evidence. Group
 * columns and group rows ("一、体系保障(5项)") are read like enclosing headings but never as document parts, so a
 * task table's 体系保障 group does not make its 网络安全 rows 组织保障.
 */
import { themes, type ThemeDef } from '~/data/themes';
import { addWords, tokens } from './jieba';
import { foldForAnalysis } from './fold';

export interface TagInput {
  /** The clause's full display text. */
  text: string;
  /** The clause's own heading, null when it has none. */
  heading: string | null;
  /** Enclosing part/section headings, outermost first. */
  context: string[];
  /**
   * For a table row: the labels of the groups it belongs to within its table (group rows such as "一、体系保障(5项)",
   * group columns such as 工作要点 "数字治理提效行动"). They name a category of tasks, so they are read like an enclosing
   * heading (CONTEXT evidence) but never as a document part: only a part of the document itself (保障措施) settles
   * the theme of everything under it.
   */
  groups?: string[];
}

/** Score of a real mention of a term or synonym. */
const STRONG = 2;
/** Score of each further real mention of the same term (emphasis), for up to REPEAT_CAP of them. */
const REPEAT = 1;
const REPEAT_CAP = 2;
/** Score of a cue, or of a term only mentioned inside an enumeration. */
const WEAK = 1;
/** Most that weak evidence (cues, enumerated mentions) can add together. */
const WEAK_CAP = 2;
/** Score at which a theme is assigned to a short clause (a table row, a one-line target). */
const THRESHOLD_SHORT = 2;
/** Score at which a theme is assigned to a longer clause, where one passing word proves little. */
const THRESHOLD_LONG = 4;
/** Clauses up to this many characters (folded, trailer removed) are short. */
const SHORT_CLAUSE = 80;
/** Decisive evidence: a key term, the clause's own heading, a part term in an enclosing heading. */
const KEY = THRESHOLD_LONG;
const HEADING = THRESHOLD_LONG;
const PART = THRESHOLD_LONG;
/** Score of an enclosing heading containing a heading term. */
const CONTEXT = 1;
/** Terms this short must start on a token boundary. */
const SHORT_TERM = 2;
/** Enumeration separator: a mention in a short list item next to one is part of a list. */
const LIST_SEPARATOR = '、';
/** Characters that delimit list items / clauses when finding a mention's list item. */
const ITEM_DELIMITERS = new Set(['、', ',', ';', '。', ':', '(', ')', '“', '”', '\n']);
/** Characters that delimit a phrase (a comma-separated segment of a sentence): list items and frames live inside one. */
const PHRASE_DELIMITERS = new Set([',', ';', '。', ':', '\n']);
/** Longest list item (characters) still read as an enumeration item rather than a phrase of its own. */
const LIST_ITEM_MAX = 16;
/** A list closed by "等" just after the mention: "…、人工智能等领域", "工业互联网平台等软件…". */
const LIST_END_NEAR = /^[^,。;]{0,3}等/u;
/** The word that closes an enumeration ("…、人工智能等领域"). */
const LIST_CLOSER = '等';
/** How far (characters) a listed mention may sit from the "、" that makes it a list item ("光伏组件、"). */
const ITEM_SLACK = 3;
/**
 * Verbs that open a leading adverbial of means: "利用数据要素流通市场与信用体系,提高普惠金融服务数字化水平". When a
 * phrase starts with one and is closed by a comma (FRAME_CLOSE), the clause's action comes after it and what the frame
 * names is only the means it uses, so a mention inside it is weak evidence, never decisive. Frames of focus
 * (围绕/聚焦/面向 …) are not among them: they name the field the action works in ("聚焦柔性电子、量子科技、6G、元宇宙等
 * 数字产业新赛道,布局实施一批高成长性优质项目" commits to the digital industry).
 */
const FRAME_OPENERS = ['利用', '依托', '借助', '基于', '通过', '凭借'] as const;
/** The same frame as "以…为…,": "以政务数据资产创新应用、…为重点发展方向,推动市大数据集团实体化运作". */
const FRAME_YI = '以';
/** The "为" that closes the "以…" part of such a frame (what follows it, "重点发展方向", is the frame's own predicate). */
const FRAME_YI_WEI = '为';
/** A frame ends with a comma: the sentence goes on with its action (a frame closed by "。" is the whole sentence). */
const FRAME_CLOSE = ',';
/**
 * A quantity that makes a phrase a target: a number with its unit or measure word ("达65%", "20项以上", "超5000万元",
 * "1.2万个"), "一批" (a commitment to several: "引育一批…高端人才"), or a value cell of an indicator row ("| 300").
 * Years and months ("2027年", "12月") and the item-number cell that opens a table row are not quantities.
 */
const QUANTITY = /\d+(?:\.\d+)?\s*(?:%|‰|万|亿|千|个|家|项|件|座|架|台|套|条|所|人|名|次|款|户|P|余|多)|一批|\|\s*\d+(?:\.\d+)?%?\s*(?:\||$)/u;
/** Conjunctions that join the last items of an enumeration ("…、数字化治理和数据要素化") or two items of one. */
const LIST_CONJUNCTIONS = ['和', '及', '与'] as const;
/**
 * A qualitative aim: a phrase whose subject is the mention and whose predicate only says it will improve, with no
 * quantity ("智能制造水平明显增强", "制造业数字化转型取得显著成效", "数字产业加快发展"). By the labelling policy an
 * aim is not a commitment, so such a mention is only passing. Matched against the phrase after the mention.
 */
const QUALITATIVE_AIM =
  /^[^,;。]{0,6}?(?:取得(?:明显|显著|积极|重大)?(?:成效|进展)|(?:明显|显著|大幅|进一步|持续|不断|稳步|加快|更加|基本)(?:增强|提升|提高|完善|优化|发展|壮大|浓厚|加强))$/u;
/** Most characters before the mention in its phrase for it to be the phrase's subject ("全市", "我市"). */
const AIM_SUBJECT_SLACK = 2;
/** What may follow a list item's own quantity before the item ends: a comparator word ("以上", "左右") or nothing. */
const ITEM_TARGET_END = /^(?:以上|左右|以内)?$/u;
/** Quotes/brackets that may open a phrase before its first word. */
const PHRASE_OPENING = /^[“‘"(《]+/u;
/**
 * A department trailer closing an item: 〔市工信局牵头,…按职责分工负责〕, (责任部门:…,完成时间:…). Department
 * names (市农业农村局, 市大数据集团 …) are not evidence of what the clause is about.
 */
const TRAILER = /[〔(]\s*[^〔(〕)]*(?:负责|牵头|责任部门|完成时间)[^〔(〕)]*[〕)]\s*$/u;
/** Table columns that name departments (牵头责任单位, 责任部门 …): like the trailer, not evidence. */
const DEPARTMENT_COLUMN = /牵头|责任|单位|部门/u;
/** Table columns that give deadlines (完成时间): not evidence of what the row is about. */
const DEADLINE_COLUMN = /时间|期限/u;
/** A group cell must hold words (Han characters): repeated numbers are values, not a group. */
const GROUP_CELL = /\p{Script=Han}/u;
/** A cell of a table's number column (序号). */
const ITEM_NUMBER = /^\d+$/u;
/** Separator of row cells in a row's text (as the ingest writes it). */
const CELL_SEPARATOR = ' | ';
/**
 * A document's name in book-title marks: "现将《杭州市公共数据授权运营实施方案(试行)》印发给你们", "落实《上海市数据
 * 条例》". A mention inside one cites a document; it is not the clause's own commitment (passing, "cited").
 */
const CITED_TITLE = /《[^《》]*》/gu;
/**
 * A sentence that says why and on what basis the document was written — "为规范公共数据授权运营管理,…,根据…,结合我市
 * 实际,制定本方案。", "…,特制订本年度重点工作安排。", "…,现提出如下意见。": it commits to nothing itself, so a
 * mention in it is shown but scores nothing, even in a short clause ("purpose"). Matched against each sentence (up to
 * its "。"): the verb is followed by 本 / 如下 / 以下 or preceded by 特 / 现 ("特制定重庆市数字经济创新发展行动计划。",
 * "现制定…工作要点如下。"), so a task to draw up a document ("研究制定公共数据授权运营管理办法。") is not one.
 */
const PURPOSE_SENTENCE = /(?:(?:制定|制订|提出)(?:本|如下|以下)|[特现](?:制定|制订|提出))[^。]{0,30}。?$/u;
/**
 * An issuing notice ("…现印发给你们,请认真贯彻落实。" with its issuer and date): it passes the document on and commits
 * to nothing of its own, whatever its issuer's name (领导小组, 网络安全和信息化委员会) or the document's title says.
 */
const ISSUING_NOTICE = /印发给你们/u;
/**
 * Definitions of a 管理办法 or 若干政策 ("本办法下列用语的含义:…", "公共数据,是指…", "本办法所称公共数据是指…"): they say
 * what a word means and commit to nothing.
 */
const DEFINITION = /下列用语的含义|所称[^。,]{1,20}是指|^[^。,]{2,20},是指/u;
/** Where a sentence ends (for PURPOSE_SENTENCE). */
const SENTENCE_END = '。';
/**
 * Sections that look back — 发展基础, 发展成就, 发展现状, 面临形势 …: their paragraphs report what was done or what the
 * situation is, and commit to nothing, whatever their figures. Clauses under such a heading take no theme.
 */
const RETROSPECT_HEADING = /^(?:发展基础|发展成就|发展现状|现实基础|面临形势|发展形势|机遇(?:与|和)挑战)/u;
/**
 * Sections of guidance — 指导思想, 基本原则: by the labelling policy a direction is not a commitment, so in them only a
 * mention with a quantified target of its own counts ("guidance"); a heading naming the theme still does. The
 * section may be an enclosing heading, the clause's heading, or a first line of its own ("指导思想。").
 */
const GUIDANCE_HEADING = /^(?:指导思想|基本原则)/u;
/** A first line that only names the paragraph's section ("指导思想。", "发展思路:"): read like a heading. */
const LEADING_LABEL = /^\s*([^\n。::]{2,8})[。::]?\s*\n/u;

/**
 * How a clause frames what it says (`folded`: its analysisText): 'silent' for an issuing notice (ISSUING_NOTICE), definitions (DEFINITION) or a
 * section that looks back (RETROSPECT_HEADING), which take no theme; 'guidance' for a section of guidance
 * (GUIDANCE_HEADING); 'plan' else.
 */
function sectionMode(input: TagInput, folded: string): 'silent' | 'guidance' | 'plan' {
  if (ISSUING_NOTICE.test(folded) || DEFINITION.test(folded)) return 'silent';
  const label = LEADING_LABEL.exec(input.text)?.[1];
  const names = [...input.context, input.heading ?? '', label ?? ''].map((h) => fold(h));
  if (names.some((h) => RETROSPECT_HEADING.test(h))) return 'silent';
  if (names.some((h) => GUIDANCE_HEADING.test(h))) return 'guidance';
  return 'plan';
}

const thresholdFor = (text: string) => (text.length <= SHORT_CLAUSE ? THRESHOLD_SHORT : THRESHOLD_LONG);

interface CompiledTheme {
  slug: string;
  strong: string[];
  key: Set<string>;
  cues: string[];
  headingPhrases: string[];
  headingTerms: string[];
  partTerms: string[];
  exclusions: string[];
}

const fold = (s: string) => foldForAnalysis(s);

/** Distinct phrases, longest first (so "数字基础设施" is counted before "基础设施" inside it), ties by code point. */
const longestFirst = (xs: string[]) =>
  [...new Set(xs)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

const compiled: CompiledTheme[] = themes.map((t: ThemeDef) => {
  const strong = longestFirst([...t.terms, ...t.keyTerms, ...t.synonyms].map(fold));
  const headingTerms = longestFirst(t.headingTerms.map(fold));
  return {
    slug: t.slug,
    strong,
    key: new Set(t.keyTerms.map(fold)),
    cues: longestFirst(t.cues.map(fold)),
    headingPhrases: longestFirst([...strong, ...headingTerms]),
    headingTerms,
    partTerms: longestFirst(t.partTerms.map(fold)),
    exclusions: longestFirst(t.exclusions.map(fold)),
  };
});

// Every multi-character taxonomy phrase becomes a dictionary word, so jieba keeps it whole.
addWords(compiled.flatMap((t) => [...t.strong, ...t.cues, ...t.headingTerms]).filter((w) => w.length > SHORT_TERM));

/** A folded text, its token start offsets, and the spans that commit to nothing (CITED_TITLE, PURPOSE_SENTENCE). */
interface Prepared {
  text: string;
  starts: Set<number>;
  cited: Span[];
  purpose: Span[];
}

function prepare(folded: string): Prepared {
  const starts = new Set<number>();
  let at = 0;
  for (const tok of tokens(folded)) {
    starts.add(at);
    at += tok.length;
  }
  starts.add(at);
  const cited: Span[] = [...folded.matchAll(CITED_TITLE)].map((m) => [m.index, m.index + m[0].length]);
  const purpose: Span[] = [];
  let from = 0;
  while (from < folded.length) {
    const stop = folded.indexOf(SENTENCE_END, from);
    const end = stop < 0 ? folded.length : stop + 1;
    if (PURPOSE_SENTENCE.test(folded.slice(from, end))) purpose.push([from, end]);
    from = end;
  }
  return { text: folded, starts, cited, purpose };
}

const within = (spans: Span[], i: number, end: number) => spans.some(([a, b]) => i >= a && end <= b);

type Span = [number, number];

function spansOf(text: string, phrases: string[]): Span[] {
  const spans: Span[] = [];
  for (const ph of phrases) {
    for (let i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + 1)) spans.push([i, i + ph.length]);
  }
  return spans;
}

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
function isListed(text: string, i: number, end: number): boolean {
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
function isAim(text: string, i: number, end: number): boolean {
  const phrase = phraseAround(text, i, end);
  return i - phrase.start <= AIM_SUBJECT_SLACK && QUALITATIVE_AIM.test(text.slice(end, phrase.stop));
}

/** Whether the mention at [i, end) sits in a leading frame of means (FRAME_OPENERS, "以…为…,"). */
function isFramed(text: string, i: number, end: number): boolean {
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
function isTargeted(text: string, i: number, end: number, listed: boolean): boolean {
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

interface Mention {
  /**
   * 'targeted': at least one occurrence comes with a quantified target of its own (isTargeted); 'real': the
   * clause's own subject matter; 'passing': only listed or framed occurrences.
   */
  kind: 'none' | 'passing' | 'real' | 'targeted';
  real: number;
  /** Why the passing occurrences are passing: listed, framed and/or a qualitative aim. */
  passing: Set<'listed' | 'framed' | 'aim' | 'cited' | 'purpose' | 'guidance'>;
}

/**
 * How a phrase is mentioned: not at all, only in passing (enumeration items, leading frames), or really (and how
 * often). Occurrences overlapping `covered` spans are skipped; counted occurrences are added to `covered`.
 */
function mention(p: Prepared, term: string, covered: Span[], guidance = false): Mention {
  const found: Mention = { kind: 'none', real: 0, passing: new Set() };
  const spans: Span[] = [];
  for (let i = p.text.indexOf(term); i >= 0; i = p.text.indexOf(term, i + 1)) {
    const end = i + term.length;
    if (covered.some(([a, b]) => i < b && end > a)) continue;
    if (term.length <= SHORT_TERM && !p.starts.has(i)) continue;
    spans.push([i, end]);
    const reason = within(p.cited, i, end) ? 'cited' : within(p.purpose, i, end) ? 'purpose' : null;
    if (reason) {
      found.passing.add(reason);
      if (found.kind === 'none') found.kind = 'passing';
      continue;
    }
    const framed = isFramed(p.text, i, end);
    const listed = !framed && isListed(p.text, i, end);
    if (!framed && isTargeted(p.text, i, end, listed)) {
      found.kind = 'targeted';
      found.real += 1;
    } else if (framed || listed || isAim(p.text, i, end)) {
      found.passing.add(framed ? 'framed' : listed ? 'listed' : 'aim');
      if (found.kind === 'none') found.kind = 'passing';
    } else if (guidance) {
      found.passing.add('guidance');
      if (found.kind === 'none') found.kind = 'passing';
    } else {
      if (found.kind !== 'targeted') found.kind = 'real';
      found.real += 1;
    }
  }
  covered.push(...spans);
  return found;
}

/** Whether a (short) heading text contains one of the phrases outside exclusions. */
function headingHas(text: string, phrases: string[], exclusions: string[]): boolean {
  const ex = spansOf(text, exclusions);
  return phrases.some((ph) => {
    for (let i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + 1)) {
      if (!ex.some(([a, b]) => i < b && i + ph.length > a)) return true;
    }
    return false;
  });
}

/** The clause text as the tagger reads it: folded, without its closing department trailer. */
export function analysisText(text: string): string {
  return fold(text).replace(TRAILER, '');
}

export interface ThemeScore {
  slug: string;
  score: number;
  threshold: number;
  /**
   * What counted: "term", "term×n" (repeated), "term#" / "~cue#" (with a quantified target of its own), "(term)"
   * (listed), "<term>" (in a leading frame), "{term}" (subject of a qualitative aim), "《term》" (inside a cited title),
   * "为term" (in a sentence of purpose), "^term" (in a section of guidance, without a target), "~cue", "[heading]",
   * "[context]", "[part]", "[silent]" (an issuing notice, definitions or a section that looks back: no theme).
   */
  evidence: string[];
}

/** A mention found only in sentences of purpose (PURPOSE_SENTENCE), which commit to nothing. */
const onlyPurpose = (m: Mention) => m.kind === 'passing' && m.passing.size === 1 && m.passing.has('purpose');

/** How a passing mention shows in the evidence (see ThemeScore). */
function passingEvidence(term: string, why: Mention['passing']): string {
  if (why.has('framed')) return `<${term}>`;
  if (why.has('aim')) return `{${term}}`;
  if (why.has('cited')) return `《${term}》`;
  if (why.has('purpose')) return `为${term}`;
  if (why.has('guidance')) return `^${term}`;
  return `(${term})`;
}

/** Per-theme scores with their evidence, in taxonomy order (for tagThemes, explanations and tests). */
export function themeScores(input: TagInput): ThemeScore[] {
  const folded = analysisText(input.text);
  const mode = sectionMode(input, folded);
  if (mode === 'silent') return compiled.map((t) => ({ slug: t.slug, score: 0, threshold: THRESHOLD_LONG, evidence: ['[silent]'] }));
  const guidance = mode === 'guidance';
  const body = prepare(folded);
  const threshold = thresholdFor(body.text);
  const heading = input.heading ? fold(input.heading) : null;
  const context = input.context.map(fold);
  const groups = (input.groups ?? []).map(fold);
  return compiled.map((t) => {
    let score = 0;
    const evidence: string[] = [];
    const covered = spansOf(body.text, t.exclusions);
    let weakScore = 0;
    for (const term of t.strong) {
      const m = mention(body, term, covered, guidance);
      if (m.kind === 'real' || m.kind === 'targeted') {
        const s = STRONG + Math.min(m.real - 1, REPEAT_CAP) * REPEAT;
        const decisive = t.key.has(term) || m.kind === 'targeted';
        score += decisive ? Math.max(KEY, s) : s;
        const shown = m.real > 1 ? `${term}×${m.real}` : term;
        evidence.push(m.kind === 'targeted' ? `${shown}#` : shown);
      } else if (m.kind === 'passing') {
        // Only in a sentence of purpose: shown, but no evidence at all (not even for a short clause).
        if (!onlyPurpose(m)) weakScore += WEAK;
        evidence.push(passingEvidence(term, m.passing));
      }
    }
    for (const cue of t.cues) {
      const m = mention(body, cue, covered, guidance);
      if (m.kind === 'targeted') {
        // A cue with a quantified target is as strong as a term, yet still weak evidence: it settles a short row
        // or target ("累计建成省级以上专精特新企业(家) | 170 | 230 | 300"), never a long clause alone.
        weakScore += STRONG;
        evidence.push(`~${cue}#`);
      } else if (m.kind !== 'none') {
        if (!onlyPurpose(m)) weakScore += WEAK;
        evidence.push(`~${cue}`);
      }
    }
    score += Math.min(weakScore, WEAK_CAP);
    if (heading && headingHas(heading, t.headingPhrases, t.exclusions)) {
      score += HEADING;
      evidence.push('[heading]');
    }
    if (context.some((c) => headingHas(c, t.partTerms, t.exclusions))) {
      score += PART;
      evidence.push('[part]');
    } else if ([...context, ...groups].some((c) => headingHas(c, t.headingTerms, t.exclusions))) {
      score += CONTEXT;
      evidence.push('[context]');
    }
    return { slug: t.slug, score, threshold, evidence };
  });
}

/** Theme slugs of a clause, in taxonomy order; may be several, may be none. */
export function tagThemes(input: TagInput): string[] {
  return themeScores(input)
    .filter((s) => s.score >= s.threshold)
    .map((s) => s.slug);
}

/** One cell of a table row, by column name (merged cells repeated in every row they span). */
export interface RowCell {
  column: string;
  text: string;
}

/** A clause as the pipeline holds it: what the tagger reads, plus its plan and, for a table row, its cells. */
export interface TaggableClause extends TagInput {
  plan: string;
  cells?: readonly RowCell[] | null;
}

const columnsOf = (c: TaggableClause) => (c.cells ?? []).map((x) => x.column).join(CELL_SEPARATOR);

/** How a column of a table is read by the tagger. */
type ColumnRole = 'own' | 'title' | 'group' | 'skip';

/**
 * The role of every column of one table (its rows' cells). Department and deadline columns are skipped, like a
 * trailer. A column whose cell spans rows (the same words in two consecutive rows) names what those rows share: if
 * every such span stays within one item number (序号 7 | 主要工作 "推动产业数字化发展" split over the rows of three
 * departments), the column holds each item's own title; if a span covers several items (工作要点 "数字治理提效行动"
 * over rows 16–22), the column names groups of items. Other columns are the row's own words.
 */
function columnRoles(rows: readonly (readonly RowCell[])[]): ColumnRole[] {
  const number = rows[0].findIndex((_, k) => rows.every((row) => ITEM_NUMBER.test(row[k]?.text ?? '')));
  return rows[0].map((cell, k) => {
    if (DEPARTMENT_COLUMN.test(cell.column) || DEADLINE_COLUMN.test(cell.column)) return 'skip';
    if (k === number) return 'own';
    let spans = false;
    let crossesItems = number < 0;
    for (let r = 1; r < rows.length; r += 1) {
      const text = rows[r][k]?.text;
      if (!text || !GROUP_CELL.test(text) || rows[r - 1][k]?.text !== text) continue;
      spans = true;
      if (number >= 0 && rows[r][number].text !== rows[r - 1][number].text) crossesItems = true;
    }
    return !spans ? 'own' : crossesItems ? 'group' : 'title';
  });
}

/**
 * What the tagger reads for each clause (same order). Prose clauses: their text, heading and context. Table rows
 * (clauses with cells) are read like the items they are (see columnRoles): title cells are the row's heading, as for
 * a prose item; group cells are an enclosing heading (context) of every row of the group, not the row's own words;
 * department and deadline cells are dropped. The rows of one table are the consecutive rows of a plan with the same
 * columns (group rows such as "二、数字经济(6项)" change a row's context, not its table).
 */
export function tagInputs(clauses: readonly TaggableClause[]): TagInput[] {
  const roles = new Map<number, ColumnRole[]>();
  /** Per table row: how many of its context entries are the document's (shared by every row of its table). */
  const documentDepth = new Map<number, number>();
  let start = 0;
  for (let i = 1; i <= clauses.length; i += 1) {
    const a = clauses[start];
    const b = clauses[i];
    if (b && a.cells && b.cells && a.plan === b.plan && columnsOf(a) === columnsOf(b)) continue;
    if (a.cells) {
      const rows = clauses.slice(start, i);
      const tableRoles = columnRoles(rows.map((c) => c.cells!));
      const depth = sharedPrefix(rows.map((c) => c.context));
      for (let r = start; r < i; r += 1) {
        roles.set(r, tableRoles);
        documentDepth.set(r, depth);
      }
    }
    start = i;
  }
  return clauses.map((c, i) => {
    if (!c.cells) return { text: c.text, heading: c.heading, context: c.context };
    const role = roles.get(i)!;
    const depth = documentDepth.get(i)!;
    const cells = (want: ColumnRole) => c.cells!.filter((x, k) => x.text && role[k] === want).map((x) => x.text);
    return {
      text: cells('own').join(CELL_SEPARATOR),
      heading: [c.heading, ...cells('title')].filter(Boolean).join(CELL_SEPARATOR) || null,
      context: c.context.slice(0, depth),
      groups: [...c.context.slice(depth), ...cells('group')],
    };
  });
}

/**
 * How many leading context entries every row of a table shares: the document's parts and the table's own title. The
 * entries after them differ between the table's rows, so they are the table's group rows ("一、体系保障(5项)"). A
 * table of one row has no groups.
 */
function sharedPrefix(contexts: readonly (readonly string[])[]): number {
  if (contexts.length < 2) return contexts[0]?.length ?? 0;
  let n = 0;
  while (n < contexts[0].length && contexts.every((c) => c.length > n && c[n] === contexts[0][n])) n += 1;
  return n;
}

/** Theme slugs of every clause of a plan set (same order), table rows read as tagInputs explains. */
export function tagClauses(clauses: readonly TaggableClause[]): string[][] {
  return tagInputs(clauses).map(tagThemes);
}
