/**
 * How a clause's text is laid out for reading, from its model fields only: its printed number (label), its
 * heading (on its own line, or opening the first paragraph), then its paragraphs. Pages render the pieces with
 * {expr}, so document text stays inert. Nothing is added to or removed from the text: joining the pieces gives
 * back `clause.text` (checked by display.test.ts on every real clause).
 */
import type { Clause } from '~/schemas/policy';

/** A paragraph as shown: an optional printed number, an optional bold lead (inline heading), then the rest. */
export interface DisplayParagraph {
  label: string;
  strong: string | null;
  text: string;
}

/** The layout of one clause. */
export interface ClauseDisplay {
  /** A heading standing on its own line, with the clause's printed number before it; null when none. */
  headingLine: { label: string; heading: string } | null;
  paragraphs: DisplayParagraph[];
}

type Displayable = Pick<Clause, 'label' | 'heading' | 'headingInline' | 'paragraphs'>;

export function clauseDisplay(c: Displayable): ClauseDisplay {
  const rest: DisplayParagraph[] = c.paragraphs.map((text) => ({ label: '', strong: null, text }));
  if (c.heading && !c.headingInline) {
    return { headingLine: { label: c.label, heading: c.heading }, paragraphs: rest };
  }
  if (!rest.length) return { headingLine: null, paragraphs: c.label ? [{ label: c.label, strong: null, text: '' }] : [] };
  const first = c.paragraphs[0];
  const lead: string | null = c.heading && c.headingInline && first.startsWith(c.heading) ? c.heading : null;
  rest[0] = { label: c.label, strong: lead, text: lead ? first.slice(lead.length) : first };
  return { headingLine: null, paragraphs: rest };
}

/** The document text the display shows (printed numbers excluded), lines joined by "\n" like `clause.text`. */
export function displayedText(d: ClauseDisplay): string {
  return [...(d.headingLine ? [d.headingLine.heading] : []), ...d.paragraphs.map((p) => (p.strong ?? '') + p.text)].join('\n');
}

/** A one-line label for lists and links: pinpoint plus heading, e.g. "第二部分(三)第1条 强化数据资源管理". */
export function clauseTitle(c: Pick<Clause, 'pinpoint' | 'heading'>): string {
  return c.heading ? `${c.pinpoint} ${c.heading}` : c.pinpoint;
}

/** Maximum characters of an excerpt used as a link label (marked with an ellipsis when cut). */
export const EXCERPT_CHARS = 48;

/** A short, clearly cut excerpt of a clause for navigation (never used as the clause's text). */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  const chars = [...oneLine];
  return chars.length <= max ? oneLine : `${chars.slice(0, max).join('')}…`;
}
