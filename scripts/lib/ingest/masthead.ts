/**
 * Stage 3a — masthead: the front matter before the policy text, in the shapes documents arrive in:
 *  - the header of a page saved from a policy portal (政府信息公开: 索引号 / 发布机构 / 成文日期 / 文号 / 主题分类;
 *    the Suzhou seed's 政策详情, 《title》, 级别 / 状态 / 发文单位) — kept as page furniture, its facts read;
 *  - the header of a 北大法宝 (PKULaw) export (【法宝引证码】, 原文链接, 【发布部门】…, the title printed once more as
 *    the export's heading) — likewise;
 *  - an issuing notice: 红头 (发文机关标志 "…文件"), 文号, the notice's title (…关于印发《…》的通知), addressees, the
 *    notice, signature (落款), date, public-release note — one clause of its own, its facts read;
 *  - a 红头 and 文号 without a notice — furniture, facts read;
 *  - the title line.
 * What follows is the body (body.ts). Not to be confused with src/loaders/frontmatter.ts, which reads the YAML of
 * the generated MDX files.
 */
import type { Line } from './normalize';
import {
  DATE_LINE,
  PUBLIC_RELEASE,
  ADDRESSEE_LINE,
  ADDRESSEE_SHAPE,
  NOTICE_BODY,
  DOC_NUMBER_LINE,
  GUILLEMET_TITLE,
  WEB_HEADER_FIELD,
  WEB_HEADER_NEXT_FIELD,
  WEB_FURNITURE,
  PKULAW_FIELD,
  PKULAW_CODE,
  SOURCE_LINK,
  RED_HEAD,
  NOTICE_TITLE,
  FIELD_DATE,
} from './patterns';
import { organsAbove } from './signature';
import { newBlock, opensBlock, type Stated, type StructPart, type Structure } from './structure';

/** The front matter of a document and the lines after it. */
export interface Masthead {
  title: string | null;
  /** Line of the title when it is printed on a line of its own. */
  titleLine: number | null;
  /** Facts the front matter states. */
  stated: Stated;
  /** The issuing notice, as the document's first part, when there is one. */
  notice: StructPart | null;
  /** Header lines of a page or export, and a 红头 without a notice. */
  furniture: Structure['furniture'];
  /** The non-blank lines after the front matter: the body. */
  rest: Line[];
}

/** "2022年6月1日", "2022-06-01", "2022.6.1" → "2022-06-01"; null when the value is no full date. */
export function isoDate(value: string): string | null {
  const m = FIELD_DATE.exec(value.trim()) ?? DATE_LINE.exec(value.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

/** The "name:value" fields of a portal header line ("级别:苏州市级状态: 有效" → 级别, 状态). */
export function headerFields(text: string): [name: string, value: string][] {
  if (!WEB_HEADER_FIELD.test(text)) return [];
  const starts = [...text.matchAll(WEB_HEADER_NEXT_FIELD)];
  return starts.map((m, k) => [m[1], text.slice(m.index + m[0].length, starts[k + 1]?.index ?? text.length).trim()]);
}

/** What a header field states: which fact it is, by its name (fields not listed are kept as furniture only). */
const FIELD_FACT: Record<string, keyof Stated> = {
  发文单位: 'issuer',
  发布单位: 'issuer',
  发文机关: 'issuer',
  发布机构: 'issuer',
  发布部门: 'issuer',
  制定机关: 'issuer',
  发文字号: 'docNumber',
  文号: 'docNumber',
  成文日期: 'date',
  发布日期: 'publishedDate',
  公布日期: 'publishedDate',
  发布时间: 'publishedDate',
  状态: 'status',
  时效性: 'status',
  有效性: 'status',
  法宝引证码: 'pkulawCode',
};

/** Records a stated fact, first statement kept; dates must be full dates, codes well-formed. */
function state(stated: Stated, fact: keyof Stated, raw: string): void {
  const value = raw.trim();
  if (!value || stated[fact] !== undefined) return;
  if (fact === 'date' || fact === 'publishedDate') {
    const d = isoDate(value);
    if (d) stated[fact] = d;
  } else if (fact === 'pkulawCode') {
    if (PKULAW_CODE.test(value)) stated[fact] = value;
  } else stated[fact] = value;
}

/** A line of a page's or export's header: records its facts and returns true, or returns false. */
function headerLine(text: string, stated: Stated): boolean {
  if (WEB_FURNITURE.test(text)) return true;
  const link = SOURCE_LINK.exec(text);
  if (link) {
    state(stated, 'sourceUrl', link[1]);
    return true;
  }
  const pk = PKULAW_FIELD.exec(text);
  if (pk) {
    if (FIELD_FACT[pk[1]]) state(stated, FIELD_FACT[pk[1]], pk[2]);
    return true;
  }
  const fields = headerFields(text);
  for (const [name, value] of fields) if (FIELD_FACT[name]) state(stated, FIELD_FACT[name], value);
  return fields.length > 0;
}

/** A line of a notice's own masthead, above its addressees: 红头, 文号, the notice's title. */
export function noticeHeadLine(text: string): boolean {
  if (WEB_HEADER_FIELD.test(text) || PKULAW_FIELD.test(text)) return false; // "公文种类：通知" is a page field
  return RED_HEAD.test(text) || DOC_NUMBER_LINE.test(text) || NOTICE_TITLE.test(text) || (/通知$/.test(text) && text.length <= 80 && !/[。;；]/.test(text));
}

/** Reads the front matter of a normalised document. */
export function masthead(lines: Line[]): Masthead {
  const furniture: Masthead['furniture'] = [];
  const stated: Stated = {};
  let title: string | null = null;
  let titleLine: number | null = null;
  let notice: StructPart | null = null;

  const body = lines.filter((l) => l.text);
  const addressees = (j: number) =>
    j < body.length && (ADDRESSEE_LINE.test(body[j].text) || (ADDRESSEE_SHAPE.test(body[j].text) && NOTICE_BODY.test(body[j + 1]?.text ?? '')));
  /** Where the addressees of a notice starting at line k are: k itself, or after up to four masthead lines. */
  const addresseesFrom = (k: number): number | null => {
    for (let j = k; j < body.length && j <= k + 4; j++) {
      if (addressees(j)) return body.findIndex((l, d) => d > j && d <= j + 12 && DATE_LINE.test(l.text)) > 0 ? j : null;
      if (!noticeHeadLine(body[j].text)) return null;
    }
    return null;
  };
  let i = 0;

  // The header of a portal page or an export.
  while (i < body.length) {
    const { text, n } = body[i];
    const g = GUILLEMET_TITLE.exec(text);
    if (furniture.length && body[i + 1]?.text === text && !opensBlock(text)) {
      furniture.push({ line: n, text }); // an export's heading: the title printed once more below it
    } else if (addresseesFrom(i) !== null) break;
    else if (headerLine(text, stated)) furniture.push({ line: n, text });
    else if (g && title === null && furniture.length) {
      title = g[1];
      furniture.push({ line: n, text });
    } else if (DOC_NUMBER_LINE.test(text) && furniture.length) {
      state(stated, 'docNumber', text);
      furniture.push({ line: n, text });
    } else break;
    i++;
  }

  // An issuing notice: its masthead, addressees … signature, date, public-release note.
  const at = addresseesFrom(i);
  if (at !== null) {
    const dateAt = body.findIndex((l, j) => j > at && j <= at + 12 && DATE_LINE.test(l.text));
    let end = dateAt + 1;
    if (end < body.length && PUBLIC_RELEASE.test(body[end].text)) end++;
    notice = { kind: 'notice', label: '', num: 0, title: '印发通知', titleInline: true, line: body[i].n, blocks: [], sections: [], tables: [] };
    const block = newBlock('notice', body[i].n);
    for (let j = i; j < end; j++) {
      block.paragraphs.push(body[j].text);
      block.paragraphLines.push(body[j].n);
    }
    notice.blocks.push(block);
    // The notice's 落款: the organ line(s) right above its date (signature.ts).
    const organs = organsAbove(body.slice(at + 1), dateAt - at - 1);
    if (organs) state(stated, 'issuer', body.slice(dateAt - organs, dateAt).map((l) => l.text).join(' '));
    state(stated, 'date', body[dateAt].text);
    for (let j = i; j < at; j++) {
      const { text } = body[j];
      const red = RED_HEAD.exec(text);
      if (red) state(stated, 'issuer', red[1]);
      else if (DOC_NUMBER_LINE.test(text)) state(stated, 'docNumber', text);
      else state(stated, 'noticeTitle', text);
    }
    i = end;
  } else {
    // A 红头 and 文号 without a notice.
    for (let red: RegExpExecArray | null; i < body.length && ((red = RED_HEAD.exec(body[i].text)) || DOC_NUMBER_LINE.test(body[i].text)); i++) {
      state(stated, red ? 'issuer' : 'docNumber', red ? red[1] : body[i].text);
      furniture.push({ line: body[i].n, text: body[i].text });
    }
  }

  // The title: the first line that is short, no heading and no sentence, unless the page header named it.
  if (title === null && i < body.length && !opensBlock(body[i].text) && body[i].text.length <= 80 && !/[。;；]/.test(body[i].text)) {
    title = body[i].text;
    titleLine = body[i].n;
    i++;
  }
  // An export's fields printed under the title (【发布部门】 【发文字号】 【发布日期】 【时效性】 …): furniture, facts read.
  if (titleLine !== null) for (; i < body.length && PKULAW_FIELD.test(body[i].text); i++) {
    headerLine(body[i].text, stated);
    furniture.push({ line: body[i].n, text: body[i].text });
  }
  // Else the title the notice's title names: "关于印发《X》的通知" → X.
  if (title === null && stated.noticeTitle) {
    const named = NOTICE_TITLE.exec(stated.noticeTitle)?.[2];
    if (named) title = named.replace(/^《(.+)》$/, '$1');
  }
  return { title, titleLine, stated, notice, furniture, rest: body.slice(i) };
}
