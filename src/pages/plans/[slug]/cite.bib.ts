/** /plans/<slug>/cite.bib — the plan's citation (bib), unknown fields left out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../lib/corpus';
import { bibtex } from '../../../lib/citation';
import type { PolicyDoc } from '../../../schema';

export const getStaticPaths = (async () => {
  const { plans } = await corpus();
  return plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { plan } = props as { plan: PolicyDoc };
  return new Response(bibtex(plan, site ?? 'https://localhost'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
