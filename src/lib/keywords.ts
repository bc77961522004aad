/**
 * Top keywords of a clause, from content/analysis/keywords.json (written by scripts/analyse.ts: TF-IDF over the
 * corpus with jieba tokens). Absent file → no keywords shown.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Keyword {
  word: string;
  weight: number;
}

/** How many keywords a clause page shows. */
export const KEYWORDS_SHOWN = 6;

/** Parse the analysis file (tolerant: anything unexpected gives an empty map). */
export function parseKeywords(json: string): Map<string, Keyword[]> {
  try {
    const data = JSON.parse(json) as { clauses?: Record<string, Keyword[]> };
    return new Map(Object.entries(data.clauses ?? {}));
  } catch {
    return new Map();
  }
}

let cache: Map<string, Keyword[]> | null = null;

export function keywordMap(contentDir = 'content'): Map<string, Keyword[]> {
  if (cache) return cache;
  const file = path.resolve(contentDir, 'analysis', 'keywords.json');
  cache = fs.existsSync(file) ? parseKeywords(fs.readFileSync(file, 'utf8')) : new Map();
  return cache;
}

/** A clause's top keywords, heaviest first (ties by word, so the order is stable). */
export function keywordsOf(map: Map<string, Keyword[]>, plan: string, id: string, n = KEYWORDS_SHOWN): string[] {
  return [...(map.get(`${plan}/${id}`) ?? [])]
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, n)
    .map((k) => k.word);
}
