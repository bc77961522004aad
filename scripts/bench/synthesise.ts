/**
 * Synthesise plans from the seeds for scale measurements: each seed is copied once per stand-in city, with the
 * seed's own city names (盐城, 苏州, 泰州) replaced by the stand-in in text and YAML, so every copy is a distinct
 * document with its own slug. 20 cities × 5 seeds = 100 plans.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stand-in cities with distinct pinyin (no 泰州/台州-style collisions). */
export const STAND_IN_CITIES = [
  '南京', '无锡', '徐州', '常州', '南通', '连云港', '淮安', '扬州', '镇江', '宿迁',
  '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '丽水',
  '合肥', '芜湖', '福州', '厦门', '济南', '青岛', '郑州', '洛阳', '长沙', '株洲',
] as const;
/** City names of the seeds, replaced in each copy. */
export const SEED_CITIES = ['盐城', '苏州', '泰州'] as const;

export function replaceCities(text: string, city: string): string {
  return SEED_CITIES.reduce((t, seedCity) => t.split(seedCity).join(city), text);
}

/** Write `count` plans into `outDir` (a seeds/ folder) from the seeds in `seedDir`; returns the plan count. */
export function synthesise(seedDir: string, outDir: string, count: number): number {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)).sort();
  let written = 0;
  for (const city of STAND_IN_CITIES) {
    for (const seed of seeds) {
      if (written === count) return written;
      const name = `${seed}-${written}`;
      const text = readFileSync(join(seedDir, `${seed}.txt`));
      writeFileSync(join(outDir, `${name}.txt`), replaceCities(text.toString('utf8'), city));
      writeFileSync(join(outDir, `${name}.yaml`), replaceCities(readFileSync(join(seedDir, `${seed}.yaml`), 'utf8'), city));
      written++;
    }
  }
  if (written < count) throw new Error(`only ${written} plans: add stand-in cities to synthesise ${count}`);
  return written;
}
