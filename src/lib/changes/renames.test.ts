import { describe, expect, it } from 'vitest';
import { ALIGN_RENAMES } from '~/data/align-renames';
import { renamed, renamedUnit } from './renames';
import { unit } from './testing';

describe('align renames (src/data/align-renames.ts)', () => {
  it('reads 领导小组 and 联席会议 as one body: the coordination mechanism a plan sets up for the work', () => {
    expect(renamed('领导小组')).toBe(renamed('联席会议'));
  });
  it('reads 超算 and 智算 as 算力, inside longer words too (超算应用, 智算中心)', () => {
    expect(renamed('超算')).toBe('算力');
    expect(renamed('智算中心')).toBe('算力中心');
    expect(renamed('超算应用')).toBe('算力应用');
  });
  it('reads 电子商务 as its short form 电商 (跨境电子商务 and 跨境电商)', () => {
    expect(renamed('跨境电子商务')).toBe(renamed('跨境电商'));
  });
  it('leaves every other word as it is', () => {
    expect(renamed('数据')).toBe('数据');
    expect(renamed('小组')).toBe('小组');
  });
  it('replaces the longer of two overlapping names first', () => {
    const table = [
      { as: 'X', names: ['数据'], why: '' },
      { as: 'Y', names: ['大数据'], why: '' },
    ];
    const [s] = renamedUnit(unit('a', [['大数据', '数据']]), table).paragraphs[0].sentences;
    expect(s).toEqual(['Y', 'X']);
  });
  it('renames the content words a unit is compared on, never its tokens (what the diff shows)', () => {
    const u = unit('3-25', [['成立', '领导小组']]);
    const r = renamedUnit(u);
    expect(r.paragraphs[0].sentences[0]).toEqual(['成立', '统筹协调机制']);
    expect(r.paragraphs[0].tokens).toEqual(['成立', '领导小组']);
    expect(u.paragraphs[0].sentences[0]).toEqual(['成立', '领导小组']);
  });
  it('gives each entry at least two names, a reason, and no name to two entries', () => {
    const names = ALIGN_RENAMES.flatMap((r) => r.names);
    expect(new Set(names).size).toBe(names.length);
    for (const r of ALIGN_RENAMES) {
      expect(r.names.length + (r.names.includes(r.as) ? 0 : 1)).toBeGreaterThanOrEqual(2);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});
