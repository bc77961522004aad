/**
 * Build-time: the generated collections (content/plans, content/clauses) as the index builder's input.
 */
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { planLabel, yearOf } from '~/lib/format';
import type { IndexClause, IndexPlan } from './build';

/** The year a plan is filed under: its date's year, else the start of its period, else unknown (null). */
export function planYear(plan: Pick<PolicyDoc, 'date' | 'period'>): number | null {
  return yearOf(plan.date) ?? plan.period?.start ?? null;
}

export function toIndexPlan(plan: PolicyDoc): IndexPlan {
  return {
    slug: plan.slug,
    url: plan.url,
    city: plan.city,
    title: plan.title,
    label: planLabel(plan),
    kind: plan.kind,
    year: planYear(plan),
    docNumber: plan.docNumber,
    issuer: plan.issuer,
  };
}

export function toIndexClause(clause: Clause): IndexClause {
  return {
    plan: clause.plan,
    id: clause.id,
    url: clause.url,
    order: clause.order,
    pinpoint: clause.pinpoint,
    text: clause.text,
    themes: clause.themes,
  };
}
