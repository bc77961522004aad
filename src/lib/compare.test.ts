import { describe, expect, it } from 'vitest';
import { allPairs, canonicalPair, compareByTheme, pairKey, pairUrl, parsePair } from './compare';
import { clause } from './testing';

const ORDER = ['suzhou-2021-2023', 'taizhou-zhidao-yijian', 'yancheng-2022-2024', 'yancheng-2024', 'yancheng-2025-2027'];

describe('pairs', () => {
  it('makes one page per unordered pair of the five seeds (10)', () => {
    const pairs = allPairs(ORDER);
    expect(pairs).toHaveLength(10);
    expect(pairs[0]).toEqual(['suzhou-2021-2023', 'taizhou-zhidao-yijian']);
    expect(new Set(pairs.map(([a, b]) => pairKey(a, b))).size).toBe(10);
  });
  it('grows as n(n−1)/2 and stays unique with dozens of plans', () => {
    const many = Array.from({ length: 40 }, (_, i) => `plan-${i}`);
    const keys = allPairs(many).map(([a, b]) => pairKey(a, b));
    expect(keys).toHaveLength(780);
    expect(new Set(keys).size).toBe(780);
  });
  it('round-trips pair keys and URLs; multi-dash slugs are fine', () => {
    expect(pairUrl('yancheng-2022-2024', 'yancheng-2025-2027')).toBe('/compare/yancheng-2022-2024--yancheng-2025-2027/');
    expect(parsePair('yancheng-2022-2024--yancheng-2025-2027')).toEqual(['yancheng-2022-2024', 'yancheng-2025-2027']);
    expect(parsePair('a--a')).toBeNull();
    expect(parsePair('a-b')).toBeNull();
  });
  it('orders a picked pair canonically whichever side each was picked on', () => {
    expect(canonicalPair(ORDER, 'yancheng-2025-2027', 'suzhou-2021-2023')).toEqual(['suzhou-2021-2023', 'yancheng-2025-2027']);
    expect(canonicalPair(ORDER, 'suzhou-2021-2023', 'suzhou-2021-2023')).toBeNull();
    expect(canonicalPair(ORDER, 'nope', 'suzhou-2021-2023')).toBeNull();
  });
});

describe('compareByTheme', () => {
  it('lines up both plans theme by theme in taxonomy order and sets aside themes both are silent on', () => {
    const left = [clause({ id: '1', plan: 'a', themes: ['data-elements'] }), clause({ id: '2', plan: 'a', themes: ['computing-power', 'data-elements'] })];
    const right = [clause({ id: '1', plan: 'b', themes: ['computing-power'] })];
    const { rows, silent } = compareByTheme(['computing-power', 'data-elements', 'talent'], left, right);
    expect(rows.map((r) => [r.theme, r.left.map((c) => c.id), r.right.map((c) => c.id)])).toEqual([
      ['computing-power', ['2'], ['1']],
      ['data-elements', ['1', '2'], []],
    ]);
    expect(silent).toEqual(['talent']);
  });
});
