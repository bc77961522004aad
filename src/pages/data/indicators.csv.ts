/** /data/indicators.csv — the targets for spreadsheet users (UTF-8 with BOM, absolute clause URLs). */
import type { APIRoute } from 'astro';
import { loadTargets, targetsCsv } from '~/lib/analysis/indicators';

export const GET: APIRoute = ({ site }) =>
  new Response(targetsCsv(loadTargets(), site?.href ?? ''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
