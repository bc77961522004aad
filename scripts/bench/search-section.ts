/**
 * BENCHMARKS.md's search section ("## Search at 1,000 plans"), rewritten by `npm run bench:search -- --plans 1000`:
 * its generated figures first, then a marker line, then the hand-kept paragraphs (earlier figures and what changed
 * them), which a rewrite carries over unchanged. `npm run bench` keeps the whole section (kept.ts).
 */

/** The line in BENCHMARKS.md's search section after which the hand-kept paragraphs start. */
export const HAND_KEPT = '<!-- hand-kept below: earlier figures and what changed them (npm run bench:search keeps them) -->';
/** The section's heading (kept.ts keeps the sections whose heading starts with '## Search at 1,000 plans'). */
export const SEARCH_HEADING = '## Search at 1,000 plans (`npm run bench:search -- --plans 1000`)';

/** BENCHMARKS.md with its search section's generated part replaced by `lines` (the hand-kept part after HAND_KEPT kept). */
export function replaceSearchSection(file: string, lines: readonly string[]): string {
  const all = file.split('\n');
  const start = all.findIndex((l) => l.startsWith('## Search at 1,000 plans'));
  const generated = [SEARCH_HEADING, '', ...lines, '', HAND_KEPT, ''];
  if (start < 0) return `${file.replace(/\n*$/, '\n')}\n${generated.join('\n')}`;
  let end = all.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = all.length;
  const body = all.slice(start + 1, end);
  const marker = body.indexOf(HAND_KEPT);
  const kept = (marker >= 0 ? body.slice(marker + 1) : body).join('\n').replace(/^\n+/, '');
  return [...all.slice(0, start), ...generated, kept.replace(/\n*$/, '\n'), ...all.slice(end)].join('\n');
}
