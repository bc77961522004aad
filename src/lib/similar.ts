/**
 * Similar clauses in other plans, from content/analysis/similar.json (written by scripts/analyse.ts: cosine over
 * jieba tokens with a threshold, near-verbatim copies flagged). Absent file → no similar clauses shown.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SimilarRef {
  plan: string;
  id: string;
  url: string;
  score: number;
  nearVerbatim: boolean;
}

interface SimilarFile {
  clauses: Record<string, SimilarRef[]>;
}

/** Key of a clause in the analysis files: "<plan>/<id>". */
export function clauseKey(plan: string, id: string): string {
  return `${plan}/${id}`;
}

/** Parse the analysis file's content (tolerant: anything unexpected gives an empty map). */
export function parseSimilar(json: string): Map<string, SimilarRef[]> {
  try {
    const data = JSON.parse(json) as SimilarFile;
    return new Map(Object.entries(data.clauses ?? {}));
  } catch {
    return new Map();
  }
}

let cache: Map<string, SimilarRef[]> | null = null;

/** The similar-clause map of the current build (content/analysis/similar.json, read once). */
export function similarMap(contentDir = 'content'): Map<string, SimilarRef[]> {
  if (cache) return cache;
  const file = path.resolve(contentDir, 'analysis', 'similar.json');
  cache = fs.existsSync(file) ? parseSimilar(fs.readFileSync(file, 'utf8')) : new Map();
  return cache;
}

/** Similar clauses of one clause, best first, in plans other than its own. */
export function similarTo(map: Map<string, SimilarRef[]>, plan: string, id: string): SimilarRef[] {
  return (map.get(clauseKey(plan, id)) ?? []).filter((r) => r.plan !== plan).sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : 1));
}
