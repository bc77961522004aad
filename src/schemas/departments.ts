/**
 * content/analysis/departments.json: which departments the plans charge with which clauses, as lead (牵头) or
 * responsible (负责/参与), keyed by the department's name as printed. Written by scripts/lib/analyse/analyse.ts
 * from each clause's `departments`, read by src/lib/analysis/departments.ts (which splits a name by city).
 */
import { z } from 'astro/zod';
import { clauseSchema } from './policy';
import { clauseRefSchema, generatedSchema } from './analysis';

/** A clause a department is charged with, with the clause's themes. */
export const departmentClauseSchema = clauseRefSchema.extend({
  /** Theme slugs of the clause. */
  themes: clauseSchema.shape.themes,
});

/** One department name and the clauses it is charged with, across plans. */
export const departmentSchema = z.object({
  /** The name as printed, white space removed, e.g. "市工信局". */
  name: z.string().min(1),
  /** Slugs of the plans naming it, sorted. */
  plans: z.array(z.string()),
  /** Clauses it leads (牵头). */
  lead: z.array(departmentClauseSchema),
  /** Clauses it is responsible for or takes part in (负责/参与). */
  responsible: z.array(departmentClauseSchema),
});

export const departmentsFileSchema = z.object({
  /** Says the file is generated. */
  generated: generatedSchema,
  /** Every department name, most clauses first, then by name. */
  departments: z.array(departmentSchema),
});

export type DepartmentClause = z.infer<typeof departmentClauseSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type DepartmentsFile = z.infer<typeof departmentsFileSchema>;
