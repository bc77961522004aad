/**
 * Theme tagger — the taxonomy (src/data/themes.ts) compiled for matching: every phrase folded like the text it is
 * matched in (fold.ts), each list distinct and longest first, so a longer phrase claims its text before a shorter one
 * inside it ("数字基础设施" before "基础设施"). Every multi-character phrase is a jieba dictionary word, so jieba keeps it
 * whole: cut clauses with `taxonomyTokens`, which is only reachable once the words are registered.
 */
import { themes, type ThemeDef } from '~/data/themes';
import { compareStrings } from '~/lib/order';
import { SHORT_TERM } from '~/data/tagger';
import { addWords, tokens } from './jieba';
import { foldForAnalysis } from './fold';

/** One theme's phrases, folded, distinct, longest first (see the taxonomy's fields in themes.ts). */
export interface CompiledTheme {
  slug: string;
  /** Terms, key terms and synonyms: strong evidence. */
  strong: string[];
  /** Key terms: one real mention decides. */
  key: Set<string>;
  /** Cues: weak evidence. */
  cues: string[];
  /** What in the clause's own heading places it in the theme: strong phrases and heading terms. */
  headingPhrases: string[];
  /** Heading terms: context evidence in an enclosing heading or table group. */
  headingTerms: string[];
  /** Part terms: in an enclosing heading, they settle the theme. */
  partTerms: string[];
  /** Phrases inside which no phrase of the theme counts. */
  exclusions: string[];
}

const fold = (s: string) => foldForAnalysis(s);

/** Distinct phrases, longest first (so "数字基础设施" is counted before "基础设施" inside it), ties in code-unit order. */
export const longestFirst = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length || compareStrings(a, b));

/** The compiled taxonomy, in taxonomy order. */
export const taxonomy: readonly CompiledTheme[] = themes.map((t: ThemeDef) => {
  const strong = longestFirst([...t.terms, ...t.keyTerms, ...t.synonyms].map(fold));
  const headingTerms = longestFirst(t.headingTerms.map(fold));
  return {
    slug: t.slug,
    strong,
    key: new Set(t.keyTerms.map(fold)),
    cues: longestFirst(t.cues.map(fold)),
    headingPhrases: longestFirst([...strong, ...headingTerms]),
    headingTerms,
    partTerms: longestFirst(t.partTerms.map(fold)),
    exclusions: longestFirst(t.exclusions.map(fold)),
  };
});

// Every multi-character taxonomy phrase becomes a dictionary word, so jieba keeps it whole.
addWords(taxonomy.flatMap((t) => [...t.strong, ...t.cues, ...t.headingTerms]).filter((w) => w.length > SHORT_TERM));

/** jieba tokens of a folded text, with every taxonomy phrase in the dictionary. */
export const taxonomyTokens = (folded: string): string[] => tokens(folded);
