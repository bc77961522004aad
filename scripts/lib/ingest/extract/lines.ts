/**
 * HTML → text lines, for the Word and web-page extractors: one line per block (paragraph, heading, list item, line
 * break), tables as pipe rows ("序号 | 指标 | 2025年 |", the shape body.ts and table.ts read; a cell that a merged
 * cell above covers is left out, as Word-to-text converters do). Scripts, styles, forms and buttons are not text.
 * Works on any DOM (linkedom's here).
 */

/** Elements that end a line before and after them. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'UL', 'TD', 'TH', 'TR', 'CAPTION',
]);

/** Elements whose content is never document text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'CANVAS']);

/** The minimal DOM this module reads. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** White space as a browser shows it: runs collapsed to one space (NBSP and U+3000 are kept for normalise). */
const collapse = (s: string) => s.replace(/[ \t\r\n\f]+/g, ' ');

/** The text of a cell: its blocks joined without breaks. */
function cellText(cell: DomNode): string {
  return htmlToLines(cell).join('');
}

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

function rowsOf(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  const visit = (n: DomNode) => {
    for (const c of children(n)) {
      if (c.nodeName === 'TR') rows.push(c);
      else if (c.nodeName === 'THEAD' || c.nodeName === 'TBODY' || c.nodeName === 'TFOOT') visit(c);
    }
  };
  visit(table);
  return rows;
}

/** A table as lines: pipe rows when it has at least two rows and two columns, else its cells' text, one per line. */
export function tableLines(table: DomNode): string[] {
  const rows = rowsOf(table).map((tr) => children(tr).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH'));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length < 2 || width < 2) return rows.flatMap((r) => r.map(cellText)).filter(Boolean);
  return rows.filter((r) => r.length).map((r) => `${r.map((c) => cellText(c).replace(/\|/g, '｜')).join(' | ')} |`);
}

/** The text lines of a DOM subtree. */
export function htmlToLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += collapse(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return flush();
    if (name === 'TABLE') {
      flush();
      lines.push(...tableLines(node));
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const c of children(node)) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
