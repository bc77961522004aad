/** /data/plans.json — every plan (contract: src/lib/opendata.ts PlanRow; README "Data downloads"), corpus order; compact JSON. */
import type { APIRoute } from 'astro';
import { corpus } from '~/lib/corpus';
import { planRow, toCompactJson } from '~/lib/opendata';

export const GET: APIRoute = async () => {
  const { plans } = await corpus();
  return new Response(toCompactJson(plans.map(planRow)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
