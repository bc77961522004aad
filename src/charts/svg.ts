/** Small helpers for charts rendered to SVG strings at build time. Every text and attribute value is escaped. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text or an attribute value for XML/HTML. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);
}

/** Round to one decimal, so output is stable and small. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Attributes to a string, skipping null/undefined; values escaped. */
export function attrs(a: Record<string, string | number | null | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v != null)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? r1(v) : (v as string))}"`)
    .join('');
}

/** Approximate rendered width of text in a CJK UI font: CJK characters 1em, others ~0.58em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.58;
  return em * fontSize;
}

/** Slant of column headings that do not fit upright. */
export const SLANT = -55;

/** A column of a grid chart: a linked heading with a bold label and a smaller sublabel. */
export interface GridColumn {
  label: string;
  sublabel: string;
  title: string;
  url: string;
}

/**
 * The linked column headings of a grid chart (theme × plan matrix, keyword × plan grid): upright when they fit,
 * else slanted. No aria-label: each link is named by what it shows (plus its <title>), never by hidden text.
 */
export function columnHeads(
  columns: GridColumn[],
  o: { labelW: number; cellW: number; headerH: number; fs: number; upright: boolean; fill: string },
): string {
  return columns
    .map((c, j) => {
      const cx = o.labelW + j * o.cellW + o.cellW / 2;
      const by = o.headerH - 6;
      const text = o.upright
        ? `<text${attrs({ x: cx, y: by - o.fs * 1.25, 'text-anchor': 'middle', 'font-size': o.fs, fill: o.fill })}>` +
          `<tspan font-weight="600">${esc(c.label)}</tspan><tspan${attrs({ x: cx, dy: '1.2em', 'font-size': o.fs - 1 })}>${esc(c.sublabel)}</tspan></text>`
        : `<text${attrs({ transform: `translate(${r1(cx - 2)},${r1(by)}) rotate(${SLANT})`, 'font-size': o.fs, fill: o.fill })}>` +
          `<tspan font-weight="600">${esc(c.label)}</tspan><tspan${attrs({ x: 0, dy: '1.15em', 'font-size': o.fs - 1 })}>${esc(c.sublabel)}</tspan></text>`;
      return `<a${attrs({ href: c.url })}><title>${esc(c.title)}</title>${text}</a>`;
    })
    .join('');
}
