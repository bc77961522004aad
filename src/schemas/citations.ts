/**
 * content/analysis/citations.json: the documents the plans cite (《…》 titles and 文号 such as 苏发〔2022〕7号), which
 * clauses cite them, and which of them are plans of the corpus. Written by scripts/lib/analyse/analyse.ts (titles
 * and 文号 found by scripts/lib/analyse/citations.ts), read by src/lib/analysis/references.ts.
 */
import { z } from 'astro/zod';
import { clauseRefSchema, generatedSchema } from './analysis';

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
  /** The clauses citing it, in corpus order. */
  citedBy: z.array(clauseRefSchema),
});

/** What one plan cites, and which plans of the corpus cite it. */
export const planCitationsSchema = z.object({
  /** Keys of the documents it cites (not itself). */
  cites: z.array(z.string()),
  /** Slugs of the other plans citing it. */
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

export type CitedDocument = z.infer<typeof citedDocumentSchema>;
export type CitationsFile = z.infer<typeof citationsFileSchema>;
