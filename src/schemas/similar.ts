/**
 * content/analysis/similar.json: for each clause, the clauses of other plans that say much the same, and the pairs
 * that are near-verbatim copies. Written by scripts/lib/analyse/analyse.ts, read by src/lib/analysis/similar.ts.
 */
import { z } from 'astro/zod';
import { clauseRefSchema, generatedSchema } from './analysis';

/** A similar clause of another plan. */
export const similarRefSchema = clauseRefSchema.extend({
  /** Cosine of the two clauses' TF-IDF vectors (0–1, three decimals). */
  score: z.number().min(0).max(1),
  /** The two texts are near-verbatim copies (character 4-gram containment at or above the threshold). */
  nearVerbatim: z.boolean(),
});

/** How similarity was measured, in words and thresholds, for readers of the open file. */
export const similarMethodSchema = z.object({
  /** The measure, e.g. "cosine of TF-IDF vectors over jieba tokens". */
  measure: z.string(),
  /** Lowest score kept. */
  threshold: z.number(),
  /** Most similar clauses kept per clause. */
  max: z.number().int().min(1),
  /** When two texts count as near-verbatim copies. */
  nearVerbatim: z.string(),
});

/** Two clauses of different plans that are near-verbatim copies of each other. */
export const nearVerbatimPairSchema = z.object({
  /** The clause whose key ("<plan>/<id>") sorts first. */
  a: clauseRefSchema,
  /** The other clause. */
  b: clauseRefSchema,
  /** Share of the shorter text's character 4-grams found in the other (0–1, three decimals). */
  containment: z.number().min(0).max(1),
});

export const similarFileSchema = z.object({
  /** Says the file is generated. */
  generated: generatedSchema,
  /** How similarity was measured. */
  method: similarMethodSchema,
  /** Clause key "<plan>/<id>" → its similar clauses in other plans, best first (clauses with none are absent). */
  clauses: z.record(z.string(), z.array(similarRefSchema)),
  /** Every near-verbatim pair, once. */
  nearVerbatim: z.array(nearVerbatimPairSchema),
});

export type SimilarRef = z.infer<typeof similarRefSchema>;
export type SimilarFile = z.infer<typeof similarFileSchema>;
