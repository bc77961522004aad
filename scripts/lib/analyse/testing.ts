/** Test helpers of the analysis stage: the tagger read on one prose clause, and jieba loaded before a file's tests. */
import { beforeAll } from 'vitest';
import { tagThemes, themeScores } from './tag';
import { taxonomyTokens } from './tag-taxonomy';

/** The themes of a prose clause. */
export const tag = (text: string, heading: string | null = null, context: string[] = []) =>
  tagThemes({ text, heading, context });

/** The evidence one theme's score shows for a prose clause (ThemeScore.evidence). */
export const evidence = (slug: string, text: string, heading: string | null = null, context: string[] = []) =>
  themeScores({ text, heading, context }).find((s) => s.slug === slug)!.evidence;

/** Longest wait for jieba's dictionaries to load: about 2.5 s alone, several times that beside other test workers. */
const JIEBA_LOAD_MS = 60_000;

/**
 * Loads jieba with the taxonomy's words once before the calling file's tests (call it at the top of a test file), so
 * the few seconds it takes count against no test's time limit.
 */
export function loadJiebaFirst(): void {
  beforeAll(() => void taxonomyTokens(''), JIEBA_LOAD_MS);
}
