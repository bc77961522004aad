/**
 * The 落款 (signature) of a document: the issuing organ printed on a line of its own, immediately followed by the
 * full date line — "盐城市人民政府办公室" / "2022年5月10日". An issuing notice carries one (masthead.ts reads it);
 * a document issued without a notice prints it after its body: at the very end, or after the attachment list and
 * before the attachments themselves (附件1 …), as GB/T 9704 lays a document out.
 *
 * Read only where nothing is guessed: lines that are exactly organ names (ISSUER_LINE; two or three for a joint
 * document, "中共某市委" / "某市人民政府"), then a full date (DATE_LINE), then at most a public-release note
 * (PUBLIC_RELEASE), standing where a 落款 stands (SIGNATURE_FOLLOWER). The lines stay in the document: a trailer of
 * the text (PlanMeta.signature), not a clause, published at their place and checked by verify.ts.
 */
import type { Signature } from '~/schemas/policy';
import type { Line } from './normalize';
import { ANNEX_HEADING, ANNEX_LIST, DATE_LINE, ISSUER_LINE, PUBLIC_RELEASE, SECTION_HEADING } from './patterns';
import { isTableLine } from './structure';

/** The most organ lines a joint 落款 stacks above its date ("中共某市委" / "某市人民政府" / "某军分区"). */
export const MAX_SIGNATURE_ORGANS = 3;

/** A line that is exactly an organ's name (not a section heading such as "(二)市数据局" that happens to end like one). */
export function isOrganLine(text: string): boolean {
  return ISSUER_LINE.test(text) && !SECTION_HEADING.test(text);
}

/** The organ lines directly above line `dateAt` of `lines` (oldest first), up to MAX_SIGNATURE_ORGANS. */
export function organsAbove(lines: { text: string }[], dateAt: number): number {
  let k = 0;
  while (k < MAX_SIGNATURE_ORGANS && dateAt - k - 1 >= 0 && isOrganLine(lines[dateAt - k - 1].text)) k++;
  return k;
}

/**
 * What may follow a document's 落款: nothing (the end of the text, or only the page furniture after it), the attachment
 * list's successor — an attachment heading ("附件1", "附件") — an attachment list printed after the signature
 * ("附件：…"), or an attachment table with no heading.
 */
export function SIGNATURE_FOLLOWER(text: string | undefined): boolean {
  return text === undefined || ANNEX_HEADING.test(text) || ANNEX_LIST.test(text) || isTableLine(text);
}

/**
 * Finds the 落款 in the body lines (after the front matter, before the trailing page furniture): the first organ+date
 * group that SIGNATURE_FOLLOWER allows, and that stands before any attachment's own body (an attachment heading above
 * it means it belongs to the attachment). Returns the signature and the indices of its lines, or null.
 */
export function findSignature(lines: Line[]): { signature: Signature; at: number; count: number } | null {
  for (let d = 0; d < lines.length; d++) {
    if (ANNEX_HEADING.test(lines[d].text)) return null;
    const m = DATE_LINE.exec(lines[d].text);
    if (!m) continue;
    const organs = organsAbove(lines, d);
    if (!organs) continue;
    const release = d + 1 < lines.length && PUBLIC_RELEASE.test(lines[d + 1].text) ? 1 : 0;
    if (!SIGNATURE_FOLLOWER(lines[d + 1 + release]?.text)) continue;
    const at = d - organs;
    const own = lines.slice(at, d + 1 + release);
    return {
      signature: {
        issuer: lines.slice(at, d).map((l) => l.text).join(' '),
        date: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`,
        lines: own.map((l) => ({ line: l.n, text: l.text })),
      },
      at,
      count: own.length,
    };
  }
  return null;
}
