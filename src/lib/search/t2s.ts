/**
 * Build-time: the traditional → simplified character table shipped to the search page.
 *
 * Source: OpenCC's TSCharacters dictionary (via opencc-js), first candidate of each entry. Only entries that can
 * matter are shipped: the simplified target occurs in the corpus, and the traditional key does not (a character the
 * corpus itself uses is never rewritten, so searching for it finds it as written). That keeps the table to a few KB.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** Entry and field separators of OpenCC's packed dictionary strings ("數 数|乾 乾 干|…"). */
const ENTRY_SEPARATOR = '|';
const FIELD_SEPARATOR = ' ';

/** Every single-character traditional → simplified pair of the dictionary (first candidate). */
export function openccPairs(dict: string = TSCharacters): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const entry of dict.split(ENTRY_SEPARATOR)) {
    const [from, to] = entry.split(FIELD_SEPARATOR);
    if (!from || !to || from === to) continue;
    if ([...from].length !== 1 || [...to].length !== 1) continue;
    pairs.push([from, to]);
  }
  return pairs;
}

/** The pairs worth shipping for a corpus whose folded characters are `alphabet`, packed as "繁简繁简…". */
export function packT2S(alphabet: ReadonlySet<string>, pairs = openccPairs()): string {
  let out = '';
  for (const [from, to] of pairs) if (alphabet.has(to) && !alphabet.has(from)) out += from + to;
  return out;
}
