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
 *   "以政务数据资产创新应用…为重点发展方向,推动…") is WEAK too: the action follows the frame (FRAME_OPENERS).
 * A theme is assigned when its score reaches the threshold for the clause's length (a short row or target needs
 * less evidence than a long paragraph). Mentions inside an exclusion phrase, or inside a longer term of the same
 * theme already counted, never count. Short terms (≤ 2 characters) must start on a jieba token boundary, so "算力"
 * is not found inside "计算力".
 *
 * Table rows are read with their table (tagInputs): a column spanning several items names their group (context), a
 * column spanning the rows of one item is its title (heading), department and deadline columns are not evidence.
 */
import { themes, type ThemeDef } from '../../../src/data/themes';
import { addWords, tokens } from './jieba';
import { foldForAnalysis } from './normalise';

export interface TagInput {
  /** The clause's full display text. */
  text: string;
  /** The clause's own heading, null when it has none. */
  heading: string | null;
  /** Enclosing part/section headings, outermost first. */
  context: string[];
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

/** A folded text with its token start offsets. */
interface Prepared {
  text: string;
  starts: Set<number>;
}

function prepare(folded: string): Prepared {
  const starts = new Set<number>();
  let at = 0;
  for (const tok of tokens(folded)) {
    starts.add(at);
    at += tok.length;
  }
  starts.add(at);
  return { text: folded, starts };
}

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

/**
 * Whether the mention at [i, end) is an item of an enumeration: its list item (the text between delimiters) is short
 * and the mention sits right after or right before a "、", or "等" closes the list just after it.
 */
function isListed(text: string, i: number, end: number): boolean {
  let a = i;
  while (a > 0 && !ITEM_DELIMITERS.has(text[a - 1])) a -= 1;
  let b = end;
  while (b < text.length && !ITEM_DELIMITERS.has(text[b])) b += 1;
  if (LIST_END_NEAR.test(text.slice(end, b))) return true;
  if (b - a > LIST_ITEM_MAX) return false;
  return (text[a - 1] === LIST_SEPARATOR && i - a <= ITEM_SLACK) || (text[b] === LIST_SEPARATOR && b - end <= ITEM_SLACK);
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

interface Mention {
  /** 'real': at least one occurrence is the clause's own subject matter; 'passing': only listed or framed ones. */
  kind: 'none' | 'passing' | 'real';
  real: number;
  /** Why the passing occurrences are passing: 'listed' and/or 'framed'. */
  passing: Set<'listed' | 'framed'>;
}

/**
 * How a phrase is mentioned: not at all, only in passing (enumeration items, leading frames), or really (and how
 * often). Occurrences overlapping `covered` spans are skipped; counted occurrences are added to `covered`.
 */
function mention(p: Prepared, term: string, covered: Span[]): Mention {
  const found: Mention = { kind: 'none', real: 0, passing: new Set() };
  const spans: Span[] = [];
  for (let i = p.text.indexOf(term); i >= 0; i = p.text.indexOf(term, i + 1)) {
    const end = i + term.length;
    if (covered.some(([a, b]) => i < b && end > a)) continue;
    if (term.length <= SHORT_TERM && !p.starts.has(i)) continue;
    spans.push([i, end]);
    const why = isFramed(p.text, i, end) ? 'framed' : isListed(p.text, i, end) ? 'listed' : null;
    if (why) {
      found.passing.add(why);
      if (found.kind === 'none') found.kind = 'passing';
    } else {
      found.kind = 'real';
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
  /** What counted: "term", "term×n" (repeated), "(term)" (listed), "<term>" (in a leading frame), "~cue", "[heading]", "[context]", "[part]". */
  evidence: string[];
}

/** Per-theme scores with their evidence, in taxonomy order (for tagThemes, explanations and tests). */
export function themeScores(input: TagInput): ThemeScore[] {
  const body = prepare(analysisText(input.text));
  const threshold = thresholdFor(body.text);
  const heading = input.heading ? fold(input.heading) : null;
  const context = input.context.map(fold);
  return compiled.map((t) => {
    let score = 0;
    const evidence: string[] = [];
    const covered = spansOf(body.text, t.exclusions);
    let weakScore = 0;
    for (const term of t.strong) {
      const m = mention(body, term, covered);
      if (m.kind === 'real') {
        const s = STRONG + Math.min(m.real - 1, REPEAT_CAP) * REPEAT;
        score += t.key.has(term) ? Math.max(KEY, s) : s;
        evidence.push(m.real > 1 ? `${term}×${m.real}` : term);
      } else if (m.kind === 'passing') {
        weakScore += WEAK;
        evidence.push(m.passing.has('framed') ? `<${term}>` : `(${term})`);
      }
    }
    for (const cue of t.cues) {
      if (mention(body, cue, covered).kind !== 'none') {
        weakScore += WEAK;
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
    } else if (context.some((c) => headingHas(c, t.headingTerms, t.exclusions))) {
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
  let start = 0;
  for (let i = 1; i <= clauses.length; i += 1) {
    const a = clauses[start];
    const b = clauses[i];
    if (b && a.cells && b.cells && a.plan === b.plan && columnsOf(a) === columnsOf(b)) continue;
    if (a.cells) {
      const tableRoles = columnRoles(clauses.slice(start, i).map((c) => c.cells!));
      for (let r = start; r < i; r += 1) roles.set(r, tableRoles);
    }
    start = i;
  }
  return clauses.map((c, i) => {
    if (!c.cells) return { text: c.text, heading: c.heading, context: c.context };
    const role = roles.get(i)!;
    const cells = (want: ColumnRole) => c.cells!.filter((x, k) => x.text && role[k] === want).map((x) => x.text);
    return {
      text: cells('own').join(CELL_SEPARATOR),
      heading: [c.heading, ...cells('title')].filter(Boolean).join(CELL_SEPARATOR) || null,
      context: [...c.context, ...cells('group')],
    };
  });
}

/** Theme slugs of every clause of a plan set (same order), table rows read as tagInputs explains. */
export function tagClauses(clauses: readonly TaggableClause[]): string[][] {
  return tagInputs(clauses).map(tagThemes);
}
