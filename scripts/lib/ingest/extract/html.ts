/**
 * Web pages (.html) saved from a policy portal → text lines. The page is parsed by linkedom; its metadata fields
 * (a 索引号 / 发布机构 / 成文日期 / 文号 / 主题分类 table or list above the title) are read into "名称：值" lines that
 * the masthead stage reads as page furniture, and so are the 文号 and date printed under the title of a page without
 * such a table (articleHead); its canonical link is the source URL; the main content is found by
 * Mozilla's Readability (Firefox Reader View), which leaves out navigation, share buttons and footers (网站标识码,
 * ICP备案); what remains is turned into lines (lines.ts). A page with no recognisable document body is refused.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { IngestError } from '../errors';
import { DOC_NUMBER_LINE, PAGE_FIELD_NAMES } from '../patterns';
import type { Stated } from '../structure';
import { htmlToLines, type DomNode } from './lines';
import type { Extracted } from './types';

/** Decodes page bytes: UTF-8, else the charset the page declares (GBK/GB2312/GB18030 pages are common). */
export function decodeHtml(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] ?? 'gb18030';
    return iconv.decode(bytes, iconv.encodingExists(declared) ? declared : 'gb18030');
  }
}

/** A field label in a metadata table cell: "发布机构", "发布机构：", "【发布机构】". Group: the name. */
const FIELD_LABEL = new RegExp(`^[【\\[]?(${PAGE_FIELD_NAMES.join('|')})[】\\]]?\\s*[:：]?$`);

interface El extends DomNode {
  tagName: string;
  querySelectorAll(sel: string): ArrayLike<El>;
  querySelector(sel: string): El | null;
  remove(): void;
  parentNode: El | null;
  nextElementSibling: El | null;
}

/**
 * The portal's metadata block: the smallest table (or list) holding at least two field labels, as "name：value"
 * lines. It is removed from the page, so that the content does not repeat it.
 */
function metadataFields(doc: El): string[] {
  const tables = Array.from(doc.querySelectorAll('table, dl, ul'));
  for (const t of tables) {
    const cells = Array.from(t.querySelectorAll('th, td, dt, dd, li')).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
    const out: string[] = [];
    for (let k = 0; k < cells.length; k++) {
      const inline = new RegExp(`^(${PAGE_FIELD_NAMES.join('|')})\\s*[:：]\\s*(.+)$`).exec(cells[k]);
      const label = FIELD_LABEL.exec(cells[k]);
      if (inline) out.push(`${inline[1]}：${inline[2]}`);
      else if (label && k + 1 < cells.length && !FIELD_LABEL.test(cells[k + 1])) out.push(`${label[1]}：${cells[++k]}`);
    }
    if (out.length >= 2 && !Array.from(t.querySelectorAll('table')).length) {
      t.remove();
      return out;
    }
  }
  return [];
}

/** The most characters a line of an article's head (under its <h1>: 文号, source and date) has. */
const ARTICLE_HEAD_MAX = 120;

/** A date in an article's head line: "信息来源:某市政府网 日期:2023-08-22", "发布时间：2023年8月22日 10:00". Group: the date. */
export const ARTICLE_HEAD_DATE = /(?:发布日期|发布时间|日期|时间)\s*[:：]\s*(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}(?:\s*日)?)/;

/**
 * Pages without a field table print the 文号 and the date on short lines right under the title <h1>, outside the
 * main text (Readability leaves them out): read them as "文号：…" and "发布日期：…" lines. Only the <h1>'s next
 * siblings up to the first long one are looked at; a field the table already gave is not read again.
 */
function articleHead(doc: El, fields: string[]): string[] {
  const out: string[] = [];
  const has = (name: string) => fields.some((f) => f.startsWith(`${name}：`)) || out.some((f) => f.startsWith(`${name}：`));
  for (let el = doc.querySelector('h1')?.nextElementSibling ?? null; el; el = el.nextElementSibling) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > ARTICLE_HEAD_MAX) break;
    const date = ARTICLE_HEAD_DATE.exec(text);
    if (DOC_NUMBER_LINE.test(text) && !has('文号')) out.push(`文号：${text}`);
    else if (date && !has('发布日期')) out.push(`发布日期：${date[1]}`);
  }
  return out;
}

/** The page's own title: its ArticleTitle meta tag, else its first <h1>. */
function pageTitle(doc: El): string | null {
  const meta = doc.querySelector('meta[name="ArticleTitle"]')?.getAttribute?.('content');
  const h1 = doc.querySelector('h1')?.textContent;
  const t = (meta || h1 || '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Extracts a saved portal page. `file` names it in errors. */
export function extractHtml(bytes: Buffer, file: string): Extracted {
  const html = decodeHtml(bytes);
  const { document } = parseHTML(html);
  const doc = document as unknown as El;
  const stated: Stated = {};
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute?.('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute?.('content');
  if (canonical && /^https?:\/\//.test(canonical)) stated.sourceUrl = canonical;
  const table = metadataFields(doc);
  const fields = [...table, ...articleHead(doc, table)];
  const title = pageTitle(doc);
  const article = new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: false }).parse();
  if (!article?.content) throw new IngestError(file, 'has no recognisable document body (no main text found on the page); save the document text as a .txt instead');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const body = htmlToLines(content.body as unknown as DomNode);
  const han = body.join('').match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (han < 100) throw new IngestError(file, `has no recognisable document body (the main text found has only ${han} Chinese characters); save the document text as a .txt instead`);
  const lines = [...fields, ...(title && body[0] !== title ? [title] : []), ...body];
  return { lines, stated };
}
