/**
 * Word-level diff of two paragraphs, over their jieba tokens (with the project dictionary: 智改数转 stays one word),
 * by Myers' diff as the `diff` library's diffArrays does it (myers.ts: the same edit script, faster) — so a change
 * reads 千兆光网 → 万兆光网, not 千 → 万 inside a character soup. Runs of kept, removed and added tokens; joined, the "=" and "-" runs give the earlier
 * paragraph back and the "=" and "+" runs the later one.
 */
import type { DiffOp } from '~/schemas/changes';
import { myersRuns } from './myers';

/** The diff of two token lists as runs of "=", "-" and "+". */
export function wordDiff(earlier: readonly string[], later: readonly string[]): DiffOp[] {
  const out: DiffOp[] = [];
  let e = 0;
  let l = 0;
  for (const { op, count } of myersRuns(earlier, later)) {
    // Kept tokens are read from the later paragraph, as diffArrays gives them.
    const tokens = op === '-' ? earlier.slice(e, (e += count)) : later.slice(l, (l += count));
    if (op === '=') e += count;
    const last = out.at(-1);
    if (last && last.op === op) last.tokens.push(...tokens);
    else out.push({ op, tokens });
  }
  return out;
}

/** One side of a diff as text: "earlier" keeps "=" and "-" runs, "later" keeps "=" and "+" runs. */
export function sideText(ops: readonly DiffOp[], side: 'earlier' | 'later'): string {
  const drop = side === 'earlier' ? '+' : '-';
  return ops
    .filter((o) => o.op !== drop)
    .map((o) => o.tokens.join(''))
    .join('');
}

// Kept with the summing up of a comparison, which the browser loads without the diff library.
export { keptShare } from './summary';
