/** /data/clauses.csv — the clauses of clauses.json for spreadsheets: UTF-8 with BOM, RFC 4180 quoting, CRLF. */
import type { APIRoute } from 'astro';
import { corpus } from '~/lib/corpus';
import { clauseRow, clausesCsv } from '~/lib/opendata';

export const GET: APIRoute = async () => {
  const { clauses } = await corpus();
  return new Response(clausesCsv(clauses.map(clauseRow)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
