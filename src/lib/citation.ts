/**
 * Citations for plans and clauses: a GB/T 7714-2015 style reference (electronic resource, [EB/OL]) with the
 * clause's pinpoint and permalink, and per-plan BibTeX / RIS / CSL-JSON. Nothing is invented: a field whose value
 * is unknown is left out. The access date ([引用日期]) is added by the page's copy button, on the day of copying.
 */
import type { Clause, PlanMeta } from '~/schemas/policy';
import { gbtReferenceText } from './reference';


/** The metadata a citation may use. */
export type CitablePlan = Pick<PlanMeta, 'slug' | 'url' | 'title' | 'issuer' | 'docNumber' | 'date' | 'kind' | 'city' | 'sourceUrl'>;

/** Absolute URL of a site path, e.g. ("/plans/x/", "https://example.org") → "https://example.org/plans/x/". */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/**
 * GB/T 7714-2015 style reference (src/lib/reference.ts) without its access date, which the copy button adds:
 * `主要责任者. 题名(文号): 析出位置[EB/OL]. (发布日期). 访问路径`, e.g. "盐城市人民政府办公室.
 * 盐城市数字经济高质量发展三年行动计划(2025-2027年): 第二部分(三)第1条[EB/OL]. (2025-09-09). https://…/2-3-1/".
 */
export function gbtReference(plan: CitablePlan, site: string | URL, clause?: Pick<Clause, 'pinpoint' | 'url'>): string {
  return gbtReferenceText(plan, absoluteUrl(clause ? clause.url : plan.url, site), clause?.pinpoint);
}

/** Characters that must be escaped in BibTeX field values. */
const BIBTEX_SPECIAL = /[\\{}&%$#_^~]/g;
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

export function escapeBibtex(value: string): string {
  return value.replace(BIBTEX_SPECIAL, (ch) => BIBTEX_ESCAPES[ch]);
}

/** ISO date parts: "2025-09-09" → [2025, 9, 9]; "2024-08" → [2024, 8]; "2023" → [2023]; other shapes → null. */
export function dateParts(date: string | null): number[] | null {
  const m = date == null ? null : /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  return m.slice(1).filter((x): x is string => x != null).map(Number);
}

function note(plan: CitablePlan): string {
  return plan.sourceUrl ? `原文发布于 ${plan.sourceUrl}` : '';
}

/** BibTeX (biblatex-friendly @misc) entry for a plan; unknown fields are left out. */
export function bibtex(plan: CitablePlan, site: string | URL): string {
  const parts = dateParts(plan.date);
  const fields: [string, string | null][] = [
    // Double braces keep a corporate author whole instead of being split into first/last names.
    ['author', plan.issuer ? `{${escapeBibtex(plan.issuer)}}` : null],
    ['title', `{${escapeBibtex(plan.title)}}`],
    ['number', plan.docNumber ? escapeBibtex(plan.docNumber) : null],
    ['type', plan.kind ? escapeBibtex(plan.kind) : null],
    ['year', parts ? String(parts[0]) : null],
    ['date', parts ? plan.date : null],
    ['url', absoluteUrl(plan.url, site)],
    ['note', note(plan) ? escapeBibtex(note(plan)) : null],
    ['langid', 'chinese'],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] != null)
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@misc{${plan.slug},\n${body}\n}\n`;
}

/** RIS record for a plan (type GOVDOC); lines end with CRLF as RIS readers expect. */
export function ris(plan: CitablePlan, site: string | URL): string {
  const parts = dateParts(plan.date);
  const lines: [string, string | null][] = [
    ['TY', 'GOVDOC'],
    ['TI', plan.title],
    ['AU', plan.issuer],
    ['PY', parts ? String(parts[0]) : null],
    ['DA', parts ? parts.map((n) => String(n).padStart(2, '0')).join('/') : null],
    ['M1', plan.docNumber],
    ['M3', plan.kind],
    ['UR', absoluteUrl(plan.url, site)],
    ['N1', note(plan) || null],
    ['LA', 'zh-CN'],
    ['ER', ''],
  ];
  return lines
    .filter((l): l is [string, string] => l[1] != null)
    .map(([k, v]) => `${k}  - ${v}`.trimEnd())
    .join('\r\n')
    .concat('\r\n');
}

/** CSL-JSON item for a plan; unknown fields are absent. */
export function cslJson(plan: CitablePlan, site: string | URL): Record<string, unknown> {
  const parts = dateParts(plan.date);
  const item: Record<string, unknown> = { id: plan.slug, type: 'document', title: plan.title };
  if (plan.issuer) item.author = [{ literal: plan.issuer }];
  if (parts) item.issued = { 'date-parts': [parts] };
  if (plan.docNumber) item.number = plan.docNumber;
  if (plan.kind) item.genre = plan.kind;
  item.URL = absoluteUrl(plan.url, site);
  if (note(plan)) item.note = note(plan);
  item.language = 'zh-CN';
  return item;
}
