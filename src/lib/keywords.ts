/**
 * Top keywords of a clause, from content/analysis/keywords.json (written by scripts/analyse.ts: TF-IDF over the
 * corpus with jieba tokens, the one place that decides what a keyword may be). Absent file → no keywords shown.
 */
import { readAnalysisFile } from './analysis/file';

export interface Keyword {
  word: string;
  weight: number;
}

/** How many keywords a clause page shows. */
export const KEYWORDS_SHOWN = 6;

/** The analysis file's two maps: per clause ("<plan>/<id>") and per plan (slug). */
interface KeywordFile {
  clauses: Map<string, Keyword[]>;
  plans: Map<string, Keyword[]>;
}

/** Parse the analysis file (tolerant: anything unexpected gives empty maps). */
function parseKeywordFile(json: string): KeywordFile {
  try {
    const data = JSON.parse(json) as { clauses?: Record<string, Keyword[]>; plans?: Record<string, Keyword[]> };
    return { clauses: new Map(Object.entries(data.clauses ?? {})), plans: new Map(Object.entries(data.plans ?? {})) };
  } catch {
    return { clauses: new Map(), plans: new Map() };
  }
}

/** The per-clause keywords of the analysis file. */
export const parseKeywords = (json: string): Map<string, Keyword[]> => parseKeywordFile(json).clauses;
/** The per-plan profiles of the analysis file. */
export const parsePlanKeywords = (json: string): Map<string, Keyword[]> => parseKeywordFile(json).plans;

let cache: KeywordFile | null = null;

/** content/analysis/keywords.json of the current build, read and parsed once for both maps. */
function keywordFile(contentDir: string): KeywordFile {
  if (cache) return cache;
  const json = readAnalysisFile('keywords.json', contentDir);
  cache = json === null ? { clauses: new Map(), plans: new Map() } : parseKeywordFile(json);
  return cache;
}

export function keywordMap(contentDir = 'content'): Map<string, Keyword[]> {
  return keywordFile(contentDir).clauses;
}

const byWeight = (a: Keyword, b: Keyword) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

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
export function planKeywordMap(contentDir = 'content'): Map<string, Keyword[]> {
  return keywordFile(contentDir).plans;
}

/**
 * A plan's profile as the analysis wrote it, heaviest first, at most n. What counts as a word (no trailers, no
 * department names or their fragments, no generic policy words, not the plan's own city) is decided once, by the
 * analysis (scripts/lib/analysis/terms.ts) — nothing is filtered here.
 */
export function planProfile(keywords: readonly Keyword[], n = Infinity): Keyword[] {
  return [...keywords].sort(byWeight).slice(0, n);
}

/** One cell of the grid: the word's weight in the plan's profile and its rank there (1 = heaviest). */
export interface GridCell {
  weight: number;
  rank: number;
}

/** Keyword × plan grid: rows are words, columns plans (in the order given); null where the word is not in a profile. */
export interface KeywordGrid {
  plans: string[];
  words: string[];
  cells: (GridCell | null)[][];
}

/**
 * The cross-plan grid: each plan's top `perPlan` words, each row placed with the plan that weighs it most (plans in
 * the order given), heaviest first there — so each plan's own emphases form a block and shared words show across.
 * Cells show a word's weight and rank in every profile where it occurs at all (profiles as given, already filtered).
 */
export function keywordGrid(profiles: readonly { plan: string; keywords: readonly Keyword[] }[], perPlan = GRID_PER_PLAN): KeywordGrid {
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
  rows.sort((a, b) => a.home - b.home || b.best - a.best || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return {
    plans: profiles.map((p) => p.plan),
    words: rows.map((r) => r.word),
    cells: rows.map((r) => ranked.map((m) => m.get(r.word) ?? null)),
  };
}
