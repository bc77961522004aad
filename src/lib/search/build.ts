/**
 * Build-time: turn the clause collection into the static search index served under /search/idx/.
 *
 * Files (paths relative to /search/idx/):
 * - manifest.json   what every query needs, kept small: themes and the theme sets clause postings are tagged with
 *                   (facet counts), shard counts, the t2s table, and the plans (ranking order: newest first) as a
 *                   column table of their facet values only (slug, city, label, kind, year, clause count), about
 *                   55 bytes a plan
 * - b/<n>.bin       positional postings of character bigrams (folded text), sharded by hash of the bigram; under the
 *                   same key, the plans whose metadata (title, 文号, issuer …) holds it (plan search)
 * - u/<n>.bin       the same for single characters (for one-character query terms)
 * - t/<n>.json      display data (id, url, pinpoint, text, plan title) of clause number n — one small file per
 *                   clause, so a page of results costs the text of those results only, however large the corpus
 * - p/<k>.json      the rest of plans k·PLAN_CHUNK … (url, title, 文号, issuer), fetched only for plans a query finds
 *                   by their metadata
 *
 * Clause numbers are global: plans in manifest order, clauses in document order, so that order is the ranking.
 * A query phrase is found exactly from the bigram positions (see engine.ts), so text is only fetched for the
 * results actually shown.
 */
import { compareStrings } from '~/lib/order';
import { encodeShard, shardOf, type PostingDoc, type ShardEntry } from './codec';
import { foldText } from './fold';
import { planHaystack } from './plans';
import { packT2S } from './t2s';

/** A plan as the index needs it. */
export interface IndexPlan {
  readonly slug: string;
  readonly url: string;
  readonly city: string;
  readonly title: string;
  /** Short label telling the city's plans apart, e.g. "盐城 2025–2027". */
  readonly label: string;
  /** 三年行动计划 / 指导意见 … or null when unknown. */
  readonly kind: string | null;
  /** Year of issue (or of the start of its period) or null when unknown. */
  readonly year: number | null;
  /** 文号, e.g. "苏委发〔2021〕1号", null when unknown (plans are found by it). */
  readonly docNumber: string | null;
  /** Issuing body, null when unknown (plans are found by it). */
  readonly issuer: string | null;
}

/** A clause as the index needs it. */
export interface IndexClause {
  readonly plan: string;
  readonly id: string;
  /** Canonical permalink, exactly as in /data/clauses.json. */
  readonly url: string;
  readonly order: number;
  /** Human pinpoint, e.g. "第二部分(三)第1条". */
  readonly pinpoint: string;
  readonly text: string;
  readonly themes: readonly string[];
}

export interface IndexTheme {
  readonly slug: string;
  readonly label: string;
}

/** A plan as the search page holds it for every query: what results are grouped, ranked and filtered by. */
export interface PlanFacets {
  readonly slug: string;
  readonly city: string;
  /** Short label telling the city's plans apart, e.g. "盐城 2025–2027". */
  readonly label: string;
  readonly kind: string | null;
  readonly year: number | null;
  /** Global number of the plan's first clause. */
  readonly first: number;
  /** Number of clauses. */
  readonly count: number;
}

/** The manifest's plan table: one array per field (plans in ranking order), repeated strings given once. */
export interface PlanTable {
  slug: string[];
  /** Index into `cities`. */
  city: number[];
  cities: string[];
  label: string[];
  /** Index into `kinds`, null when the kind is unknown. */
  kind: (number | null)[];
  kinds: string[];
  year: (number | null)[];
  /** Clauses per plan (a plan's first clause number is the sum of the counts before it). */
  count: number[];
}

export interface Manifest {
  $comment: string;
  version: number;
  plans: PlanTable;
  themes: IndexTheme[];
  /** Theme sets, numbered as the tags of clause postings: set n lists its theme indexes (into `themes`). */
  themeSets: number[][];
  bigramShards: number;
  unigramShards: number;
  /** Number of clauses (t/0.json … t/<clauses-1>.json). */
  clauses: number;
  /** Plans per plan file (p/<k>.json holds plans k·planChunk …). */
  planChunk: number;
  /** Traditional → simplified pairs, packed "繁简繁简…". */
  t2s: string;
}

/** What a plan found by its metadata shows, beyond its facets. */
export interface PlanDetails {
  /** The plan page. */
  url: string;
  title: string;
  /** 文号, null when unknown. */
  docNumber: string | null;
  /** Issuing body, null when unknown. */
  issuer: string | null;
}

/** A plan file p/<k>.json. */
export interface PlanFile {
  $comment: string;
  plans: PlanDetails[];
}

/** A clause file t/<n>.json: what a result shows. */
export interface ClauseFile {
  $comment: string;
  id: string;
  /** Canonical permalink, exactly as in /data/clauses.json. */
  url: string;
  pinpoint: string;
  text: string;
  /** The title of the clause's plan (shown under each result). */
  planTitle: string;
}

export const INDEX_VERSION = 2;
/** Plans per plan file p/<k>.json: a page of plans found by their metadata costs a few small files. */
export const PLAN_CHUNK = 16;
/** Aim for shard files of about this many bytes (before compression). */
export const TARGET_SHARD_BYTES = 4096;
const COMMENT = 'generated by src/lib/search/build.ts - do not edit';

/** Newest first (unknown year last), then by slug so the order never depends on input order. */
export function comparePlans(a: IndexPlan, b: IndexPlan): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  return compareStrings(a.slug, b.slug);
}

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

type Postings = Map<string, PostingDoc[]>;

function addPosition(postings: Postings, key: string, clause: number, pos: number, tag: number | undefined): void {
  let docs = postings.get(key);
  if (!docs) postings.set(key, (docs = []));
  const last = docs[docs.length - 1];
  if (last && last.clause === clause) (last.positions as number[]).push(pos);
  else docs.push(tag === undefined ? { clause, positions: [pos] } : { clause, positions: [pos], tag });
}

/**
 * Index a folded string's single characters and bigrams (a bigram never spans a line break: fields apart), each
 * posting entry tagged with `tag` when given (clauses: their theme set).
 */
function addText(chars: readonly string[], doc: number, unigrams: Postings, bigrams: Postings, tag?: number): void {
  for (let i = 0; i < chars.length; i++) {
    addPosition(unigrams, chars[i]!, doc, i, tag);
    if (i + 1 < chars.length && chars[i] !== '\n' && chars[i + 1] !== '\n') addPosition(bigrams, chars[i]! + chars[i + 1]!, doc, i, tag);
  }
}

/**
 * Number the distinct theme sets of the clauses, most frequent first (so the common ones cost one byte per posting
 * entry), ties by their theme indexes. Returns the sets and a clause's set number by its key.
 */
function numberThemeSets(sets: readonly (readonly number[])[]): { themeSets: number[][]; idOf: Map<string, number> } {
  const freq = new Map<string, { set: number[]; n: number }>();
  for (const set of sets) {
    const key = set.join(',');
    const f = freq.get(key);
    if (f) f.n++;
    else freq.set(key, { set: [...set], n: 1 });
  }
  const ordered = [...freq].sort(([ka, a], [kb, b]) => b.n - a.n || compareStrings(ka, kb));
  return { themeSets: ordered.map(([, f]) => f.set), idOf: new Map(ordered.map(([k], i) => [k, i])) };
}

/**
 * Shard postings by key hash into about `total / TARGET_SHARD_BYTES` files (a power of two, at least 8); each key
 * carries its clause posting and its plan posting.
 */
function shardPostings(clauses: Postings, plans: Postings, dir: string, files: Map<string, Uint8Array | string>): number {
  let total = 0;
  for (const docs of clauses.values()) for (const d of docs) total += 3 + d.positions.length * 1.5;
  const count = Math.max(8, nextPow2(Math.ceil(total / TARGET_SHARD_BYTES)));
  const shards: Map<string, ShardEntry>[] = Array.from({ length: count }, () => new Map());
  for (const key of new Set([...clauses.keys(), ...plans.keys()])) {
    shards[shardOf(key, count)]!.set(key, { clauses: clauses.get(key) ?? [], plans: plans.get(key) ?? [] });
  }
  shards.forEach((entries, i) => files.set(`${dir}/${i}.bin`, encodeShard(entries)));
  return count;
}

/** The manifest's plan table (see PlanTable). */
function planTable(plans: readonly IndexPlan[], counts: readonly number[]): PlanTable {
  const cities: string[] = [];
  const kinds: string[] = [];
  const indexIn = (list: string[], v: string) => {
    const i = list.indexOf(v);
    return i >= 0 ? i : list.push(v) - 1;
  };
  return {
    slug: plans.map((p) => p.slug),
    city: plans.map((p) => indexIn(cities, p.city)),
    cities,
    label: plans.map((p) => p.label),
    kind: plans.map((p) => (p.kind === null ? null : indexIn(kinds, p.kind))),
    kinds,
    year: plans.map((p) => p.year),
    count: [...counts],
  };
}

/** The plans' facets, from the manifest's table. */
export function planFacets(t: PlanTable): PlanFacets[] {
  let first = 0;
  return t.slug.map((slug, i) => {
    const kind = t.kind[i];
    const p: PlanFacets = { slug, city: t.cities[t.city[i]!]!, label: t.label[i]!, kind: kind == null ? null : t.kinds[kind]!, year: t.year[i] ?? null, first, count: t.count[i]! };
    first += p.count;
    return p;
  });
}

/** Build every index file. Throws on clauses whose plan is unknown (the index must cover every clause). */
export function buildSearchIndex(
  plansIn: readonly IndexPlan[],
  clausesIn: readonly IndexClause[],
  themes: readonly IndexTheme[],
): Map<string, Uint8Array | string> {
  const plans = [...plansIn].sort(comparePlans);
  const byPlan = new Map<string, IndexClause[]>(plans.map((p) => [p.slug, []]));
  for (const c of clausesIn) {
    const list = byPlan.get(c.plan);
    if (!list) throw new Error(`search index: clause ${c.url} belongs to unknown plan "${c.plan}"`);
    list.push(c);
  }
  const themeIndex = new Map(themes.map((t, i) => [t.slug, i]));
  /** A clause's themes as sorted theme indexes (themes the index does not know are left out). */
  const themeSetOf = (c: IndexClause) =>
    [...new Set(c.themes.flatMap((t) => themeIndex.get(t) ?? []))].sort((a, b) => a - b);
  const { themeSets, idOf } = numberThemeSets(clausesIn.map(themeSetOf));

  const bigrams: Postings = new Map();
  const unigrams: Postings = new Map();
  const planBigrams: Postings = new Map();
  const planUnigrams: Postings = new Map();
  const alphabet = new Set<string>();
  const files = new Map<string, Uint8Array | string>();
  const counts: number[] = [];

  let g = 0;
  plans.forEach((plan, pi) => {
    const clauses = byPlan.get(plan.slug)!.sort((a, b) => a.order - b.order);
    counts.push(clauses.length);
    const hay = [...planHaystack(plan)];
    for (const ch of hay) if (ch !== '\n') alphabet.add(ch);
    addText(hay, pi, planUnigrams, planBigrams);
    for (const c of clauses) {
      const { chars } = foldText(c.text);
      for (const ch of chars) alphabet.add(ch);
      addText(chars, g, unigrams, bigrams, idOf.get(themeSetOf(c).join(','))!);
      const file: ClauseFile = { $comment: COMMENT, id: c.id, url: c.url, pinpoint: c.pinpoint, text: c.text, planTitle: plan.title };
      files.set(`t/${g}.json`, JSON.stringify(file));
      g++;
    }
  });
  for (let k = 0; k * PLAN_CHUNK < plans.length; k++) {
    const chunk = plans.slice(k * PLAN_CHUNK, (k + 1) * PLAN_CHUNK);
    const file: PlanFile = { $comment: COMMENT, plans: chunk.map((p) => ({ url: p.url, title: p.title, docNumber: p.docNumber, issuer: p.issuer })) };
    files.set(`p/${k}.json`, JSON.stringify(file));
  }

  const bigramShards = shardPostings(bigrams, planBigrams, 'b', files);
  const unigramShards = shardPostings(unigrams, planUnigrams, 'u', files);

  const manifest: Manifest = {
    $comment: COMMENT,
    version: INDEX_VERSION,
    plans: planTable(plans, counts),
    themes: themes.map((t) => ({ slug: t.slug, label: t.label })),
    themeSets,
    bigramShards,
    unigramShards,
    clauses: g,
    planChunk: PLAN_CHUNK,
    t2s: packT2S(alphabet),
  };
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}
