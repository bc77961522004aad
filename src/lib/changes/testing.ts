/**
 * Test data for src/lib/changes (not used by the site): units as the aligner reads them, written by hand — words as
 * terms.ts would keep them, tokens as jieba would cut the text.
 */
import type { AlignUnit } from '~/schemas/changes';

/** A unit from its paragraphs' content words, one sentence each (tokens: the words themselves). */
export function unit(id: string, paragraphs: string[][], opts: { themes?: string[]; kind?: AlignUnit['kind']; level?: AlignUnit['level'] } = {}): AlignUnit {
  return {
    id,
    kind: opts.kind ?? 'item',
    themes: opts.themes ?? [],
    level: opts.level ?? 'task',
    paragraphs: paragraphs.map((words) => ({ tokens: words, sentences: [words] })),
  };
}
