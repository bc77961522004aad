/**
 * content/analysis/citations.json: the documents the plans name (《…》 titles and 文号 such as 苏发〔2022〕7号), which
 * clauses name them and in what role, and which of them are plans of the corpus. Written by
 * scripts/lib/analyse/analyse.ts (titles, 文号 and roles found by scripts/lib/analyse/citations.ts), read by
 * src/lib/analysis/references.ts.
 */
import { z } from 'astro/zod';
import { clauseRefSchema, generatedSchema } from './analysis';

/**
 * What a clause does with a document it names, from the words leading up to it: "basis" — the plan rests on it
 * (根据 / 依据 / 按照 / 贯彻落实 …《…》); "produce" — the plan promises to produce it (出台 / 制定 / 编制 / 修订 …《…》);
 * "mention" — neither ("在全会通过的《…》").
 */
export const citationRoleSchema = z.enum(['basis', 'produce', 'mention']);

/** A clause naming a document, and in what role. */
export const citingClauseSchema = clauseRefSchema.extend({
  /** What the clause does with the document. */
  role: citationRoleSchema,
});

/** A document cited by the plans. */
export const citedDocumentSchema = z.object({
  /** The folded 文号 when known, else the folded title: one key per document, however the texts space it. */
  key: z.string().min(1),
  /** Title exactly as in the text, without the book-title marks; null when only a 文号 is given. */
  title: z.string().nullable(),
  /** 文号 exactly as in the text; null when none is given. */
  docNumber: z.string().nullable(),
  /** Slug of the plan of the corpus this document is, else null. */
  plan: z.string().nullable(),
  /** The clauses naming it, in corpus order, each with its role (a clause naming it in two roles is listed twice). */
  citedBy: z.array(citingClauseSchema),
});

/** What one plan cites, and which plans of the corpus cite it. */
export const planCitationsSchema = z.object({
  /** Keys of the documents it rests on or mentions (role basis or mention; not itself). */
  cites: z.array(z.string()),
  /** Keys of the documents it promises to produce (role produce). */
  produces: z.array(z.string()),
  /** Slugs of the other plans citing it (as basis or mention). */
  citedBy: z.array(z.string()),
});

export const citationsFileSchema = z.object({
  /** Says the file is generated. */
  generated: generatedSchema,
  /** Every cited document, most cited first, then by key. */
  documents: z.array(citedDocumentSchema),
  /** Plan slug → what it cites and who cites it. */
  plans: z.record(z.string(), planCitationsSchema),
});

export type CitationRole = z.infer<typeof citationRoleSchema>;
export type CitingClause = z.infer<typeof citingClauseSchema>;
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
export type CitationsFile = z.infer<typeof citationsFileSchema>;
