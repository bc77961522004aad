/**
 * Top keywords of a clause and what each plan emphasises, from content/analysis/keywords.json (schema:
 * src/schemas/keywords.ts; written by scripts/lib/analyse/analyse.ts, the one place that decides what a keyword may
 * be: TF-IDF over the corpus with jieba tokens per clause; per plan, the words it says distinctly more often than the
 * other plans). Absent file → none shown; a malformed one stops the build (file.ts).
 */
import { compareStrings } from '~/lib/order';
import type { Keyword, KeywordsFile, PlanKeyword } from '~/schemas/keywords';
import { analysisView } from './file';

/** How many keywords a clause page shows. */
export const KEYWORDS_SHOWN = 6;

/** How much each plan says the words of the profiles: the plan's word count, and per word the plans that say it. */
export interface WordUsage {
  /** Plan slug → how many words (tokens) the analysis counted in the plan. */
  tokens: Map<string, number>;
  /** Word → plan slug → how often the plan says it (plans that never do are absent). */
  counts: Map<string, Map<string, number>>;
}

/** The keyword file as maps for look-up: per clause ("<plan>/<id>"), per plan (slug), and the profile words' usage. */
export interface KeywordIndex {
  clauses: Map<string, Keyword[]>;
  plans: Map<string, PlanKeyword[]>;
  usage: WordUsage;
}

/** The maps of a keyword file (checked by its schema when read). */
export function keywordIndex(file: Pick<KeywordsFile, 'clauses' | 'plans' | 'usage'>): KeywordIndex {
  return {
    clauses: new Map(Object.entries(file.clauses)),
    plans: new Map(Object.entries(file.plans)),
    usage: {
      tokens: new Map(Object.entries(file.usage.tokens)),
      counts: new Map(Object.entries(file.usage.counts).map(([w, row]) => [w, new Map(Object.entries(row))])),
    },
  };
}

const EMPTY: KeywordIndex = { clauses: new Map(), plans: new Map(), usage: { tokens: new Map(), counts: new Map() } };

/** content/analysis/keywords.json of the current build as maps, built once (empty when the analysis has not run). */
function keywordFile(contentDir: string): KeywordIndex {
  return analysisView('keywords', keywordIndex, EMPTY, contentDir);
}

/** Every clause's keywords of the current build (content/analysis/keywords.json, read once). */
export function keywordMap(contentDir = 'content'): Map<string, Keyword[]> {
  return keywordFile(contentDir).clauses;
}

const byWeight = (a: Keyword, b: Keyword) => b.weight - a.weight || compareStrings(a.word, b.word);

/** A clause's top keywords, heaviest first (ties by word, so the order is stable). */
export function keywordsOf(map: Map<string, Keyword[]>, plan: string, id: string, n = KEYWORDS_SHOWN): string[] {
  return [...(map.get(`${plan}/${id}`) ?? [])]
    .sort(byWeight)
    .slice(0, n)
    .map((k) => k.word);
}

// ---------- Per-plan keyword profiles (what each plan emphasises) ----------

/** Keywords in a plan page's profile chart. */
export const PLAN_PROFILE_SHOWN = 10;
/** Keywords each plan contributes to the cross-plan grid. */
export const GRID_PER_PLAN = 8;

/** The per-plan keyword profiles of the current build (content/analysis/keywords.json, read once). */
export function planKeywordMap(contentDir = 'content'): Map<string, PlanKeyword[]> {
  return keywordFile(contentDir).plans;
}

/** How much each plan of the current build says the profile words (content/analysis/keywords.json, read once). */
export function wordUsage(contentDir = 'content'): WordUsage {
  return keywordFile(contentDir).usage;
}

/**
 * A plan's profile as the analysis wrote it, heaviest first, at most n. What counts as a word (no trailers, no
 * department names or their fragments, no generic policy words, not the plan's own city) is decided once, by the
 * analysis (scripts/lib/analyse/terms.ts) — nothing is filtered here.
 */
export function planProfile(keywords: readonly Keyword[], n = Infinity): Keyword[] {
  return [...keywords].sort(byWeight).slice(0, n);
}

/** Rates in the grid are per this many words of the plan… */
export const RATE_PER = 10000;
/** …which is how a rate is named on the page. */
export const RATE_LABEL = '每万词';

/**
 * One cell of the grid: how often the plan says the word (count, and per RATE_PER of its words, so plans of any
 * length compare), and — when the word is in the plan's profile — its 突出度 (weight) and rank there (1 = first).
 */
export interface GridCell {
  count: number;
  rate: number;
  weight: number | null;
  rank: number | null;
}

/** Keyword × plan grid: rows are words, columns plans (in the order given). */
export interface KeywordGrid {
  plans: string[];
  words: string[];
  cells: GridCell[][];
}

/**
 * The cross-plan grid: each plan's top `perPlan` words, each row placed with the plan that weighs it most (plans in
 * the order given), heaviest first there — so each plan's own emphases form a block. Every cell says how much that
 * plan uses the word (usage), so a row sets one plan's emphasis beside what the other plans say of the same word.
 */
export function keywordGrid(
  profiles: readonly { plan: string; keywords: readonly Keyword[] }[],
  usage: WordUsage,
  perPlan = GRID_PER_PLAN,
): KeywordGrid {
  const ranked = profiles.map((p) => new Map([...p.keywords].sort(byWeight).map((k, i) => [k.word, { weight: k.weight, rank: i + 1 }] as const)));
  const chosen = new Set(profiles.flatMap((p) => [...p.keywords].sort(byWeight).slice(0, perPlan).map((k) => k.word)));
  const rows = [...chosen].map((word) => {
    let home = 0;
    let best = -Infinity;
    ranked.forEach((m, j) => {
      const w = m.get(word)?.weight ?? -Infinity;
      if (w > best) [home, best] = [j, w];
    });
    return { word, home, best };
  });
  rows.sort((a, b) => a.home - b.home || b.best - a.best || compareStrings(a.word, b.word));
  return {
    plans: profiles.map((p) => p.plan),
    words: rows.map((r) => r.word),
    cells: rows.map((r) =>
      profiles.map((p, j) => {
        const count = usage.counts.get(r.word)?.get(p.plan) ?? 0;
        const tokens = usage.tokens.get(p.plan) ?? 0;
        const own = ranked[j].get(r.word);
        return { count, rate: tokens ? (count * RATE_PER) / tokens : 0, weight: own?.weight ?? null, rank: own?.rank ?? null };
      }),
    ),
  };
}
