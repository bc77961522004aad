/**
 * What of a plan the aligner reads: its commitments (src/lib/decomposition.ts: task-table rows that restate an item
 * are left out, the item stands for them) less the clauses that commit to nothing — the issuing notice and an
 * attachment's own title or list — and of each, the text it says in its own words.
 */
import type { Clause } from '~/schemas/policy';
import { rowTaskText } from '~/lib/decomposition';

/** Clause kinds that are never aligned: an issuing notice, an attachment's title / list of attachments. */
const NOT_ALIGNED: ReadonlySet<Clause['kind']> = new Set(['notice', 'annex']);

/** The clause listing a plan's attachments (附件:1.… 2.…), under the part the ingest names "annexes". */
export const ATTACHMENT_LIST_ID = 'annexes';

/** Whether a commitment is aligned: not a notice, an attachment's title or the list of attachments. */
export function isAligned(c: Pick<Clause, 'kind' | 'id'>): boolean {
  return !NOT_ALIGNED.has(c.kind) && c.id !== ATTACHMENT_LIST_ID;
}

/**
 * The paragraphs of a clause the aligner compares and the diff shows: its paragraphs as printed, the trailer naming
 * departments and deadline left out (the diff would be all departments); a table row: its task text.
 */
export function unitParagraphTexts(c: Pick<Clause, 'kind' | 'paragraphs' | 'trailer' | 'cells'>): string[] {
  if (c.cells) {
    const task = rowTaskText(c.cells);
    return task ? [task] : [];
  }
  const out = [...c.paragraphs];
  const last = out.length - 1;
  if (c.trailer && last >= 0 && out[last].endsWith(c.trailer)) out[last] = out[last].slice(0, out[last].length - c.trailer.length);
  return out.filter((p) => p.trim().length > 0);
}
