/** /data/indicators.json — every extracted quantitative target (see scripts/lib/analyse/targets.ts). */
import type { APIRoute } from 'astro';
import { loadTargets, targetsJson } from '~/lib/analysis/indicators';

export const GET: APIRoute = () =>
  new Response(targetsJson(loadTargets()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
