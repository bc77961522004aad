/**
 * The analysis's input: the generated collections (content/clauses/<plan>/<id>.mdx, content/plans/<slug>.mdx), read as
 * the YAML frontmatter of each file with src/loaders/frontmatter.ts (which also loads the site's collections).
 * Not validated here: ingest wrote them from the typed model, and the site's build validates them against it
 * (src/content.config.ts). Sorted deterministically: plans by slug, clauses by plan slug, then document order.
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
