import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCity } from '~/lib/divisions';
import { replaceCities, standInCities, synthesise } from './synthesise';

describe('synthesised plans', () => {
  it('replaces every seed city name and keeps the rest of the text', () => {
    expect(replaceCities('盐城市、苏州市和泰州市的数据局', '南京')).toBe('南京市、南京市和南京市的数据局');
  });
  it('takes 200 real cities, each resolving to itself, spread over all 31 provinces', () => {
    const cities = standInCities().slice(0, 200);
    expect(new Set(cities.map((c) => c.code)).size).toBe(200);
    expect(new Set(cities.slice(0, 31).map((c) => c.provinceCode)).size).toBe(31);
    expect(cities.every((c) => resolveCity(c.short).division?.code === c.code)).toBe(true);
    expect(cities.map((c) => c.short)).not.toContain('盐城');
  });
  it('writes distinct documents, a txt and a yaml for each of 100 plans, whose cities resolve without a province line', () => {
    const out = mkdtempSync(join(tmpdir(), 'synth-'));
    expect(synthesise('seeds', out, 100)).toBe(100);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(100);
    const yamls = files.filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(yamls).toHaveLength(100);
    expect(yamls.filter((y) => /^province:/m.test(y))).toEqual([]);
    const texts = new Set(files.filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(out, f), 'utf8')));
    expect(texts.size).toBe(100);
  });
});
