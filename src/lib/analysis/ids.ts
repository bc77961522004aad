/**
 * Stable ASCII ids for analysis pages: derived only from the thing named (never from list positions or build order),
 * so an anchor or URL stays the same when other indicators, departments or documents are added.
 */

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Length of the base-36 hash suffix (36^6 ≈ 2.2e9 values). */
export const HASH_CHARS = 6;

/** A short, stable, lower-case ASCII token for a text, e.g. "k3x9a0". */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(HASH_CHARS, '0').slice(-HASH_CHARS);
}

/**
 * Unique ids for a set of keys from a base slug each. Keys whose base is unique keep it; every key in a group that
 * shares a base gets `-<hash of the key>` appended (so the result never depends on input order). Throws, naming the
 * keys, if two ids still coincide.
 */
export function uniqueIds(keys: readonly string[], base: (key: string) => string): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    const b = base(key);
    groups.set(b, [...(groups.get(b) ?? []), key]);
  }
  const out = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const [b, members] of groups) {
    for (const key of members) {
      const id = members.length === 1 ? b : `${b}-${shortHash(key)}`;
      const prev = owner.get(id);
      if (prev !== undefined) throw new Error(`id 冲突： “${prev}” 与 “${key}” 都得到 "${id}"`);
      owner.set(id, key);
      out.set(key, id);
    }
  }
  return out;
}
