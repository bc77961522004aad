/**
 * The method page (/about/) at scale: while the corpus is small (PER_PLAN_MAX plans) it lists each plan's source
 * file and its citation files, as it always has; beyond, it summarises the sources (how many of each format, with a
 * stated source URL, with notes), and each plan's own page carries its details — source file with SHA-256, source
 * URL, notes (关于原文) and BibTeX / RIS / CSL-JSON — so the page does not grow with the corpus.
 */
import type { PlanMeta, SourceFormat } from '~/schemas/policy';
import { SOURCE_FORMAT_LABELS } from './format';

/** The sources of the corpus in numbers. */
export interface SourceSummary {
  plans: number;
  /** Plans per seed format, in the formats' order, formats without plans left out. */
  formats: { format: SourceFormat; label: string; plans: number }[];
  /** Plans whose source URL (where the document was published) is known. */
  withSourceUrl: number;
  /** Plans with notes on their source (关于原文). */
  withNotes: number;
}

export function sourceSummary(plans: readonly Pick<PlanMeta, 'format' | 'sourceUrl' | 'notes'>[]): SourceSummary {
  const formats = (Object.keys(SOURCE_FORMAT_LABELS) as SourceFormat[])
    .map((format) => ({ format, label: SOURCE_FORMAT_LABELS[format], plans: plans.filter((p) => p.format === format).length }))
    .filter((f) => f.plans > 0);
  return {
    plans: plans.length,
    formats,
    withSourceUrl: plans.filter((p) => p.sourceUrl != null).length,
    withNotes: plans.filter((p) => p.notes.length > 0).length,
  };
}
