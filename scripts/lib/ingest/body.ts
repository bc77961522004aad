/**
 * Stage 3b — body: the text after the front matter (masthead.ts). Finds the preamble, parts 一、 (or chapters
 * 第一章) → sections (一) → items 1. / articles 第三条 → paragraphs, boxes 专栏, attachments 附件 with their tables,
 * the 落款 after the text (signature.ts) and the page furniture after it; joins lines broken mid-sentence and notes
 * lines the source cut short.
 */
import { IngestError } from './errors';
import { joinBrokenLines, endsMidSentence } from './normalize';
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
  WEB_FURNITURE,
  TABLE_LINE,
  cnToNumber,
} from './patterns';
import { parseTable } from './table';
import { findSignature } from './signature';
import { noticeHeadLine, type Masthead } from './masthead';
import { isHeadingOnly, isTableLine, newBlock, opensBlock, type Block, type StructPart, type StructSection, type Structure } from './structure';

/** Splits "标题。正文…" into its topic phrase, when the text opens with one. */
function topicOf(text: string): string | null {
  const m = TOPIC_LED.exec(text);
  return m ? m[1] : null;
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

/** Reads the body of a document after its front matter `head` into the whole Structure. `file` names it in errors. */
export function body(head: Masthead, file: string): Structure {
  const { title, titleLine, stated } = head;
  const furniture: Structure['furniture'] = [...head.furniture];
  const parts: StructPart[] = head.notice ? [head.notice] : [];
  const lines = head.rest;

  // Page furniture after the text.
  let end = lines.length;
  while (end > 0 && WEB_FURNITURE.test(lines[end - 1].text)) end--;
  const trailing = lines.slice(end).map((l) => ({ line: l.n, text: l.text }));

  // The 落款 after the text (or before its attachments), when the document prints one: a trailer, not a clause.
  const found = findSignature(lines.slice(0, end));
  const own = found ? [...lines.slice(0, found.at), ...lines.slice(found.at + found.count, end)] : lines.slice(0, end);

  // Join lines broken mid-sentence, then walk.
  const text = joinBrokenLines(own, opensBlock);
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
  const annexCount = () => parts.filter((q) => q.kind === 'annex' && q.annex === 'numbered').length;
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

    // After an attachment list, a line that is no entry of it opens the (only or next) attachment's body.
    const cur = part as unknown as StructPart | null;
    const listEntry = isHeadingOnly(t) && !PART_HEADING.test(t) && !SECTION_HEADING.test(t) && !CHAPTER_HEADING.test(t) && !isTableLine(t);
    if (cur?.kind === 'annex' && cur.annex === 'list' && !ANNEX_HEADING.test(t) && !ANNEX_LIST.test(t) && !listEntry) {
      const entries = cur.blocks.flatMap((b) => b.paragraphs);
      startPart({ kind: 'annex', annex: 'numbered', label: '', num: annexCount() + 1, title: entries.length === 1 ? entries[0] : '附件', titleInline: true, line: n, blocks: [], sections: [], tables: [] });
    }
    // A table: two or more pipe rows (a header and a row). A lone line with pipes in it is text.
    if (isTableLine(t) && k + 1 < text.length && TABLE_LINE.test(text[k + 1].text)) {
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

    // Inside an attachment, its own headings (一、, (一), 第一章) are its sections, whatever numbering they carry.
    if ((part as unknown as StructPart | null)?.kind === 'annex' && (part as unknown as StructPart).annex === 'numbered') {
      const top = PART_HEADING.exec(t) ?? CHAPTER_HEADING.exec(t);
      const sub = top ? null : SECTION_HEADING.exec(t);
      if (top || sub) {
        const hm = (top ?? sub)!;
        const num = cnToNumber(hm[1]);
        const rest = hm[2];
        const label = t.slice(0, t.length - rest.length);
        const printed = top ? (CHAPTER_HEADING.test(t) ? `第${hm[1]}章` : hm[1]) : `(${hm[1]})`;
        const a = part as unknown as StructPart;
        const parent = sub ? [...a.sections].reverse().find((q) => q.annexPath!.nums.length === 1 && !SECTION_HEADING.test(q.label)) : undefined;
        const annexPath = parent ? { nums: [...parent.annexPath!.nums, num], printed: [...parent.annexPath!.printed, printed] } : { nums: [num], printed: [printed] };
        const inline = !isHeadingOnly(rest);
        const sec: StructSection = { label, num, annexPath, title: inline ? (topicOf(rest) ?? '') : rest, titleInline: inline, line: n, blocks: [] };
        a.sections.push(sec);
        section = sec;
        block = null;
        if (inline) {
          block = newBlock('section', n, { label, heading: topicOf(rest), headingInline: true, paragraphs: [rest], paragraphLines: [n] });
          sec.blocks.push(block);
        }
        continue;
      }
    }

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
      startPart({ kind: 'annex', annex: 'numbered', label: t, num: m[1] ? cnToNumber(m[1]) : annexCount() + 1, title: '', titleInline: true, line: n, blocks: [], sections: [], tables: [] });
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
  // (The notice's own masthead — 红头, 文号, its title "…的通知" — is headings, never cut short.)
  const noticeLines = parts[0]?.kind === 'notice' ? parts[0].blocks[0].paragraphs.map((t, j) => ({ text: t, n: parts[0].blocks[0].paragraphLines[j], span: 1 })).filter((l) => !noticeHeadLine(l.text)) : [];
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
  return { title, titleLine, stated, parts, furniture, truncated, signature: found?.signature ?? null };
}
