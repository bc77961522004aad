/**
 * Stage 3 — structure. Turns normalised lines into the document's hierarchy: the front matter (page header of a
 * scraped page, issuing notice, title), the preamble, parts 一、 → sections (一) → items 1. → paragraphs, boxes 专栏,
 * attachments 附件 with their tables, and the page furniture after the text. Nothing is dropped: every line ends up
 * in exactly one place, which verify.ts checks.
 */
import { IngestError } from './errors';
import { joinBrokenLines, endsMidSentence, type Line } from './normalize';
import {
  PART_HEADING,
  CHAPTER_HEADING,
  ARTICLE_HEADING,
  SECTION_HEADING,
  ITEM_NUMBER,
  ANNEX_LIST,
  ANNEX_HEADING,
  BOX_HEADING,
  TOPIC_LED,
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
  TABLE_LINE,
  cnToNumber,
} from './patterns';
import { parseTable, type ParsedTable } from './table';

/** A block of text that becomes one clause. */
export interface Block {
  kind: 'notice' | 'preamble' | 'part' | 'section' | 'item';
  /** Number as printed ("1.", "专栏1"), "" for unnumbered text. */
  label: string;
  /** Number for the id (item/box number), 0 for unnumbered text. */
  num: number;
  /** True for 专栏 boxes. */
  box: boolean;
  /** True for articles (第三条), numbered through the whole document. */
  article: boolean;
  heading: string | null;
  headingInline: boolean;
  paragraphs: string[];
  /** Source line of each paragraph. */
  paragraphLines: number[];
  line: number;
}

export interface StructSection {
  label: string;
  num: number;
  title: string;
  titleInline: boolean;
  line: number;
  /** The section's own text (before its items), then its items and boxes, in order. */
  blocks: Block[];
}

export interface StructPart {
  kind: 'notice' | 'preamble' | 'part' | 'annex';
  label: string;
  /** Part number; annex number; 0 for notice / preamble / the attachment list / unnumbered annexes. */
  num: number;
  /** For annexes: "list" (附件: …), "numbered" (附件1), "table" (a table with no 附件 heading). */
  annex?: 'list' | 'numbered' | 'table';
  /** True for a chapter (第一章) of a document in articles. */
  chapter?: boolean;
  title: string;
  titleInline: boolean;
  line: number;
  /** Text and items directly in the part, before its first section. */
  blocks: Block[];
  sections: StructSection[];
  tables: { caption: string | null; table: ParsedTable }[];
}

export interface Structure {
  title: string | null;
  titleLine: number | null;
  /** Facts stated by the text itself. */
  stated: { issuer?: string; date?: string; docNumber?: string };
  parts: StructPart[];
  /** Page header and footer lines of a scraped page (kept as metadata). */
  furniture: { line: number; text: string }[];
  /** Lines that stop mid-sentence in the source (likely truncated there). */
  truncated: { line: number; text: string }[];
}

/** True when a normalised line opens a new block of its own (used to decide line joining). */
export function opensBlock(text: string): boolean {
  return (
    PART_HEADING.test(text) ||
    CHAPTER_HEADING.test(text) ||
    ARTICLE_HEADING.test(text) ||
    SECTION_HEADING.test(text) ||
    ITEM_NUMBER.test(text) ||
    ANNEX_LIST.test(text) ||
    ANNEX_HEADING.test(text) ||
    BOX_HEADING.test(text) ||
    TOPIC_LED.test(text) ||
    isTableLine(text) ||
    DATE_LINE.test(text) ||
    PUBLIC_RELEASE.test(text) ||
    ISSUER_LINE.test(text) ||
    WEB_FURNITURE.test(text)
  );
}

/** The first row of a table: pipe-separated, and not a heading or item that merely contains pipes (rows after it
 * may be group headings such as "一、体系保障(5项) | ||||"). */
export function isTableLine(text: string): boolean {
  return TABLE_LINE.test(text) && !PART_HEADING.test(text) && !SECTION_HEADING.test(text) && !ITEM_NUMBER.test(text) && !ANNEX_HEADING.test(text);
}

/** Splits "标题。正文…" into its topic phrase, when the text opens with one. */
function topicOf(text: string): string | null {
  const m = TOPIC_LED.exec(text);
  return m ? m[1] : null;
}

/** A heading-only line: short, and no sentence in it. */
function isHeadingOnly(rest: string): boolean {
  return rest.length <= 40 && !/[。;；]/.test(rest);
}

function newBlock(kind: Block['kind'], line: number, init: Partial<Block> = {}): Block {
  return { kind, label: '', num: 0, box: false, article: false, heading: null, headingInline: false, paragraphs: [], paragraphLines: [], line, ...init };
}

/**
 * An item ("1.…") or article ("第三条…") opened by line `t`, whose text after its number is `rest`: a heading-only
 * rest is the item's heading; otherwise it is the item's first paragraph, its topic phrase (if any) the heading.
 */
function numberedItem(t: string, rest: string, n: number, num: number, article: boolean): Block {
  const label = t.slice(0, t.length - rest.length);
  if (isHeadingOnly(rest)) return newBlock('item', n, { label, num, article, heading: rest || null });
  const topic = topicOf(rest);
  return newBlock('item', n, { label, num, article, heading: topic, headingInline: topic !== null, paragraphs: [rest], paragraphLines: [n] });
}

/** Reads the structure of a normalised document. `file` names it in errors. */
export function structure(lines: Line[], file: string): Structure {
  const furniture: Structure['furniture'] = [];
  const stated: Structure['stated'] = {};
  let title: string | null = null;
  let titleLine: number | null = null;
  const parts: StructPart[] = [];

  const body = lines.filter((l) => l.text);
  let i = 0;

  // Front: the header of a scraped policy-portal page.
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

  // Front: an issuing notice (addressees … issuer, date), then the title. Addressees that do not start with 各 are
  // recognised by the notice sentence after them.
  const addressees = (j: number) =>
    j < body.length && (ADDRESSEE_LINE.test(body[j].text) || (ADDRESSEE_SHAPE.test(body[j].text) && NOTICE_BODY.test(body[j + 1]?.text ?? '')));
  if (addressees(i)) {
    const dateAt = body.findIndex((l, j) => j > i && j <= i + 12 && DATE_LINE.test(l.text));
    if (dateAt > 0) {
      let end = dateAt + 1;
      if (end < body.length && PUBLIC_RELEASE.test(body[end].text)) end++;
      const notice: StructPart = { kind: 'notice', label: '', num: 0, title: '印发通知', titleInline: true, line: body[i].n, blocks: [], sections: [], tables: [] };
      const block = newBlock('notice', body[i].n);
      for (let j = i; j < end; j++) {
        block.paragraphs.push(body[j].text);
        block.paragraphLines.push(body[j].n);
      }
      notice.blocks.push(block);
      parts.push(notice);
      const d = DATE_LINE.exec(body[dateAt].text)!;
      stated.date = `${d[1]}-${d[2].padStart(2, '0')}-${d[3].padStart(2, '0')}`;
      if (ISSUER_LINE.test(body[dateAt - 1].text)) stated.issuer = body[dateAt - 1].text;
      i = end;
    }
  }
  if (title === null && i < body.length && !opensBlock(body[i].text) && body[i].text.length <= 80 && !/[。;；]/.test(body[i].text)) {
    title = body[i].text;
    titleLine = body[i].n;
    i++;
  }

  // Page furniture after the text.
  let end = body.length;
  while (end > i && WEB_FURNITURE.test(body[end - 1].text)) end--;
  const trailing = body.slice(end).map((l) => ({ line: l.n, text: l.text }));

  // Body: join lines broken mid-sentence, then walk.
  const text = joinBrokenLines(body.slice(i, end), opensBlock);
  const truncated: Structure['truncated'] = [];

  let part: StructPart | null = null;
  let section: StructSection | null = null;
  let block: Block | null = null;
  let expectAnnexTitle = false;

  const container = (): Block[] => (section ? section.blocks : ensurePart().blocks);
  const ensurePart = (): StructPart => {
    if (!part) {
      part = { kind: 'preamble', label: '', num: 0, title: '序言', titleInline: true, line: text[0]?.n ?? 1, blocks: [], sections: [], tables: [] };
      parts.push(part);
    }
    return part;
  };
  const startPart = (p: StructPart) => {
    parts.push(p);
    part = p;
    section = null;
    block = null;
  };
  const addParagraph = (t: string, n: number) => {
    if (!block) {
      const kind: Block['kind'] = section ? 'section' : part && part.kind !== 'preamble' ? 'part' : 'preamble';
      block = newBlock(kind, n);
      container().push(block);
    }
    block.paragraphs.push(t);
    block.paragraphLines.push(n);
  };

  for (let k = 0; k < text.length; k++) {
    const { text: t, n } = text[k];
    let m: RegExpExecArray | null;

    if (isTableLine(t)) {
      const rows: { n: number; text: string }[] = [];
      for (let j = k; j < text.length && TABLE_LINE.test(text[j].text); j++) rows.push({ n: text[j].n, text: text[j].text });
      // The caption is the short line just above the table, if it has not been claimed as an annex title.
      let caption: string | null = null;
      const p = ensurePart();
      if (p.kind === 'annex' && p.annex === 'numbered' && !p.tables.length) {
        caption = p.title || null;
      } else {
        const last = block?.paragraphs.at(-1);
        const lastLine = block?.paragraphLines.at(-1);
        const capBlock = block;
        if (capBlock && last && lastLine === rows[0].n - 1 && last.length <= 60 && !/[。;；]/.test(last)) {
          capBlock.paragraphs.pop();
          capBlock.paragraphLines.pop();
          if (!capBlock.paragraphs.length && !capBlock.heading) container().splice(container().indexOf(capBlock), 1);
          caption = last;
        }
        const annexNum = parts.filter((q) => q.kind === 'annex' && q.annex === 'table').length + 1;
        startPart({ kind: 'annex', annex: 'table', label: '', num: annexNum, title: caption ?? '附表', titleInline: caption === null, line: caption ? rows[0].n - 1 : rows[0].n, blocks: [], sections: [], tables: [] });
      }
      // Advance k past the rows consumed.
      k += rows.length - 1;
      (part as StructPart | null)!.tables.push({ caption, table: parseTable(rows) });
      block = null;
      expectAnnexTitle = false;
      continue;
    }

    if (expectAnnexTitle && part && !opensBlock(t)) {
      (part as StructPart).title = t;
      (part as StructPart).titleInline = false;
      expectAnnexTitle = false;
      continue;
    }
    expectAnnexTitle = false;

    if ((m = CHAPTER_HEADING.exec(t)) && isHeadingOnly(m[2])) {
      startPart({ kind: 'part', chapter: true, label: t.slice(0, t.length - m[2].length), num: cnToNumber(m[1]), title: m[2], titleInline: false, line: n, blocks: [], sections: [], tables: [] });
      continue;
    }
    if ((m = ARTICLE_HEADING.exec(t))) {
      block = numberedItem(t, m[2], n, cnToNumber(m[1]), true);
      container().push(block);
      continue;
    }
    if ((m = PART_HEADING.exec(t))) {
      const rest = m[2];
      const inline = /。/.test(rest);
      startPart({ kind: 'part', label: t.slice(0, t.length - rest.length), num: cnToNumber(m[1]), title: inline ? (topicOf(rest) ?? rest) : rest, titleInline: inline, line: n, blocks: [], sections: [], tables: [] });
      if (inline) addParagraph(rest, n);
      continue;
    }
    // Inside an article, its enumerated sentences ("(一)…;", "1.…;") are its own 项, not new sections or items; a
    // heading-only "(二)推动…" still opens a group of articles.
    const sub = SECTION_HEADING.exec(t) ?? ITEM_NUMBER.exec(t);
    if (sub && (block as Block | null)?.article && !isHeadingOnly(sub[2])) {
      addParagraph(t, n);
      continue;
    }
    if ((m = SECTION_HEADING.exec(t)) && (!part || (part as StructPart).kind !== 'annex' || (part as StructPart).annex !== 'list')) {
      const rest = m[2];
      const inline = !isHeadingOnly(rest);
      const sec: StructSection = { label: t.slice(0, t.length - rest.length), num: cnToNumber(m[1]), title: inline ? (topicOf(rest) ?? '') : rest, titleInline: inline, line: n, blocks: [] };
      ensurePart().sections.push(sec);
      section = sec;
      block = null;
      if (inline) {
        block = newBlock('section', n, { label: sec.label, heading: topicOf(rest), headingInline: true });
        sec.blocks.push(block);
        block.paragraphs.push(rest);
        block.paragraphLines.push(n);
      }
      continue;
    }
    if ((m = ANNEX_LIST.exec(t))) {
      startPart({ kind: 'annex', annex: 'list', label: t.slice(0, t.length - m[1].length), num: 0, title: '附件目录', titleInline: true, line: n, blocks: [], sections: [], tables: [] });
      if (m[1]) {
        addParagraph(m[1], n);
        block!.label = (part as unknown as StructPart).label;
      } else {
        block = newBlock('part', n);
        (part as unknown as StructPart).blocks.push(block);
      }
      continue;
    }
    if ((m = ANNEX_HEADING.exec(t))) {
      startPart({ kind: 'annex', annex: 'numbered', label: t, num: cnToNumber(m[1]), title: '', titleInline: true, line: n, blocks: [], sections: [], tables: [] });
      expectAnnexTitle = true;
      continue;
    }
    if (part && (part as StructPart).kind === 'annex' && (part as StructPart).annex === 'list' && ITEM_NUMBER.test(t) && isHeadingOnly(t)) {
      addParagraph(t, n); // an entry of the attachment list
      continue;
    }
    if ((m = BOX_HEADING.exec(t)) && isHeadingOnly(m[2] ?? '')) {
      block = newBlock('item', n, { label: t.slice(0, t.length - m[2].length), num: cnToNumber(m[1]), box: true, heading: m[2] || null });
      container().push(block);
      continue;
    }
    if ((m = ITEM_NUMBER.exec(t))) {
      block = numberedItem(t, m[2], n, Number(m[1].normalize('NFKC')), false);
      container().push(block);
      continue;
    }
    // A plain paragraph: it continues the current item, or is the part's / section's own text.
    addParagraph(t, n);
  }

  // Lines that stop mid-sentence where no line follows to complete them were cut short in the source.
  const noticeLines = parts[0]?.kind === 'notice' ? parts[0].blocks[0].paragraphs.map((t, j) => ({ text: t, n: parts[0].blocks[0].paragraphLines[j], span: 1 })) : [];
  for (const l of [...noticeLines, ...text]) {
    const heading = opensBlock(l.text) && !/[。;；]/.test(l.text);
    if (endsMidSentence(l.text) && !heading && l.text.length > 20 && !isTableLine(l.text)) {
      truncated.push({ line: l.n + l.span - 1, text: l.text.slice(-12) });
    }
  }

  furniture.push(...trailing);
  if (!parts.some((p) => p.kind === 'part' || p.sections.length || p.blocks.some((b) => b.kind === 'item'))) {
    throw new IngestError(file, 'no structure found: no part (一、), section ((一)), item (1.) or article (第一条) headings in the text');
  }
  return { title, titleLine, stated, parts, furniture, truncated };
}
