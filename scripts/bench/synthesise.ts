/**
 * Synthesise plans from the seeds for scale measurements: each seed is re-issued once per stand-in city, with the
 * seed's own city names (盐城, 苏州, 泰州) replaced by the stand-in in text and YAML, so every copy is a distinct
 * document with its own slug. The stand-ins are real cities of the GB/T 2260 table (src/lib/divisions.ts), taken
 * province by province in turn so that any count of plans is spread over every province: 5 seeds × 200 cities =
 * 1,000 plans over all 31 provinces.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { divisions, provinces, resolveCity, type Division } from '~/lib/divisions';

/** City names of the seeds, replaced in each copy. */
export const SEED_CITIES = ['盐城', '苏州', '泰州'] as const;
/** The seeds' `province:` line: dropped from each copy, whose city resolves to its own province. */
const PROVINCE_LINE = /^province:.*\n?/m;

export function replaceCities(text: string, city: string): string {
  return SEED_CITIES.reduce((t, seedCity) => t.split(seedCity).join(city), text);
}

/**
 * Stand-in cities: municipalities and prefecture-level divisions whose short name resolves to them alone (not 吉林,
 * which 吉林省 shares), other than the seeds' own cities; one province after another in code order, each
 * province's cities in code order, so the first n are spread as evenly as the provinces allow.
 */
export function standInCities(): Division[] {
  const usable = divisions().filter(
    (d) => (d.level === 'municipality' || d.level === 'prefecture') && !(SEED_CITIES as readonly string[]).includes(d.short) && resolvesAlone(d),
  );
  const queues = provinces().map((p) => usable.filter((d) => d.provinceCode === p.code));
  const out: Division[] = [];
  for (let round = 0; queues.some((q) => q.length > round); round++) for (const q of queues) if (q[round]) out.push(q[round]);
  return out;
}

function resolvesAlone(d: Division): boolean {
  try {
    return resolveCity(d.short).division?.code === d.code;
  } catch {
    return false;
  }
}

/** Write `count` plans into `outDir` (a seeds/ folder) from the seeds in `seedDir`; returns the plan count. */
export function synthesise(seedDir: string, outDir: string, count: number): number {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)).sort();
  const cities = standInCities();
  const needed = Math.ceil(count / seeds.length);
  if (needed > cities.length) throw new Error(`only ${cities.length} stand-in cities: at most ${cities.length * seeds.length} plans`);
  let written = 0;
  for (const city of cities.slice(0, needed)) {
    for (const seed of seeds) {
      if (written === count) return written;
      const name = `${seed}-${written}`;
      const text = readFileSync(join(seedDir, `${seed}.txt`), 'utf8');
      const yaml = readFileSync(join(seedDir, `${seed}.yaml`), 'utf8').replace(PROVINCE_LINE, '');
      writeFileSync(join(outDir, `${name}.txt`), replaceCities(text, city.short));
      writeFileSync(join(outDir, `${name}.yaml`), replaceCities(yaml, city.short));
      written++;
    }
  }
  return written;
}
