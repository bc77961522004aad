/** /plans/<slug>/cite.json — the plan's citation (json), unknown fields left out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../lib/corpus';
import { cslJson } from '../../../lib/citation';
import { toJson } from '../../../lib/opendata';
import type { PolicyDoc } from '../../../schema';

export const getStaticPaths = (async () => {
  const { plans } = await corpus();
  return plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { plan } = props as { plan: PolicyDoc };
  return new Response(toJson([cslJson(plan, site ?? 'https://localhost')]), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
