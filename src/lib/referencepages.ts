/**
 * The references at scale: beyond PER_PLAN_MAX plans /references/ lists the documents several plans cite, each with
 * its own page of citing clauses (/references/<anchor>/, the anchor it had on the single page).
 */
import type { Reference } from './analysis/references';

export function referenceUrl(anchor: string): string {
  return `/references/${anchor}/`;
}

/** Documents cited by two plans or more, in the references' order (most citing plans first). */
export function sharedReferences(refs: readonly Reference[]): Reference[] {
  return refs.filter((r) => r.citingPlans.length > 1);
}
