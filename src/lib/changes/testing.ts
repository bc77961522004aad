/**
 * Test data for src/lib/changes (not used by the site): units as the aligner reads them, written by hand — words as
 * terms.ts would keep them, tokens as jieba would cut the text.
 */
import type { AlignUnit } from '~/schemas/changes';

/** A unit from its paragraphs' content words (tokens: the words themselves). */
export function unit(id: string, paragraphs: string[][], opts: { heading?: string[]; themes?: string[]; kind?: AlignUnit['kind'] } = {}): AlignUnit {
  return {
    id,
    kind: opts.kind ?? 'item',
    heading: opts.heading ?? [],
    themes: opts.themes ?? [],
    paragraphs: paragraphs.map((words) => ({ tokens: words, words })),
  };
}
