/**
 * The published open-data contract (issue 2): /data/plans.json, /data/clauses.json, /data/themes.json and
 * /data/clauses.csv (UTF-8 with BOM), each record complete, and every url in them served by the site — a clause
 * url by a page that marks that clause as the current one.
 */
import { fileOfUrl, type Site } from './site';

export const DATA_FILES = {
  plans: 'data/plans.json',
  clauses: 'data/clauses.json',
  themes: 'data/themes.json',
  csv: 'data/clauses.csv',
} as const;

export const PLAN_KEYS = [
  'slug', 'url', 'city', 'title', 'source', 'issuer', 'docNumber', 'date', 'period', 'kind',
  'province', 'noticeTitle', 'publishedDate', 'sourceUrl', 'pkulawCode', 'status', 'format', 'provenance',
] as const;
export const CLAUSE_KEYS = ['id', 'plan', 'url', 'path', 'titles', 'heading', 'text', 'cells', 'themes', 'departments', 'deadline'] as const;
export const THEME_KEYS = ['slug', 'label', 'url'] as const;

/** Excel needs this to read UTF-8 Chinese. */
export const UTF8_BOM = '\uFEFF';

export interface DataProblem {
  file: string;
  problem: string;
}

/** RFC 4180 records: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return records;
}

function readJsonArray(site: Site, file: string, problems: DataProblem[]): Record<string, unknown>[] {
  if (!site.files.has(file)) {
    problems.push({ file, problem: 'missing' });
    return [];
  }
  try {
    const value = JSON.parse(site.text(file));
    if (!Array.isArray(value)) throw new Error('not an array');
    return value;
  } catch (error) {
    problems.push({ file, problem: `invalid JSON array: ${(error as Error).message}` });
    return [];
  }
}

function checkKeys(file: string, records: Record<string, unknown>[], keys: readonly string[], problems: DataProblem[]) {
  records.forEach((r, i) => {
    const missing = keys.filter((k) => !(k in r));
    if (missing.length) problems.push({ file, problem: `record ${i} lacks ${missing.join(', ')}` });
  });
}

function checkUrls(site: Site, file: string, records: Record<string, unknown>[], problems: DataProblem[]) {
  const seen = new Set<string>();
  for (const r of records) {
    const url = String(r.url);
    if (seen.has(url)) problems.push({ file, problem: `url ${url} listed twice` });
    seen.add(url);
    if (!url.startsWith('/') || !url.endsWith('/')) problems.push({ file, problem: `url ${url} is not a site path ending in /` });
    else if (!fileOfUrl(site, url)) problems.push({ file, problem: `url ${url} does not resolve` });
  }
}

/** All problems with the published data; [] when the contract holds. */
export function findOpenDataProblems(site: Site): DataProblem[] {
  const problems: DataProblem[] = [];
  const plans = readJsonArray(site, DATA_FILES.plans, problems);
  const clauses = readJsonArray(site, DATA_FILES.clauses, problems);
  const themes = readJsonArray(site, DATA_FILES.themes, problems);
  checkKeys(DATA_FILES.plans, plans, PLAN_KEYS, problems);
  checkKeys(DATA_FILES.clauses, clauses, CLAUSE_KEYS, problems);
  checkKeys(DATA_FILES.themes, themes, THEME_KEYS, problems);
  for (const [file, records] of [[DATA_FILES.plans, plans], [DATA_FILES.clauses, clauses], [DATA_FILES.themes, themes]] as const) {
    if (!problems.some((p) => p.file === file) && records.length === 0) problems.push({ file, problem: 'empty' });
    checkUrls(site, file, records, problems);
  }

  const slugs = new Set(plans.map((p) => String(p.slug)));
  for (const c of clauses) {
    if (!slugs.has(String(c.plan))) problems.push({ file: DATA_FILES.clauses, problem: `clause ${c.url} names unknown plan ${c.plan}` });
    const file = fileOfUrl(site, String(c.url));
    if (!file || !file.endsWith('.html')) continue;
    const current = site.page(file).clauses.filter((el) => el.attrs['data-clause'] === c.id && el.attrs['aria-current'] === 'true');
    if (current.length !== 1) {
      problems.push({ file: DATA_FILES.clauses, problem: `page ${c.url} marks clause ${c.id} as current ${current.length} times (want 1)` });
    }
  }
  const themeSlugs = new Set(themes.map((t) => String(t.slug)));
  for (const c of clauses) {
    for (const t of Array.isArray(c.themes) ? c.themes : []) {
      if (!themeSlugs.has(String(t))) problems.push({ file: DATA_FILES.clauses, problem: `clause ${c.url} has unknown theme ${t}` });
    }
  }

  if (!site.files.has(DATA_FILES.csv)) problems.push({ file: DATA_FILES.csv, problem: 'missing' });
  else {
    const csv = site.text(DATA_FILES.csv);
    if (!csv.startsWith(UTF8_BOM)) problems.push({ file: DATA_FILES.csv, problem: 'does not start with a UTF-8 BOM' });
    const records = parseCsv(csv.replace(/^\uFEFF/, '')).filter((r) => !(r.length === 1 && r[0] === ''));
    const [header = [], ...rows] = records;
    if (rows.length !== clauses.length) {
      problems.push({ file: DATA_FILES.csv, problem: `${rows.length} rows, clauses.json has ${clauses.length}` });
    }
    const urlColumn = header.indexOf('url');
    if (urlColumn < 0) problems.push({ file: DATA_FILES.csv, problem: 'no url column' });
    else {
      const jsonUrls = new Set(clauses.map((c) => String(c.url)));
      const missing = rows.filter((r) => !jsonUrls.has(r[urlColumn]));
      if (missing.length) problems.push({ file: DATA_FILES.csv, problem: `${missing.length} rows with urls not in clauses.json, e.g. ${missing[0][urlColumn]}` });
    }
  }
  return problems;
}

export function formatDataProblems(problems: readonly DataProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `${p.file}: ${p.problem}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}
