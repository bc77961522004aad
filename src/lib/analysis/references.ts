/**
 * Page-side view of content/analysis/citations.json (schema: src/schemas/citations.ts; written by
 * scripts/lib/analyse/analyse.ts): the documents the plans cite (《…》 titles and 文号 such as 苏发〔2022〕7号), who
 * cites them, and which plans of the corpus are cited by others — for /references/ and its graph.
 */
import { compareStrings } from '~/lib/order';
import type { ClauseRef } from '~/schemas/analysis';
import type { CitationsFile } from '~/schemas/citations';
import { readAnalysisFile } from './file';
import { shortHash, uniqueIds } from './ids';

/** What the references are made from: the cited documents of the analysis. */
export type CitationData = Pick<CitationsFile, 'documents'>;

/** Reads content/analysis/citations.json (no documents when the analysis has not run; a malformed file stops the build). */
export function loadCitations(contentDir = 'content'): CitationData {
  return { documents: readAnalysisFile('citations', contentDir)?.documents ?? [] };
}

/** A cited document as the references page shows it. */
export interface Reference {
  key: string;
  /** Stable in-page anchor ("ref-xxxxxx", from the key). */
  anchor: string;
  title: string | null;
  docNumber: string | null;
  /** The corpus plan it is, or null. */
  plan: string | null;
  /** Citing clauses of other plans (a plan naming itself, e.g. in its issuing notice, is not a citation). */
  citedBy: ClauseRef[];
  /** Citing plans, in corpus order. */
  citingPlans: string[];
}

/**
 * References in reading order: documents cited by the most plans first (what plans share), then by the first citing
 * plan in corpus order, then by title/key. Self-citations are dropped, and documents only a plan itself names with them.
 */
export function references(data: CitationData, planOrder: readonly string[]): Reference[] {
  const rank = new Map(planOrder.map((p, i) => [p, i]));
  const r = (p: string) => rank.get(p) ?? Infinity;
  const docs = data.documents
    .map((d) => ({ ...d, citedBy: d.citedBy.filter((c) => c.plan !== d.plan) }))
    .filter((d) => d.citedBy.length > 0);
  const anchors = uniqueIds(
    docs.map((d) => d.key),
    (key) => `ref-${shortHash(key)}`,
  );
  return docs
    .map((d) => {
      const citingPlans = [...new Set(d.citedBy.map((c) => c.plan))].sort((a, b) => r(a) - r(b) || compareStrings(a, b));
      const citedBy = [...d.citedBy].sort((a, b) => r(a.plan) - r(b.plan) || compareStrings(a.plan, b.plan));
      return { key: d.key, anchor: anchors.get(d.key)!, title: d.title, docNumber: d.docNumber, plan: d.plan, citedBy, citingPlans };
    })
    .sort(
      (a, b) =>
        b.citingPlans.length - a.citingPlans.length ||
        r(a.citingPlans[0]) - r(b.citingPlans[0]) ||
        compareStrings(a.title ?? a.key, b.title ?? b.key),
    );
}

/** What one plan cites, and which other plans of the corpus cite it. */
export interface PlanReferences {
  plan: string;
  cites: Reference[];
  /** Plans of the corpus citing this plan, with the citing clauses. */
  citedBy: ClauseRef[];
}

export function planReferences(refs: readonly Reference[], planOrder: readonly string[]): PlanReferences[] {
  return planOrder.map((plan) => ({
    plan,
    cites: refs.filter((ref) => ref.citingPlans.includes(plan)),
    citedBy: refs.filter((ref) => ref.plan === plan).flatMap((ref) => ref.citedBy),
  }));
}

/** The name of a reference as read: "《标题》(文号)", "《标题》", or the 文号 alone. */
export function referenceName(ref: Pick<Reference, 'title' | 'docNumber'>): string {
  if (ref.title && ref.docNumber) return `《${ref.title}》(${ref.docNumber})`;
  if (ref.title) return `《${ref.title}》`;
  return ref.docNumber ?? '';
}
