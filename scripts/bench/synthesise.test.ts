import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceCities, synthesise } from './synthesise';

describe('synthesised plans', () => {
  it('replaces every seed city name and keeps the rest of the text', () => {
    expect(replaceCities('盐城市、苏州市和泰州市的数据局', '南京')).toBe('南京市、南京市和南京市的数据局');
  });
  it('writes distinct documents, a txt and a yaml for each of 100 plans', () => {
    const out = mkdtempSync(join(tmpdir(), 'synth-'));
    expect(synthesise('seeds', out, 100)).toBe(100);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(100);
    expect(files.filter((f) => f.endsWith('.yaml'))).toHaveLength(100);
    const texts = new Set(files.filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(out, f), 'utf8')));
    expect(texts.size).toBe(100);
  });
});
