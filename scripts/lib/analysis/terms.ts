/**
 * Content tokens of a clause for keywords and similarity: jieba tokens of the folded text (department trailer
 * removed), keeping words of ≥ 2 characters that contain a CJK ideograph or a letter (5G, IPV6, PUE), and dropping
 * stopwords (scripts/data/stopwords.txt) and pure numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokens } from './jieba';
import { analysisText } from './tag';

const STOPWORDS_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/stopwords.txt');
const stopwords = new Set(
  fs
    .readFileSync(STOPWORDS_PATH, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

/** A word worth counting: has a CJK ideograph or a Latin letter. */
const CONTENT_WORD = /[\p{Script=Han}A-Z]/u;
/** Shortest content word. */
const MIN_WORD = 2;

export function contentTokens(text: string): string[] {
  return tokens(analysisText(text)).filter(
    (t) => t.length >= MIN_WORD && CONTENT_WORD.test(t) && !stopwords.has(t),
  );
}

export function isStopword(word: string): boolean {
  return stopwords.has(word);
}
