/** /sources/<file> — each plan's raw source file, bytes unchanged (checked against its SHA-256; src/lib/sources.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basename } from 'node:path';
import { corpus } from '~/lib/corpus';
import { sourceBytes, sourceMediaType } from '~/lib/sources';
import type { PolicyDoc } from '~/schemas/policy';

export const getStaticPaths = (async () => {
  const { plans } = await corpus();
  return plans.map((plan) => ({ params: { file: basename(plan.source) }, props: { plan } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { plan } = props as { plan: PolicyDoc };
  return new Response(sourceBytes(plan.source, plan.sha256), { headers: { 'Content-Type': sourceMediaType(plan.source) } });
};
