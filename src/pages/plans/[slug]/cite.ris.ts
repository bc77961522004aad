/** /plans/<slug>/cite.ris — the plan's citation (ris), unknown fields left out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../lib/corpus';
import { ris } from '../../../lib/citation';
import type { PolicyDoc } from '../../../schema';

export const getStaticPaths = (async () => {
  const { plans } = await corpus();
  return plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { plan } = props as { plan: PolicyDoc };
  return new Response(ris(plan, site ?? 'https://localhost'), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
