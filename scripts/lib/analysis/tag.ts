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
 * A theme is assigned when its score reaches the threshold for the clause's length (a short row or target needs
 * less evidence than a long paragraph). Mentions inside an exclusion phrase, or inside a longer term of the same
 * theme already counted, never count. Short terms (≤ 2 characters) must start on a jieba token boundary, so "算力"
 * is not found inside "计算力".
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
/** Longest list item (characters) still read as an enumeration item rather than a phrase of its own. */
const LIST_ITEM_MAX = 16;
/** A list closed by "等" just after the mention: "…、人工智能等领域", "工业互联网平台等软件…". */
const LIST_END_NEAR = /^[^,。;]{0,3}等/u;
/** How far (characters) a listed mention may sit from the "、" that makes it a list item ("光伏组件、"). */
const ITEM_SLACK = 3;
/**
 * A department trailer closing an item: 〔市工信局牵头,…按职责分工负责〕, (责任部门:…,完成时间:…). Department
 * names (市农业农村局, 市大数据集团 …) are not evidence of what the clause is about.
 */
const TRAILER = /[〔(]\s*[^〔(〕)]*(?:负责|牵头|责任部门|完成时间)[^〔(〕)]*[〕)]\s*$/u;

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

/**
 * Whether the mention at [i, end) is an item of an enumeration: its list item (the text between delimiters) is
 * short and the mention sits right after or right before a "、", or "等" closes the list just after it.
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

interface Mention {
  kind: 'none' | 'listed' | 'real';
  real: number;
}

/**
 * How a phrase is mentioned: not at all, only as enumeration items, or really (and how often). Occurrences
 * overlapping `covered` spans are skipped; counted occurrences are added to `covered`.
 */
function mention(p: Prepared, term: string, covered: Span[]): Mention {
  const found: Mention = { kind: 'none', real: 0 };
  const spans: Span[] = [];
  for (let i = p.text.indexOf(term); i >= 0; i = p.text.indexOf(term, i + 1)) {
    const end = i + term.length;
    if (covered.some(([a, b]) => i < b && end > a)) continue;
    if (term.length <= SHORT_TERM && !p.starts.has(i)) continue;
    spans.push([i, end]);
    if (isListed(p.text, i, end)) {
      if (found.kind === 'none') found.kind = 'listed';
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
  /** What counted: "term", "term×n" (repeated), "(term)" (listed), "~cue", "[heading]", "[context]", "[part]". */
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
      } else if (m.kind === 'listed') {
        weakScore += WEAK;
        evidence.push(`(${term})`);
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
