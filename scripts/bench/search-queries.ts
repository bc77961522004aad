/**
 * The search benchmark's query set and ground truth, built from the corpus (deterministic: fixed seed).
 *
 * Ground truth is computed here independently of the engine: a clause is relevant to a query when its text,
 * NFKC-normalised, lower-cased and stripped of all whitespace, contains every query term after the query has been
 * converted traditional → simplified with OpenCC (phrase-level, full dictionaries) and folded the same way.
 */
import * as OpenCC from 'opencc-js';

export type QueryKind = 'named' | 'phrase' | 'sentence' | 'spaced' | 'number' | 'multi' | 'traditional' | 'absent';

export interface BenchQuery {
  readonly q: string;
  readonly kind: QueryKind;
}

export interface TruthClause {
  readonly url: string;
  readonly text: string;
}

/** Hand-picked queries from the seeds: the examples, names, numbers, word-boundary crossings. */
export const NAMED_QUERIES: readonly BenchQuery[] = [
  { q: '一网统管', kind: 'named' },
  { q: '公共数据授权运营', kind: 'named' },
  { q: '数据要素', kind: 'named' },
  { q: '智改数转', kind: 'named' },
  { q: '数据中心', kind: 'named' },
  { q: '盐农云', kind: 'named' },
  { q: '苏周到', kind: 'named' },
  { q: '算力', kind: 'named' },
  { q: '人工智能', kind: 'named' },
  { q: '工业互联网', kind: 'named' },
  { q: '云', kind: 'named' },
  { q: '数字产业化', kind: 'spaced' },
  { q: '产业数字化', kind: 'spaced' },
  { q: '数字化转型', kind: 'spaced' },
  { q: '化转型', kind: 'phrase' },
  { q: '据要素市', kind: 'phrase' },
  { q: '业互联', kind: 'phrase' },
  { q: '20000P', kind: 'number' },
  { q: '5G-A', kind: 'number' },
  { q: '5G', kind: 'number' },
  { q: 'PUE', kind: 'number' },
  { q: '2025年', kind: 'number' },
  { q: '数据要素 授权运营', kind: 'multi' },
  { q: '算力 盐城', kind: 'multi' },
  { q: '人工智能 制造', kind: 'multi' },
  { q: '數據要素', kind: 'traditional' },
  { q: '一網統管', kind: 'traditional' },
  { q: '數字產業化', kind: 'traditional' },
  { q: '智慧農業', kind: 'traditional' },
  { q: '公共數據授權運營', kind: 'traditional' },
  { q: '火星基地', kind: 'absent' },
  { q: '量子引力波', kind: 'absent' },
  { q: '区块链火锅', kind: 'absent' },
  { q: '数据要素银行卡', kind: 'absent' },
  { q: '智改数转网联云', kind: 'absent' },
  { q: '一网统管 火星', kind: 'absent' },
];

/** Independent folding for the ground truth. */
export function truthFold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Folded terms of a query for the ground truth. */
export function truthTerms(q: string): string[] {
  return toSimplified(q.normalize('NFKC'))
    .split(/\s+/u)
    .map(truthFold)
    .filter((t) => t.length > 0);
}

/** URLs of the relevant clauses, in corpus order. */
export function relevant(q: string, corpus: readonly { url: string; folded: string }[]): string[] {
  const terms = truthTerms(q);
  if (terms.length === 0) return [];
  return corpus.filter((c) => terms.every((t) => c.folded.includes(t))).map((c) => c.url);
}

/** Mulberry32: small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A character worth starting or ending a query with: CJK ideograph, letter or digit. */
const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * Random substrings of clause texts (folded, so they cross any word boundary and PDF spacing), 2–8 characters,
 * starting and ending on a word character; some as traditional-character variants, some as two-term queries, some
 * as pasted sentences of 20–60 characters.
 */
export function sampledQueries(clauses: readonly TruthClause[], count: number, seed = 20250909): BenchQuery[] {
  const rand = rng(seed);
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const pick = (long = false): string | null => {
    const c = clauses[Math.floor(rand() * clauses.length)]!;
    const chars = [...truthFold(c.text)];
    const len = long ? 20 + Math.floor(rand() * 41) : 2 + Math.floor(rand() * 7);
    if (chars.length < len + 6) return null;
    const at = Math.floor(rand() * (chars.length - len));
    const s = chars.slice(at, at + len);
    if (!WORD_CHAR.test(s[0]!) || !WORD_CHAR.test(s[s.length - 1]!)) return null;
    return s.join('');
  };
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const r = rand();
    let q: string | null;
    let kind: QueryKind;
    if (r < 0.15) {
      const a = pick();
      const b = pick();
      q = a && b ? `${a} ${b}` : null;
      kind = 'multi';
    } else if (r < 0.36) {
      q = pick(true);
      kind = 'sentence';
    } else if (r < 0.5) {
      const a = pick();
      q = a ? toTraditional(a) : null;
      kind = 'traditional';
      if (q === a) q = null;
    } else {
      q = pick();
      kind = 'phrase';
    }
    if (!q || seen.has(q)) continue;
    seen.add(q);
    out.push({ q, kind });
  }
  return out;
}
