/**
 * The GB/T 7714-2015 reference of a plan or clause, as text — pure and browser-safe: the build writes it into the
 * page, and the page's copy button (src/components/Citation.astro) adds the access date and, when the page is served
 * from another origin than the one it was built for, that origin.
 *
 * `主要责任者. 题名(文号): 析出位置[EB/OL]. (发布日期)[引用日期]. 访问路径` — unknown issuer or date are left out;
 * the access date ([引用日期]) is the day the reader copies it, which only the reader's browser knows.
 */

/** GB/T 7714 document type / carrier code for online electronic resources. */
export const GBT_TYPE_ONLINE = '[EB/OL]';

/** What a reference is made of. */
export interface ReferenceFacts {
  issuer: string | null;
  title: string;
  docNumber: string | null;
  /** Publication date as known (ISO, or a year / year-month), null when unknown. */
  date: string | null;
}

/** Title followed by its 文号 when known: "…行动计划(2021—2023年)(苏委发〔2021〕1号)". */
function titleWithNumber(p: ReferenceFacts): string {
  return p.docNumber ? `${p.title}(${p.docNumber})` : p.title;
}

/** The reference without an access date, ending with the absolute URL. */
export function gbtReferenceText(p: ReferenceFacts, url: string, pinpoint?: string): string {
  const parts: string[] = [];
  if (p.issuer) parts.push(`${p.issuer}. `);
  parts.push(titleWithNumber(p));
  if (pinpoint) parts.push(`: ${pinpoint}`);
  parts.push(`${GBT_TYPE_ONLINE}. `);
  if (p.date) parts.push(`(${p.date}). `);
  parts.push(url);
  return parts.join('');
}

/** An ISO date (YYYY-MM-DD) of a Date in local time: the reader's "today". */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The reference with its access date: "…[EB/OL]. (2025-09-09)[2026-11-30]. https://…" — or, with no publication
 * date, "…[EB/OL]. [2026-11-30]. https://…". `reference` must end with `url` (as gbtReferenceText makes it).
 */
export function withAccessDate(reference: string, url: string, accessed: string): string {
  if (!reference.endsWith(url)) throw new Error(`reference does not end with its URL ${url}`);
  const head = reference.slice(0, reference.length - url.length); // "…[EB/OL]. (date). " or "…[EB/OL]. "
  const dated = head.endsWith('). ') ? `${head.slice(0, -2)}[${accessed}]. ` : `${head}[${accessed}]. `;
  return dated + url;
}

/** Text with every absolute URL of `from` (an origin) moved to `to`: the page's own origin at run time. */
export function rebaseOrigin(text: string, from: string, to: string): string {
  return from === to ? text : text.split(`${from}/`).join(`${to}/`);
}
