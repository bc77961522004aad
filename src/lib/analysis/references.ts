/**
 * Page-side view of content/analysis/citations.json (scripts/analyse.ts): the documents the plans cite (《…》 titles
 * and 文号 such as 苏发〔2022〕7号), who cites them, and which plans of the corpus are cited by others.
 */
import { readAnalysisFile } from './file';
import { shortHash, uniqueIds } from './ids';

export interface CitingClause {
  plan: string;
  id: string;
  url: string;
}

export interface CitedDocument {
  /** 文号 when known, else the title. */
  key: string;
  title: string | null;
  docNumber: string | null;
  /** Slug of the plan of the corpus this document is, else null. */
  plan: string | null;
  citedBy: CitingClause[];
}

export interface CitationData {
  documents: CitedDocument[];
}

export function loadCitations(contentDir = 'content'): CitationData {
  const json = readAnalysisFile('citations.json', contentDir);
  return { documents: json === null ? [] : (JSON.parse(json) as CitationData).documents };
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
  citedBy: CitingClause[];
  /** Citing plans, in corpus order. */
  citingPlans: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
      const citingPlans = [...new Set(d.citedBy.map((c) => c.plan))].sort((a, b) => r(a) - r(b) || cmp(a, b));
      const citedBy = [...d.citedBy].sort((a, b) => r(a.plan) - r(b.plan) || cmp(a.plan, b.plan));
      return { key: d.key, anchor: anchors.get(d.key)!, title: d.title, docNumber: d.docNumber, plan: d.plan, citedBy, citingPlans };
    })
    .sort(
      (a, b) =>
        b.citingPlans.length - a.citingPlans.length ||
        r(a.citingPlans[0]) - r(b.citingPlans[0]) ||
        cmp(a.title ?? a.key, b.title ?? b.key),
    );
}

/** What one plan cites, and which other plans of the corpus cite it. */
export interface PlanReferences {
  plan: string;
  cites: Reference[];
  /** Plans of the corpus citing this plan, with the citing clauses. */
  citedBy: CitingClause[];
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
