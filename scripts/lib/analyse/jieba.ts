/**
 * nodejieba, loaded once with the project's user dictionary of policy terms (scripts/data/userdict.utf8), shared by
 * the tagger, the keyword extractor and the similarity measure.
 *
 * nodejieba keeps ONE dictionary per process. If another module reloads it without our words, `tokens()` notices
 * (a sentinel word is no longer one token) and loads ours again, so results never depend on who loaded first.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface Jieba {
  load(opts?: { userDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
  cutAll(text: string): string[];
  insertWord(word: string): boolean;
  DEFAULT_USER_DICT: string;
}

const jieba = require('nodejieba') as Jieba;

/** The committed user dictionary (one "word [freq] [tag]" a line). */
export const USER_DICT_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../data/userdict.utf8',
);

/** A word that is one token only when our dictionary is loaded. */
const SENTINEL = '智改数转';

const extraWords = new Set<string>();
/** isDictionaryWord's answers (a word added later is forgotten here, so it is asked again). */
const dictionaryCache = new Map<string, boolean>();
let loaded = false;

function ensureLoaded(): void {
  if (loaded && jieba.cut(SENTINEL, true).length === 1) return;
  jieba.load({ userDict: USER_DICT_PATH });
  for (const w of extraWords) jieba.insertWord(w);
  loaded = true;
}

/** Add words (e.g. every taxonomy term) to the dictionary, in addition to the user dictionary file. */
export function addWords(words: Iterable<string>): void {
  for (const w of words) {
    if (!/\s/.test(w) && !extraWords.has(w)) {
      extraWords.add(w);
      dictionaryCache.delete(w);
      if (loaded) jieba.insertWord(w);
    }
  }
}

/** Tokens of a text (jieba precise mode with HMM), in order; concatenated they give the text back. */
export function tokens(text: string): string[] {
  ensureLoaded();
  return jieba.cut(text, true);
}

/**
 * Whether jieba knows a word from a dictionary (its own, ours, or words added with addWords) rather than guessing it
 * with its HMM: full mode lists every dictionary word of a text, so a known word is among its own full-mode words.
 */
export function isDictionaryWord(word: string): boolean {
  ensureLoaded();
  const known = dictionaryCache.get(word);
  if (known !== undefined) return known;
  const yes = jieba.cutAll(word).includes(word);
  dictionaryCache.set(word, yes);
  return yes;
}
