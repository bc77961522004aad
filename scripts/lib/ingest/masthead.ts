/**
 * Stage 3a — masthead: the front matter before the policy text. Reads, in order, the header of a scraped
 * policy-portal page (its field lines and the title in 《…》 kept as page furniture, its facts as stated metadata),
 * an issuing notice (addressees … issuer, date, public-release note: one clause of its own), and the title line.
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
  ISSUER_LINE,
  DOC_NUMBER_LINE,
  GUILLEMET_TITLE,
  WEB_HEADER_FIELD,
  WEB_FURNITURE,
} from './patterns';
import { newBlock, opensBlock, type StructPart, type Structure } from './structure';

/** The front matter of a document and the lines after it. */
export interface Masthead {
  title: string | null;
  titleLine: number | null;
  /** Facts the front matter states. */
  stated: Structure['stated'];
  /** The issuing notice, as the document's first part, when there is one. */
  notice: StructPart | null;
  /** Page-header lines of a scraped page. */
  furniture: Structure['furniture'];
  /** The non-blank lines after the front matter: the body. */
  rest: Line[];
}

/** Reads the front matter of a normalised document. */
export function masthead(lines: Line[]): Masthead {
  const furniture: Masthead['furniture'] = [];
  const stated: Masthead['stated'] = {};
  let title: string | null = null;
  let titleLine: number | null = null;
  let notice: StructPart | null = null;

  const body = lines.filter((l) => l.text);
  let i = 0;

  // The header of a scraped policy-portal page.
  while (i < body.length) {
    const { text, n } = body[i];
    const field = WEB_HEADER_FIELD.exec(text);
    const g = GUILLEMET_TITLE.exec(text);
    if (WEB_FURNITURE.test(text)) furniture.push({ line: n, text });
    else if (g && title === null && furniture.length) {
      title = g[1];
      titleLine = n;
      furniture.push({ line: n, text });
    } else if (DOC_NUMBER_LINE.test(text) && furniture.length) {
      stated.docNumber = text;
      furniture.push({ line: n, text });
    } else if (field) {
      furniture.push({ line: n, text });
      const [, name, value] = field;
      if (/发文单位|发布单位|发文机关/.test(name) && value) stated.issuer = value;
      if (/发文字号|文号/.test(name) && value) stated.docNumber = value;
    } else break;
    i++;
  }

  // An issuing notice (addressees … issuer, date), then the title. Addressees that do not start with 各 are
  // recognised by the notice sentence after them.
  const addressees = (j: number) =>
    j < body.length && (ADDRESSEE_LINE.test(body[j].text) || (ADDRESSEE_SHAPE.test(body[j].text) && NOTICE_BODY.test(body[j + 1]?.text ?? '')));
  if (addressees(i)) {
    const dateAt = body.findIndex((l, j) => j > i && j <= i + 12 && DATE_LINE.test(l.text));
    if (dateAt > 0) {
      let end = dateAt + 1;
      if (end < body.length && PUBLIC_RELEASE.test(body[end].text)) end++;
      notice = { kind: 'notice', label: '', num: 0, title: '印发通知', titleInline: true, line: body[i].n, blocks: [], sections: [], tables: [] };
      const block = newBlock('notice', body[i].n);
      for (let j = i; j < end; j++) {
        block.paragraphs.push(body[j].text);
        block.paragraphLines.push(body[j].n);
      }
      notice.blocks.push(block);
      const d = DATE_LINE.exec(body[dateAt].text)!;
      stated.date = `${d[1]}-${d[2].padStart(2, '0')}-${d[3].padStart(2, '0')}`;
      if (ISSUER_LINE.test(body[dateAt - 1].text)) stated.issuer = body[dateAt - 1].text;
      i = end;
    }
  }

  // The title: the first line that is short, no heading and no sentence, unless the page header named it.
  if (title === null && i < body.length && !opensBlock(body[i].text) && body[i].text.length <= 80 && !/[。;；]/.test(body[i].text)) {
    title = body[i].text;
    titleLine = body[i].n;
    i++;
  }
  return { title, titleLine, stated, notice, furniture, rest: body.slice(i) };
}
