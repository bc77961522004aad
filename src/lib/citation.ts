/**
 * Citations for plans and clauses: a GB/T 7714-2015 style reference (electronic resource, [EB/OL]) with the
 * clause's pinpoint and permalink, and per-plan CSL-JSON, from which citation-js writes the BibTeX and RIS (what it
 * falls short in is done by hand, and said at each function). Nothing is invented: a field whose value is unknown
 * is left out. The access date ([引用日期]) is added by the page's copy button, on the day of copying.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Clause, PlanMeta } from '~/schemas/policy';
import { gbtReferenceText } from './reference';

// citation-js's BibTeX output: keep Chinese text (values are escaped here instead), and the plan's slug as the key.
Object.assign(plugins.config.get('@bibtex').format, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });

/** The metadata a citation may use. */
export type CitablePlan = Pick<PlanMeta, 'slug' | 'url' | 'title' | 'issuer' | 'docNumber' | 'date' | 'publishedDate' | 'kind' | 'city' | 'sourceUrl'>;

/**
 * The date a citation gives: the 成文日期 when the document states it, else the 发布日期 a portal or database
 * states (a plan whose only known date is its publication is cited with it, not left undated); null when neither.
 */
export function citedDate(plan: Pick<PlanMeta, 'date' | 'publishedDate'>): string | null {
  return plan.date ?? plan.publishedDate ?? null;
}

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
  return gbtReferenceText({ ...plan, date: citedDate(plan) }, absoluteUrl(clause ? clause.url : plan.url, site), clause?.pinpoint);
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

/** A BibTeX entry as citation-js maps it: type, label and formatted field values. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/**
 * BibTeX (biblatex @misc) entry for a plan, mapped from its CSL-JSON by citation-js; unknown fields are left out.
 * What citation-js's biblatex output does not do, measured on the seed plans and added here: it either drops every
 * Chinese character (asciiOnly, its default) or escapes nothing (so the text is escaped before it goes in); it
 * drops the 文号 of a @misc (kept as `number`); it writes no `year` (kept beside `date` for BibTeX styles).
 */
export function bibtex(plan: CitablePlan, site: string | URL): string {
  const item = cslJson(plan, site);
  const escaped = {
    ...item,
    title: escapeBibtex(plan.title),
    ...(plan.issuer ? { author: [{ literal: escapeBibtex(plan.issuer) }] } : {}),
    ...(plan.kind ? { genre: escapeBibtex(plan.kind) } : {}),
    ...(note(plan) ? { note: escapeBibtex(note(plan)) } : {}),
  };
  const [entry] = new Cite(escaped).format('biblatex', { format: 'object' }) as BibtexEntry[];
  const fields = { ...entry.properties };
  if (plan.docNumber) fields.number = escapeBibtex(plan.docNumber);
  const parts = dateParts(citedDate(plan));
  if (parts) fields.year = String(parts[0]);
  const body = Object.entries(fields).map(([k, v]) => `  ${k} = {${v}}`);
  return `@${entry.type}{${entry.label},\n${body.join(',\n')}\n}\n`;
}

/** RIS type for government documents; no CSL type maps to it (citation-js writes `document` as GEN). */
export const RIS_TYPE = 'GOVDOC';

/**
 * RIS record for a plan, mapped from its CSL-JSON by citation-js. What its RIS output does not do, measured, and is
 * done here: the GOVDOC type; the date as the spec writes it (2025/09/09/, not 2025/9/9/); lines ending with CRLF, as
 * RIS readers expect (it writes LF); and values on one line (it breaks every 70 characters, splitting long URLs).
 */
export function ris(plan: CitablePlan, site: string | URL): string {
  const [record] = new Cite(cslJson(plan, site)).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  const parts = dateParts(citedDate(plan));
  const tags: Record<string, string | string[]> = { ...record, TY: RIS_TYPE };
  if (parts && tags.DA) tags.DA = `${parts.map((n) => String(n).padStart(2, '0')).join('/')}/`;
  const { TY, ...rest } = tags;
  const lines = [`TY  - ${TY}`, ...Object.entries(rest).flatMap(([tag, v]) => [v].flat().map((x) => `${tag}  - ${x}`)), 'ER  - '];
  return lines.join('\r\n').concat('\r\n');
}

/** CSL-JSON item for a plan; unknown fields are absent. */
export function cslJson(plan: CitablePlan, site: string | URL): Record<string, unknown> {
  const parts = dateParts(citedDate(plan));
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
