/**
 * Item trailers: the bracketed group closing an item that names who leads, who is responsible and by when —
 * "〔市工信局牵头,市发改委、市科技局按职责分工负责〕", "(责任部门:市数据局、市发改委等按职责分工负责,完成时间:2025年3月底前)".
 * The trailer stays in the clause text; here it is also read into fields.
 */
import type { Departments } from '~/schemas/policy';
import { TRAILER_KEYWORDS, TRAILER_LEAD, TRAILER_FIELD } from './patterns';

const OPEN = '〔(（[【';
const CLOSE = '〕)）]】';

/** Finds the bracketed group that ends the text (balanced, nesting allowed), or null. */
export function findTrailer(text: string): string | null {
  const end = text.length - 1;
  if (end < 0 || !CLOSE.includes(text[end])) return null;
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const ch = text[i];
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch)) {
      depth--;
      if (depth === 0) {
        const group = text.slice(i);
        return TRAILER_KEYWORDS.test(group) ? group : null;
      }
    }
  }
  return null;
}

/** Splits at top-level separators (not inside brackets). */
function splitTop(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth--;
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

/** Phrases around organ names in trailers that are not part of any name. */
const ORGAN_NOISE =
  /(?:等各有关部门|等有关部门和单位|等有关部门|等有关单位|有关部门和单位|等)?(?:按职责分工负责|按职责负责|分工负责|负责|配合|参与)?$/;

/** Words for "the units" in an organ list ("市直有关部门、单位"): no organ's name on their own. */
export const GENERIC_ORGAN = /^(?:有关|相关|各)?(?:部门|单位|部门和单位|单位和部门)$/;

/** A remark inside a trailer, not an organ list: "以下内容均需…落实", "不再单独列出", "所有重点任务均需各地落实". */
export const TRAILER_REMARK = /以下|不再|均需|所有/;

/** Splits an organ list ("市发改委、市科技局等按职责分工负责") into names. */
export function splitOrgans(list: string): string[] {
  const cleaned = list.replace(ORGAN_NOISE, '').replace(/等$/, '');
  return splitTop(cleaned, '、,，;； ')
    .map((x) => x.replace(/^(?:由|和|及|与)/, '').replace(/等(?:各)?(?:有关|相关)?(?:部门|单位)?(?:和单位)?$/, ''))
    .filter((x) => x.length >= 2 && !GENERIC_ORGAN.test(x));
}

/** Reads departments and deadline from a trailer group. */
export function parseTrailer(trailer: string): { departments: Departments; deadline: string | null } {
  const inner = trailer.slice(1, -1);
  const lead: string[] = [];
  const responsible: string[] = [];
  let deadline: string | null = null;
  const others: string[] = [];
  // The organ list of a labelled field runs on past "," to the next field or remark ("责任单位:市直有关部门、单位,
  // 各区市政府、开发区管委。以下任务…"): where its later pieces go.
  let listing: string[] | null = null;
  for (const part of splitTop(inner, ',，;；。')) {
    const field = TRAILER_FIELD.exec(part);
    if (field) {
      const [, label, value] = field;
      listing = null;
      if (label.startsWith('完成')) deadline = value;
      else {
        listing = label.startsWith('牵头') ? lead : responsible;
        listing.push(...splitOrgans(value));
      }
      continue;
    }
    if (listing && !TRAILER_REMARK.test(part) && !TRAILER_LEAD.test(part)) {
      listing.push(...splitOrgans(part));
      continue;
    }
    listing = null;
    const led = TRAILER_LEAD.exec(part);
    if (led) {
      lead.push(...splitOrgans(led[1]));
      continue;
    }
    if (!TRAILER_REMARK.test(part)) others.push(part);
  }
  if (others.some((p) => /负责|配合|参与/.test(p))) for (const p of others) responsible.push(...splitOrgans(p));
  return { departments: { lead: unique(lead), responsible: unique(responsible) }, deadline };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Departments and deadline from a table row, by column names (责任部门 / 牵头责任单位 / 完成时间 …). */
export function rowFields(columns: string[], values: string[]): { departments: Departments; deadline: string | null } {
  const lead: string[] = [];
  const responsible: string[] = [];
  let deadline: string | null = null;
  columns.forEach((col, i) => {
    const v = values[i] ?? '';
    if (!v) return;
    const name = col.replace(/\s/g, '');
    if (/完成时间|完成时限|时间节点/.test(name)) deadline = v;
    else if (/牵头/.test(name)) lead.push(...splitOrgans(v));
    else if (/责任|部门|单位/.test(name)) responsible.push(...splitOrgans(v));
  });
  return { departments: { lead: unique(lead), responsible: unique(responsible) }, deadline };
}

