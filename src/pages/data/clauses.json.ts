/** /data/clauses.json — every clause (contract: src/lib/opendata.ts ClauseRow; README "Data downloads"), corpus then document order; compact JSON. */
import type { APIRoute } from 'astro';
import { corpus } from '~/lib/corpus';
import { clauseRow, toCompactJson } from '~/lib/opendata';

export const GET: APIRoute = async () => {
  const { clauses } = await corpus();
  return new Response(toCompactJson(clauses.map(clauseRow)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
