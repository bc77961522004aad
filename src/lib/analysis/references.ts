/**
 * Page-side view of content/analysis/citations.json (schema: src/schemas/citations.ts; written by
 * scripts/lib/analyse/analyse.ts): the documents the plans name (《…》 titles and 文号 such as 苏发〔2022〕7号), who
 * names them and in what role — a document a plan rests on (依据), one it promises to produce (拟制定), or one it only
 * mentions (提及) — and which plans of the corpus are cited by others: for /references/ and its graph.
 */
import { compareStrings } from '~/lib/order';
import type { CitationRole, CitationsFile, CitingClause } from '~/schemas/citations';
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
  /**
   * The section it is listed in (referenceRole): basis when any plan rests on it, else produce when any plan
   * promises it, else mention.
   */
  role: CitationRole;
  /** Clauses of other plans naming it, each with its role (a plan naming itself, e.g. in its issuing notice, is not a citation). */
  citedBy: CitingClause[];
  /** Plans naming it, in corpus order. */
  citingPlans: string[];
}

/** The roles in the order the page lists them. */
export const ROLE_ORDER: readonly CitationRole[] = ['basis', 'produce', 'mention'];

/** Readers' words for each role: as a section title, and beside a citing clause. */
export const ROLE_LABELS: Record<CitationRole, { section: string; clause: string }> = {
  basis: { section: '依据的文件', clause: '依据' },
  produce: { section: '拟制定的文件', clause: '拟制定' },
  mention: { section: '提及的其他文件', clause: '提及' },
};

/** Where a document is listed: basis if any clause rests on it, else produce if any promises it, else mention. */
export function referenceRole(citedBy: readonly Pick<CitingClause, 'role'>[]): CitationRole {
  return ROLE_ORDER.find((role) => citedBy.some((c) => c.role === role)) ?? 'mention';
}

/** Whether a clause cites the document (rests on it or mentions it) rather than promising to produce it. */
export const isCitation = (c: Pick<CitingClause, 'role'>) => c.role !== 'produce';

/**
 * References in reading order: by role (ROLE_ORDER), then documents named by the most plans first (what plans share),
 * then by the first plan naming it in corpus order, then by title/key. Self-citations are dropped, and documents only
 * a plan itself names with them.
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
      const role = referenceRole(citedBy);
      return { key: d.key, anchor: anchors.get(d.key)!, title: d.title, docNumber: d.docNumber, plan: d.plan, role, citedBy, citingPlans };
    })
    .sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        b.citingPlans.length - a.citingPlans.length ||
        r(a.citingPlans[0]) - r(b.citingPlans[0]) ||
        compareStrings(a.title ?? a.key, b.title ?? b.key),
    );
}

/** What one plan rests on and mentions, what it promises to produce, and which other plans of the corpus cite it. */
export interface PlanReferences {
  plan: string;
  /** Documents it rests on or mentions (its clauses' roles basis or mention). */
  cites: Reference[];
  /** Documents it promises to produce. */
  produces: Reference[];
  /** Clauses of other plans of the corpus citing this plan (resting on it or mentioning it). */
  citedBy: CitingClause[];
}

export function planReferences(refs: readonly Reference[], planOrder: readonly string[]): PlanReferences[] {
  const names = (ref: Reference, plan: string, test: (c: CitingClause) => boolean) => ref.citedBy.some((c) => c.plan === plan && test(c));
  return planOrder.map((plan) => ({
    plan,
    cites: refs.filter((ref) => names(ref, plan, isCitation)),
    produces: refs.filter((ref) => names(ref, plan, (c) => !isCitation(c))),
    citedBy: refs.filter((ref) => ref.plan === plan).flatMap((ref) => ref.citedBy.filter(isCitation)),
  }));
}

/** The plans citing a document (resting on it or mentioning it), in the reference's order: the graph's edges. */
export function citingPlansOf(ref: Pick<Reference, 'citedBy' | 'citingPlans'>): string[] {
  return ref.citingPlans.filter((plan) => ref.citedBy.some((c) => c.plan === plan && isCitation(c)));
}

/** The name of a reference as read: "《标题》(文号)", "《标题》", or the 文号 alone. */
export function referenceName(ref: Pick<Reference, 'title' | 'docNumber'>): string {
  if (ref.title && ref.docNumber) return `《${ref.title}》(${ref.docNumber})`;
  if (ref.title) return `《${ref.title}》`;
  return ref.docNumber ?? '';
}
