/**
 * Plan search: the documents themselves, found by what identifies them — title, 文号, issuer, city, the short label
 * and kind. A plan matches when its folded metadata contains every folded query term (the same folding as clause
 * search, so "苏委发〔2021〕1号" and "苏委发 〔2021〕 1号" agree), with the brackets of a 文号 year read as one kind:
 * readers type 苏委发(2021)1号 or [2021] for 〔2021〕. The index builder indexes each plan's haystack (build.ts), and the
 * engine answers from that index; matchPlans is the same rule over the facts themselves (the reference the engine is
 * tested against, and how a long term's candidates are verified).
 */
import { foldString } from './fold';

/** Brackets a 文号's year is written with (after folding: 〔〕, 【】, [], ()): all read as "(" and ")". */
const YEAR_BRACKETS = /[〔【\[]|[〕】\]]/gu;
const canonicalBrackets = (s: string) => s.replace(YEAR_BRACKETS, (b) => ('〔【['.includes(b) ? '(' : ')'));

/** The metadata a plan is found by (a subset of the index manifest's plan entry). */
export interface PlanFacts {
  readonly title: string;
  readonly label: string;
  readonly city: string;
  readonly kind: string | null;
  readonly docNumber: string | null;
  readonly issuer: string | null;
}

/** One folded string per plan: its facts, joined by a separator no folded term contains. */
export function planHaystack(p: PlanFacts): string {
  return [p.title, p.label, p.city, p.kind, p.docNumber, p.issuer]
    .filter((v): v is string => !!v)
    .map((v) => canonicalBrackets(foldString(v)))
    .join('\n');
}

/** The form a query term is looked up in a haystack: brackets canonical. */
export const planTerm = (term: string): string => canonicalBrackets(term);

/** Indexes of the plans whose metadata contains every term (folded terms, as SearchEngine.terms gives them). */
export function matchPlans(plans: readonly PlanFacts[], terms: readonly string[]): number[] {
  if (terms.length === 0) return [];
  const wanted = terms.map(planTerm);
  const out: number[] = [];
  plans.forEach((p, i) => {
    const hay = planHaystack(p);
    if (wanted.every((t) => hay.includes(t))) out.push(i);
  });
  return out;
}
