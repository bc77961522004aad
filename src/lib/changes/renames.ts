/**
 * The reviewed renames (src/data/align-renames.ts) applied to the units two plans are aligned on: each name inside a
 * content word is replaced by the name the entry reads it as (领导小组 and 联席会议 both become 统筹协调机制), on both
 * sides, so similarity and shared phrases see one word. Only the content words change — the tokens a diff shows are
 * the document's own.
 */
import { ALIGN_RENAMES, type AlignRename } from '~/data/align-renames';
import type { AlignUnit } from '~/schemas/changes';

/** Name → what it is read as, longest names first (a longer name wins over a name inside it). */
function renameList(table: readonly AlignRename[]): Array<[string, string]> {
  return table
    .flatMap((r) => r.names.map((n) => [n, r.as] as [string, string]))
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const RENAMES = renameList(ALIGN_RENAMES);

/** A content word with every name of the table inside it read as its entry's name. */
export function renamed(word: string, renames: ReadonlyArray<[string, string]> = RENAMES): string {
  let out = word;
  for (const [name, as] of renames) if (out.includes(name)) out = out.split(name).join(as);
  return out;
}

/** A unit with its content words renamed (tokens untouched). */
export function renamedUnit(u: AlignUnit, table: readonly AlignRename[] = ALIGN_RENAMES): AlignUnit {
  const renames = table === ALIGN_RENAMES ? RENAMES : renameList(table);
  return { ...u, paragraphs: u.paragraphs.map((p) => ({ tokens: p.tokens, sentences: p.sentences.map((s) => s.map((w) => renamed(w, renames))) })) };
}
