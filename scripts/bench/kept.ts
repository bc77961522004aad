/**
 * The hand-kept sections of BENCHMARKS.md, carried over when `npm run bench` rewrites the file: what one run cannot
 * measure (where the bytes go, the search bench at 1,000 plans, the history of earlier figures). A section runs from
 * its "## " heading to the next one; it is kept when its heading starts with one of KEPT_HEADINGS.
 */

/** Headings (their start: "## Where the bytes go at 100 plans" is kept by "## Where the bytes go") of the kept sections. */
export const KEPT_HEADINGS = ['## Where the bytes go', '## Search at 1,000 plans', '## History'] as const;

/** The kept sections of a BENCHMARKS.md text, in their order there, each ending in a newline; "" when none. */
export function keptSections(text: string): string {
  const sections = `\n${text}`.split(/\n(?=## )/).slice(1);
  // "## History" keeps "## History" and "## History (…)", not "## Historyless".
  const isKept = (s: string) => KEPT_HEADINGS.some((h) => s.startsWith(h) && (s.length === h.length || /\s/.test(s.charAt(h.length))));
  const kept = sections.filter(isKept);
  return kept.map((s) => `\n${s.replace(/\n*$/, '\n')}`).join('');
}
