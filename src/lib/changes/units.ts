/**
 * What of a plan the aligner reads: its commitments (src/lib/decomposition.ts: task-table rows that restate an item
 * are left out, the item stands for them) less the clauses that commit to nothing — the issuing notice, the
 * preamble, an attachment's own title or list — and of each, the text it says in its own words.
 */
import type { Clause } from '~/schemas/policy';
import { rowTaskText } from '~/lib/decomposition';

/**
 * Clause kinds that are never aligned: an issuing notice, a preamble (its sentence of purpose, 为…制定本方案, commits
 * to nothing — as the tagger reads it), an attachment's title.
 */
const NOT_ALIGNED: ReadonlySet<Clause['kind']> = new Set(['notice', 'preamble', 'annex']);

/** The clause listing a plan's attachments (附件:1.… 2.…), under the part the ingest names "annexes". */
export const ATTACHMENT_LIST_ID = 'annexes';

/** Whether a commitment is aligned: not a notice, a preamble, an attachment's title or the list of attachments. */
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

/** The end of a sentence: 。;!? (full- or half-width), with any closing quote or bracket after it. */
export const SENTENCE_END = /[。;;!!??][”’」』)\)]*/gu;

/** A paragraph's sentences, in order; joined they give the paragraph back. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.length > 0);
}

/**
 * A heading that puts what it covers among a plan's aims rather than its tasks: 总体要求 and its 指导思想 / 发展思路 /
 * 基本原则, 总体目标 / 发展目标 / 主要目标 / 工作目标, and target tables (主要预期指标). Goals restate goals; a
 * later plan's target paragraph does not continue an earlier task item, nor the other way round.
 */
export const GOAL_HEADING = /总体要求|总体目标|发展目标|主要目标|工作目标|预期目标|主要指标|预期指标|发展思路|指导思想|基本原则/u;

/** Whether a clause states aims ("goal") or tasks ("task"), by its enclosing headings. */
export function clauseLevel(c: Pick<Clause, 'context'>): 'goal' | 'task' {
  return c.context.some((h) => GOAL_HEADING.test(h)) ? 'goal' : 'task';
}
