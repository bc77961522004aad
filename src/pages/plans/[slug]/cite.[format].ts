/** /plans/<slug>/cite.bib, cite.ris, cite.json — the plan's citation for reference managers, unknown fields left out. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '~/lib/corpus';
import { bibtex, cslJson, ris } from '~/lib/citation';
import { toJson } from '~/lib/opendata';
import type { PolicyDoc } from '~/schemas/policy';

/** Each download format: how to write it and its media type. */
const FORMATS = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: (plan: PolicyDoc, site: URL | string) => toJson([cslJson(plan, site)]), type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
  const { plans } = await corpus();
  return plans.flatMap((plan) => Object.keys(FORMATS).map((format) => ({ params: { slug: plan.slug, format }, props: { plan } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params, site }) => {
  const { plan } = props as { plan: PolicyDoc };
  const format = FORMATS[params.format as keyof typeof FORMATS];
  return new Response(format.write(plan, site ?? 'https://localhost'), { headers: { 'Content-Type': format.type } });
};
