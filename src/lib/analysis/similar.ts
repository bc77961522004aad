/**
 * Similar clauses in other plans, from content/analysis/similar.json (schema: src/schemas/similar.ts; written by
 * scripts/lib/analyse/analyse.ts: cosine over jieba tokens with a threshold, near-verbatim copies flagged). Absent
 * file → no similar clauses shown; a malformed one stops the build (file.ts).
 */
import { compareStrings } from '~/lib/order';
import type { SimilarFile, SimilarRef } from '~/schemas/similar';
import { analysisView } from './file';

/** Key of a clause in the analysis files: "<plan>/<id>". */
export function clauseKey(plan: string, id: string): string {
  return `${plan}/${id}`;
}

/** The similar file as a map: clause key → its similar clauses. */
export function similarIndex(file: Pick<SimilarFile, 'clauses'>): Map<string, SimilarRef[]> {
  return new Map(Object.entries(file.clauses));
}

/** The similar-clause map of the current build (content/analysis/similar.json, read once; empty when absent). */
export function similarMap(contentDir = 'content'): Map<string, SimilarRef[]> {
  return analysisView('similar', similarIndex, new Map(), contentDir);
}

/** Similar clauses of one clause, best first, in plans other than its own. */
export function similarTo(map: Map<string, SimilarRef[]>, plan: string, id: string): SimilarRef[] {
  return (map.get(clauseKey(plan, id)) ?? []).filter((r) => r.plan !== plan).sort((a, b) => b.score - a.score || compareStrings(a.url, b.url));
}

/** Most similar clauses listed on each clause card of theme and compare pages (the clause page lists all kept). */
export const SIMILAR_ON_CARDS = 3;

/** A similarity score as a whole percentage, e.g. 0.484 → "48%". */
export function similarPercent(score: number): string {
  return `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
}

/** What a similar-clause list shows for one reference: where it is and how close it is. */
export interface SimilarEntry {
  url: string;
  city: string;
  /** The plan's short label, e.g. "2025–2027". */
  plan: string;
  pinpoint: string;
  heading: string | null;
  text: string;
  percent: string;
  nearVerbatim: boolean;
}

/** What the entries are resolved against (the corpus of the build). */
export interface SimilarLookup {
  clauseByUrl: Map<string, { pinpoint: string; heading: string | null; text: string }>;
  planBySlug: Map<string, { city: string }>;
  /** Short label of a plan (planShortLabel). */
  planLabel: (slug: string) => string;
}

/**
 * The similar clauses of one clause, resolved for display, best first, at most `limit`. References to clauses or
 * plans the build does not have are skipped (the analysis may be older than the content).
 */
export function similarEntries(
  map: Map<string, SimilarRef[]>,
  clause: { plan: string; id: string },
  lookup: SimilarLookup,
  limit = Infinity,
): SimilarEntry[] {
  const out: SimilarEntry[] = [];
  for (const r of similarTo(map, clause.plan, clause.id)) {
    if (out.length >= limit) break;
    const target = lookup.clauseByUrl.get(r.url);
    const plan = lookup.planBySlug.get(r.plan);
    if (!target || !plan) continue;
    out.push({
      url: r.url,
      city: plan.city,
      plan: lookup.planLabel(r.plan),
      pinpoint: target.pinpoint,
      heading: target.heading,
      text: target.text,
      percent: similarPercent(r.score),
      nearVerbatim: r.nearVerbatim,
    });
  }
  return out;
}
