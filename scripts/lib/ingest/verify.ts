/**
 * Stage 5 — verify faithfulness. Rebuilds the document from what will be published (plan metadata, headings,
 * clauses and tables, the 落款, in their order) and compares it with the seed, ignoring only what normalisation is allowed
 * to change (white space, "﹒" → ".", table pipes). Anything lost, added, reordered or reworded fails the ingest,
 * naming the seed line where the two first differ.
 */
import type { Clause, PolicyDoc } from '~/schemas/policy';
import { IngestError } from './errors';
import { unaliasGlyphs } from './normalize';

/** The characters that count: everything but white space and table pipes, with "﹒" read as "." and radicals
 * standing for ideographs read as those (normalize.ts: GLYPH_ALIASES). */
export function skeleton(text: string): string {
  return unaliasGlyphs(text).replace(/[\s\u00a0\u3000\ufeff|]/g, '').replace(/\ufe52/g, '.');
}

/** The published document as a stream of text pieces, in document order. */
export function reconstruct(doc: PolicyDoc, clauses: Clause[]): string[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out: string[] = [];
  // Lines kept apart from the clauses — a page's or export's header and footer, a 红头 without a notice, the 落款 —
  // go back at their place: before the first title, division or end of text printed below them.
  const apart = [...doc.furniture, ...(doc.signature?.lines ?? [])].sort((a, b) => a.line - b.line);
  let next = 0;
  const apartBefore = (line: number) => {
    for (; next < apart.length && apart[next].line < line; next++) out.push(apart[next].text);
  };
  const clauseText = (id: string) => {
    const c = byId.get(id)!;
    if (c.kind === 'item') out.push(c.label + (c.heading && !c.headingInline ? c.heading : ''), ...c.paragraphs);
    else if (c.kind !== 'row') out.push(...c.paragraphs);
  };
  // The title line, where the source prints one, after the issuing notice.
  let titleDone = doc.printedTitle === null;
  const title = () => {
    apartBefore(doc.printedTitle!.line);
    out.push(doc.printedTitle!.text);
    titleDone = true;
  };
  for (const part of doc.parts) {
    if (!titleDone && part.kind !== 'notice') title();
    apartBefore(part.line);
    if (part.kind === 'part' || part.kind === 'annex') out.push(part.label + (part.titleInline ? '' : part.title));
    part.clauses.forEach(clauseText);
    for (const s of part.sections) {
      out.push(s.label + (s.titleInline ? '' : s.title));
      s.clauses.forEach(clauseText);
    }
    for (const t of part.tables) {
      if (t.caption && part.title !== t.caption) out.push(t.caption);
      out.push(t.header.join(''));
      for (const r of t.rows) out.push(r.cells.map((c) => c.text).join(''));
    }
  }
  if (!titleDone) title();
  apartBefore(Infinity);
  return out;
}

/** Throws an IngestError naming the first seed line where the published text departs from the seed. */
export function verify(file: string, rawLines: string[], doc: PolicyDoc, clauses: Clause[]): void {
  const published = skeleton(reconstruct(doc, clauses).join(''));
  const source = skeleton(rawLines.join('\n'));
  if (published === source) return;
  let i = 0;
  while (i < published.length && i < source.length && published[i] === source[i]) i++;
  // Find the seed line holding source character i.
  let count = 0;
  let line = rawLines.length;
  for (let n = 0; n < rawLines.length; n++) {
    count += skeleton(rawLines[n]).length;
    if (count > i) {
      line = n + 1;
      break;
    }
  }
  throw new IngestError(
    file,
    `the published clauses do not reproduce the text faithfully here: seed has "${source.slice(i, i + 20)}", clauses have "${published.slice(i, i + 20)}"`,
    line,
  );
}
