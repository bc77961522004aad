/**
 * Reads the generated collections (content/clauses/<plan>/<id>.mdx, content/plans/<slug>.mdx): the YAML frontmatter
 * of each file (src/loaders/frontmatter.ts, the same reading as the site's). Sorted deterministically (plan slug, then document order).
 */
import path from 'node:path';
import { mdxFiles, readFrontmatter } from '~/loaders/frontmatter';
import { compareStrings } from '~/lib/order';
import type { Clause, PolicyDoc } from '~/schemas/policy';

/** All clauses under <contentDir>/clauses, sorted by plan then order. */
export function loadClauses(contentDir = 'content'): Clause[] {
  const clauses = mdxFiles(path.join(contentDir, 'clauses')).map((f) => readFrontmatter(f) as Clause);
  return clauses.sort((a, b) => compareStrings(a.plan, b.plan) || a.order - b.order);
}

/** All plans under <contentDir>/plans, sorted by slug. */
export function loadPlans(contentDir = 'content'): PolicyDoc[] {
  const plans = mdxFiles(path.join(contentDir, 'plans')).map((f) => readFrontmatter(f) as PolicyDoc);
  return plans.sort((a, b) => compareStrings(a.slug, b.slug));
}
