/** /data/plans.json — every plan (contract: src/lib/opendata.ts PlanRow; README "Data downloads"), corpus order. */
import type { APIRoute } from 'astro';
import { corpus } from '~/lib/corpus';
import { planRow, toJson } from '~/lib/opendata';

export const GET: APIRoute = async () => {
  const { plans } = await corpus();
  return new Response(toJson(plans.map(planRow)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
