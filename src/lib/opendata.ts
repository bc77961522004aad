/**
 * The published open data (/data/plans.json, clauses.json, themes.json, clauses.csv, plans/<slug>.json): exactly
 * the contract of the pipeline issue (records picked from the model, src/schemas/policy.ts), in corpus order (plans by city then time;
 * clauses in document order within each plan).
 */
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { planShortLabel } from './format';
import { themeUrl } from './themeview';

/** A plan record of plans.json: the fields of PolicyDoc (src/schemas/policy.ts) a data user needs. */
export type PlanRow = Pick<
  PolicyDoc,
  'slug' | 'url' | 'city' | 'title' | 'source' | 'issuer' | 'docNumber' | 'date' | 'period' | 'kind' | 'province' | 'noticeTitle' | 'publishedDate' | 'sourceUrl' | 'pkulawCode' | 'status' | 'format' | 'provenance'
>;

/** A clause record of clauses.json: `titles` are the part and section titles above it; a table row carries its
 * `cells` keyed by their column headers ([{column, text}], in column order), other clauses `cells: null`. */
export type ClauseRow = Pick<Clause, 'id' | 'plan' | 'url' | 'path' | 'titles' | 'heading' | 'text' | 'cells' | 'themes' | 'departments' | 'deadline'>;

export interface ThemeRow {
  slug: string;
  label: string;
  url: string;
}

/**
 * /data/plans/<slug>.json, the file the compare view reads: the plan's plans.json record, its GB/T 2260 codes, a
 * short label, and its clauses (clauses.json records, in document order) each with its citation pinpoint.
 */
export type PlanFile = PlanRow &
  Pick<PolicyDoc, 'provinceCode' | 'divisionCode' | 'clauseCount'> & {
    /** Tells the city's plans apart: period, else year, else kind ("2025–2027"). */
    label: string;
    /** Each clause with its citation pinpoint and how many similar clauses other plans have (listed on its page). */
    clauses: (ClauseRow & Pick<Clause, 'pinpoint'> & { similar: number })[];
  };

export function planRow(p: PolicyDoc): PlanRow {
  return {
    slug: p.slug,
    url: p.url,
    city: p.city,
    title: p.title,
    source: p.source,
    issuer: p.issuer,
    docNumber: p.docNumber,
    date: p.date,
    period: p.period,
    kind: p.kind,
    province: p.province,
    noticeTitle: p.noticeTitle,
    publishedDate: p.publishedDate,
    sourceUrl: p.sourceUrl,
    pkulawCode: p.pkulawCode,
    status: p.status,
    format: p.format,
    provenance: p.provenance,
  };
}

export function clauseRow(c: Clause): ClauseRow {
  return {
    id: c.id,
    plan: c.plan,
    url: c.url,
    path: c.path,
    titles: c.titles,
    heading: c.heading,
    text: c.text,
    cells: c.cells,
    themes: c.themes,
    departments: { lead: c.departments.lead, responsible: c.departments.responsible },
    deadline: c.deadline,
  };
}

/** /data/plans/<slug>.json: the plan's row, where it is, and its clauses with their pinpoints (the compare view's source). */
export function planFile(p: PolicyDoc, clauses: readonly Clause[], similarCount: (c: Clause) => number = () => 0): PlanFile {
  return {
    ...planRow(p),
    provinceCode: p.provinceCode,
    divisionCode: p.divisionCode,
    label: planShortLabel(p),
    clauseCount: clauses.length,
    clauses: clauses.map((c) => ({ ...clauseRow(c), pinpoint: c.pinpoint, similar: similarCount(c) })),
  };
}

/** URL of a plan's data file. */
export function planFileUrl(slug: string): string {
  return `/data/plans/${slug}.json`;
}

export function themeRow(t: { slug: string; label: string }): ThemeRow {
  return { slug: t.slug, label: t.label, url: themeUrl(t.slug) };
}

/** JSON as published: two-space indent, trailing newline (stable bytes for determinism checks). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** JSON without indentation, trailing newline (a fifth smaller): /data/clauses.json, plans.json and the per-plan files the compare view fetches. */
export function toCompactJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** UTF-8 byte order mark, so spreadsheet programs open the Chinese text correctly. */
export const BOM = '\uFEFF';

/** Characters that force a CSV field to be quoted (RFC 4180). */
const CSV_NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return CSV_NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Separator for list values inside one CSV cell (themes, departments, path). */
export const CSV_LIST_SEPARATOR = ';';

/** CSV columns, in order, and how each is read from a clause row. */
export const CLAUSE_CSV_COLUMNS: [string, (c: ClauseRow) => string][] = [
  ['plan', (c) => c.plan],
  ['id', (c) => c.id],
  ['url', (c) => c.url],
  ['path', (c) => c.path.join(CSV_LIST_SEPARATOR)],
  ['titles', (c) => c.titles.join(CSV_LIST_SEPARATOR)],
  ['heading', (c) => c.heading ?? ''],
  ['text', (c) => c.text],
  ['themes', (c) => c.themes.join(CSV_LIST_SEPARATOR)],
  ['departments_lead', (c) => c.departments.lead.join(CSV_LIST_SEPARATOR)],
  ['departments_responsible', (c) => c.departments.responsible.join(CSV_LIST_SEPARATOR)],
  ['deadline', (c) => c.deadline ?? ''],
];

/** clauses.csv: BOM, header row, one row per clause, CRLF line ends, fields quoted where needed. */
export function clausesCsv(rows: readonly ClauseRow[]): string {
  const lines = [CLAUSE_CSV_COLUMNS.map(([name]) => name), ...rows.map((r) => CLAUSE_CSV_COLUMNS.map(([, get]) => get(r)))];
  return BOM + lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
