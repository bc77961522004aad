/**
 * content/analysis/targets.json: the quantitative targets stated by the plans ("到2027年,全市算力规模突破20000P").
 * Extracted by scripts/lib/analyse/targets.ts (which builds `Target`s), published with their clause's permalink and
 * city by scripts/lib/analyse/analyse.ts, read by src/lib/analysis/indicators.ts.
 */
import { z } from 'astro/zod';
import { generatedSchema } from './analysis';

/**
 * How the value is stated: "≥" (以上, 不少于, 不低于), ">" (超, 超过, 突破), "≈" (左右, 约), "≤" (以下, 不超过),
 * "=" (达到, 为, or nothing).
 */
export const comparatorSchema = z.enum(['≥', '>', '≈', '≤', '=']);

/**
 * What a target's number counts, as its words say: "cumulative" — a running total (累计建成…, 三年内累计形成…);
 * "new" — what is added (新增…, 新培育…, 新建…); "per-year" — a year's amount (每年…, 年均…, 全年…, 年内…); "unmarked"
 * — the text says none of these (a level reached, "到2027年,…达到…", or a count the text does not qualify).
 */
export const measureSchema = z.enum(['cumulative', 'new', 'per-year', 'unmarked']);

/** One target as extracted from a clause. */
export const targetSchema = z.object({
  /** Slug of the plan stating it. */
  plan: z.string(),
  /** Id of the clause stating it. */
  clause: z.string(),
  /** Normalised indicator name (canonical where known, without its scope qualifiers), so it lines up across plans. */
  indicator: z.string().min(1),
  /**
   * Scope qualifiers the name carried beyond a canonical indicator ("国家级", "省级以上", "数字经济领域", "规上",
   * "重点企业", "中小企业"), in a fixed order; [] for a bare canonical name and for every name that is not canonical
   * (its qualifiers stay in its wording).
   */
  scope: z.array(z.string()),
  /** What the number counts: a running total, what is added, a year's amount, or none of these said. */
  measure: measureSchema,
  /** The indicator as worded in the text (cleaned). */
  raw: z.string(),
  /** The value, scaled to the unit (万/亿 folded in: "1.2万个" → 12000 个, "5000万元" → 0.5 亿元). */
  value: z.number(),
  /** Upper end of a range ("3~5家": value 3, valueMax 5), else null. */
  valueMax: z.number().nullable(),
  /** Unit after folding 万/亿 multipliers: "亿元", "个", "家", "%", "P", "架" …, "" for an index. */
  unit: z.string(),
  /** Target year as stated in the sentence (到2027年 / 2024年), or the table column; null when not stated. */
  year: z.number().int().nullable(),
  /** How the value is stated. */
  comparator: comparatorSchema,
  /** The sentence (or table row) it comes from, as the clause has it. */
  text: z.string(),
});

/** A target as published: the extracted target plus where it links. */
export const targetRecordSchema = targetSchema.extend({
  /** Permalink of the clause it comes from. */
  url: z.string(),
  /** City of the plan, null when unknown. */
  city: z.string().nullable(),
});

export const targetsFileSchema = z.object({
  /** Says the file is generated. */
  generated: generatedSchema,
  /** Every target, by indicator, year, plan, clause and value. */
  targets: z.array(targetRecordSchema),
});

export type Comparator = z.infer<typeof comparatorSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Target = z.infer<typeof targetSchema>;
export type TargetRecord = z.infer<typeof targetRecordSchema>;
export type TargetsFile = z.infer<typeof targetsFileSchema>;
