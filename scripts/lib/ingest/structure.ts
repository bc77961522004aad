/**
 * The document structure that stage 3 builds, in two steps: masthead.ts reads the front matter (page header of a
 * scraped page, issuing notice, title), body.ts the text after it (preamble, parts 一、 → sections (一) → items 1. →
 * paragraphs, boxes 专栏, attachments 附件 with their tables, and the page furniture after the text). Nothing is
 * dropped: every line ends up in exactly one place, which verify.ts checks.
 *
 * This module holds what both steps share: the shapes they build and the classification of a line.
 */
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
  ISSUER_LINE,
  WEB_FURNITURE,
  TABLE_LINE,
} from './patterns';
import type { ParsedTable } from './table';
import type { Signature } from '~/schemas/policy';

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
  /** Inside an annex: the numbers of the headings down to this one (一、 → [1], its (二) → [1, 2]), and those
   * numbers as printed (["一"], ["一", "(二)"]); the annex's clause ids and paths are made of them. */
  annexPath?: { nums: number[]; printed: string[] };
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

/** Facts a document states about itself: in its text, or in the header of the page or export it came in. */
export interface Stated {
  issuer?: string;
  /** 成文日期, ISO. */
  date?: string;
  /** 发布日期, ISO. */
  publishedDate?: string;
  docNumber?: string;
  /** Title of the issuing notice. */
  noticeTitle?: string;
  sourceUrl?: string;
  pkulawCode?: string;
  status?: string;
}

export interface Structure {
  title: string | null;
  /** Line of the title when it is printed on a line of its own (not in a page header). */
  titleLine: number | null;
  /** Facts stated by the document. */
  stated: Stated;
  parts: StructPart[];
  /** Page header and footer lines of a scraped page (kept as metadata). */
  furniture: { line: number; text: string }[];
  /** Lines that stop mid-sentence in the source (likely truncated there). */
  truncated: { line: number; text: string }[];
  /** The 落款 printed after the text (or before its attachments), null when the document prints none there. */
  signature: Signature | null;
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

/** A heading-only line: short, and no sentence in it. */
export function isHeadingOnly(rest: string): boolean {
  return rest.length <= 40 && !/[。;；]/.test(rest);
}

export function newBlock(kind: Block['kind'], line: number, init: Partial<Block> = {}): Block {
  return { kind, label: '', num: 0, box: false, article: false, heading: null, headingInline: false, paragraphs: [], paragraphLines: [], line, ...init };
}
