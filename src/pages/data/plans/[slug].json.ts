/** /data/plans/<slug>.json — one plan: its facts, province and codes, and its clauses (PlanFile in src/lib/opendata.ts); compact JSON, read by the compare view. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '~/lib/corpus';
import { planFile, toCompactJson } from '~/lib/opendata';
import { similarMap, similarTo } from '~/lib/analysis/similar';

export const getStaticPaths = (async () => {
  const { plans } = await corpus();
  return plans.map((p) => ({ params: { slug: p.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const c = await corpus();
  const plan = c.planBySlug.get(params.slug!)!;
  return new Response(toCompactJson(planFile(plan, c.clausesOf(plan.slug), (x) => similarTo(similarMap(), x.plan, x.id).length)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
