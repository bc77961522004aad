/**
 * The one string order of the project: UTF-16 code units, as `<` compares them. Unlike `localeCompare` it gives
 * the same order on every machine, locale and Node version, so sorted output (content/, dist/) is reproducible.
 * Pure and dependency-free: build scripts (scripts/) and browser code use it too.
 */

/** -1, 0 or 1 as `a` sorts before, with or after `b` in code-unit order; a comparator for `Array.prototype.sort`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
