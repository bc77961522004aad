/**
 * The words of a clause that feed its keywords, its plan's keyword profile and the similar-clause measure — the one
 * place that decides what counts as a word of what a plan says. Only what feeds TF-IDF is cut here; the published
 * text is never touched.
 *
 * What a clause says in its own words (ownPieces): its text without the item trailer naming who does the work and by
 * when ("(市工信局、市发改委等按职责分工负责)"), or for a table row its cells without the deadline cell. From that,
 * the department names the corpus knows (every clause's `departments`) are cut out wherever they occur — they say who,
 * not what — and jieba is told them as whole words (registerDepartments), so no fragment ("局市", "信局") is left.
 *
 * A token then counts (isContentWord) when it
 * - has at least MIN_WORD characters and a CJK ideograph or a Latin letter (5G, IPV6, PUE) — no single characters,
 *   no bare numbers;
 * - is not a measure (a unit with its multiplier: 亿元, 万架, 分钟; see MEASURE);
 * - if it is CJK, is a dictionary word (jieba's, the project's user dictionary, the taxonomy's phrases, the department
 *   names, or scripts/data/analysis-words.txt): a word jieba only guessed with its HMM is most often glued across a
 *   word boundary ("和省", "个智造", "沪苏同城化" → "苏同"/"城化") — real words it lacks are listed in that file;
 * - is not a stopword (scripts/data/stopwords.tsv: words of grammar, of target phrasing, of scope, of who does the
 *   work, the document's own kind and subject, and the generic words of policy writing — each with its kind);
 * - is not the plan's own city naming itself (盐城, 盐城市 in a 盐城 plan).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareStrings } from '~/lib/order';
import type { Clause } from '~/schemas/policy';
import { addWords, isDictionaryWord, tokens } from './jieba';
import { foldForAnalysis } from './fold';
// The tagger registers every taxonomy phrase (数字经济核心产业, 算力网络 …) with jieba on import: keywords use the same words.
import './tag';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

/** Lines of a data file, without blank lines and "#" comments. */
function dataLines(file: string): string[] {
  return fs
    .readFileSync(path.join(DATA_DIR, file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Why a word is a stopword (see the header of scripts/data/stopwords.tsv). */
export const STOPWORD_KINDS = ['function', 'measure', 'scope', 'who', 'self', 'subject', 'generic'] as const;
export type StopwordKind = (typeof STOPWORD_KINDS)[number];
export interface Stopword {
  word: string;
  kind: StopwordKind;
  note: string;
}

/** Parses scripts/data/stopwords.tsv (header row "word kind note"); an unknown kind is an error. */
export function parseStopwords(lines: readonly string[]): Stopword[] {
  return lines.slice(1).map((line) => {
    const [word, kind, note = ''] = line.split('\t').map((x) => x.trim());
    if (!(STOPWORD_KINDS as readonly string[]).includes(kind)) throw new Error(`stopwords.tsv: "${word}" has unknown kind "${kind}"`);
    return { word: foldForAnalysis(word), kind: kind as StopwordKind, note };
  });
}

/** The reviewed stoplist (scripts/data/stopwords.tsv). */
export const STOPWORD_LIST: readonly Stopword[] = parseStopwords(dataLines('stopwords.tsv'));
const stopwords: ReadonlySet<string> = new Set(STOPWORD_LIST.map((s) => s.word));

/** Real words jieba's dictionaries lack (it would only guess them), kept as keywords. */
export const ANALYSIS_WORDS: readonly string[] = dataLines('analysis-words.txt').map(foldForAnalysis);
addWords(ANALYSIS_WORDS);

/** Shortest content word (single characters say nothing alone). */
export const MIN_WORD = 2;
/** A word worth counting has a CJK ideograph or a Latin letter (folding upper-cases Latin). */
const CONTENT_WORD = /[\p{Script=Han}A-Z]/u;
/** A CJK word: must be a dictionary word, not an HMM guess. */
const HAN = /\p{Script=Han}/u;
/** Multipliers that go before a unit (2300亿元, 2万架). */
const MULTIPLIERS = '十百千万亿';
/** Units and counters met after numbers in the plans: a number's unit is not a keyword. */
export const UNITS = [
  '元', '美元', '个', '家', '户', '台', '架', '套', '座', '条', '项', '次', '人', '人次', '名', '所', '只', '份', '张',
  '公里', '千米', '米', '平方米', '亩', '吨', '度', '千瓦', '兆瓦', '瓦', '分钟', '小时', '天', '周年', '倍',
] as const;
/** A measure: an optional number, optional multipliers, then a unit ("亿元", "2万架", "分钟"). */
const MEASURE = new RegExp(`^[0-9.]*[${MULTIPLIERS}]*(?:${[...UNITS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** Where two pieces of a clause meet (after a cut): a character jieba never joins into a word. */
const GAP = '\n';
/** Suffixes with which a city names itself (盐城 → 盐城市). */
const CITY_SUFFIXES = ['', '市'] as const;

export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

/** A measure word (see MEASURE). */
export function isMeasure(word: string): boolean {
  return MEASURE.test(word);
}

export interface TokenOptions {
  /** Department names to cut out (folded or not), from departmentNames(). */
  departments?: readonly string[];
  /** The plan's own city (盐城): it and 盐城市 are left out. */
  city?: string | null;
}

/** Whether a token counts as a word of what the clause says (see the module comment). */
export function isContentWord(word: string, ownNames: ReadonlySet<string> = new Set()): boolean {
  return (
    word.length >= MIN_WORD &&
    CONTENT_WORD.test(word) &&
    !isMeasure(word) &&
    (!HAN.test(word) || isDictionaryWord(word)) &&
    !stopwords.has(word) &&
    !ownNames.has(word)
  );
}

/**
 * The department names of a corpus (every clause's lead and responsible departments), folded, unique, longest first
 * (so "市工信局(大数据管理局)" is cut before "市工信局").
 */
export function departmentNames(clauses: readonly Pick<Clause, 'departments'>[]): string[] {
  const names = new Set<string>();
  for (const c of clauses) for (const n of [...c.departments.lead, ...c.departments.responsible]) {
    const f = foldForAnalysis(n).replace(/\s+/g, '');
    if (f.length >= MIN_WORD) names.add(f);
  }
  return [...names].sort((a, b) => b.length - a.length || compareStrings(a, b));
}

/** Tells jieba the department names as whole words, so a mention is never cut into fragments. */
export function registerDepartments(names: readonly string[]): void {
  addWords(names);
}

/**
 * What a clause says in its own words, as pieces (never joined into one word): a row's cells without its deadline
 * cell, or the text without its trailer. Department names are cut later (contentTokens), wherever they occur.
 */
export function ownPieces(c: Pick<Clause, 'text' | 'trailer' | 'cells' | 'deadline'>): string[] {
  if (c.cells) return c.cells.filter((cell) => !(c.deadline && cell.text === c.deadline)).map((cell) => cell.text);
  if (c.trailer && c.text.endsWith(c.trailer)) return [c.text.slice(0, c.text.length - c.trailer.length)];
  return c.trailer ? c.text.split(c.trailer) : [c.text];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namePatterns = new Map<string, RegExp | null>();
/**
 * namePattern's answers by list: the analysis passes one list (the corpus's department names) to every call, and
 * joining it into a key on each call was quadratic (at 1,000 plans 1,460 names, joined for each of ~250,000 texts).
 */
const namePatternsByList = new WeakMap<readonly string[], RegExp | null>();

/** One alternation of the names, longest first (so at each place the longest name wins); cached per name list. */
function namePattern(names: readonly string[]): RegExp | null {
  const known = namePatternsByList.get(names);
  if (known !== undefined) return known;
  const key = names.join(GAP);
  if (!namePatterns.has(key)) {
    const folded = [...new Set(names.map(foldForAnalysis))].filter(Boolean).sort((a, b) => b.length - a.length);
    namePatterns.set(key, folded.length ? new RegExp(folded.map(escapeRegExp).join('|'), 'gu') : null);
  }
  const pattern = namePatterns.get(key)!;
  namePatternsByList.set(names, pattern);
  return pattern;
}

const ownNamesOf = (city: string | null | undefined): Set<string> =>
  new Set(city ? CITY_SUFFIXES.map((s) => foldForAnalysis(city + s)) : []);

/** Content tokens of a text (see the module comment), department names cut out first. */
export function contentTokens(text: string, opts: TokenOptions = {}): string[] {
  const pattern = opts.departments ? namePattern(opts.departments) : null;
  const folded = foldForAnalysis(text);
  const own = ownNamesOf(opts.city);
  const pieces = pattern ? folded.split(pattern) : [folded];
  return pieces.flatMap((p) => (p ? tokens(p).filter((t) => isContentWord(t, own)) : []));
}

/** Content tokens of a clause: its own pieces (ownPieces), each tokenised on its own. */
export function clauseTokens(c: Pick<Clause, 'text' | 'trailer' | 'cells' | 'deadline'>, opts: TokenOptions = {}): string[] {
  return ownPieces(c).flatMap((p) => contentTokens(p, opts));
}
