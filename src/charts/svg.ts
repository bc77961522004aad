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
