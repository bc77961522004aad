/**
 * content/analysis/keywords.json: each clause's keywords, each plan's keyword profile, and how much every plan says
 * the profile words. Written by scripts/lib/analyse/analyse.ts (TF-IDF over jieba tokens per clause; per plan,
 * weighted log-odds against the other plans), read by src/lib/analysis/keywords.ts.
 */
import { z } from 'astro/zod';
import { generatedSchema } from './analysis';

/** One keyword of a clause. */
export const keywordSchema = z.object({
  /** The word (a jieba token). */
  word: z.string().min(1),
  /** Its TF-IDF weight in the clause (unit-length vector, so 0–1). */
  weight: z.number(),
});

/** One word of a plan's profile: a word the plan says distinctly more often than the other plans. */
export const planKeywordSchema = keywordSchema.extend({
  /** Its 突出度: the z-score of the log-odds of the plan saying it, against the other plans. */
  weight: z.number(),
  /** How often the plan says it (never once: a profile word is said more than once). */
  count: z.number().int().min(1),
});

/** How much every plan says the profile words, so a page can set one plan's use of a word beside the others'. */
export const wordUsageSchema = z.object({
  /** Plan slug → how many words (tokens) the analysis counted in the plan. */
  tokens: z.record(z.string(), z.number().int().min(0)),
  /** Profile word → plan slug → how often the plan says it (plans that never do are absent). */
  counts: z.record(z.string(), z.record(z.string(), z.number().int().min(1))),
});

export const keywordsFileSchema = z.object({
  /** Says the file is generated. */
  generated: generatedSchema,
  /** Clause key "<plan>/<id>" → its keywords, heaviest first. */
  clauses: z.record(z.string(), z.array(keywordSchema)),
  /** Plan slug → its profile, most distinctive first. */
  plans: z.record(z.string(), z.array(planKeywordSchema)),
  /** How much each plan says each profile word. */
  usage: wordUsageSchema,
});

export type Keyword = z.infer<typeof keywordSchema>;
export type PlanKeyword = z.infer<typeof planKeywordSchema>;
export type KeywordsFile = z.infer<typeof keywordsFileSchema>;
