import { describe, expect, it } from 'vitest';
import { fnv1a, shortHash, uniqueIds } from './ids';

describe('stable ids', () => {
  it('hashes deterministically to short lower-case ASCII', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(shortHash('市工信局')).toBe(shortHash('市工信局'));
    expect(shortHash('市工信局')).not.toBe(shortHash('市工信局(大数据管理局)'));
    expect(shortHash('数字经济核心产业增加值')).toMatch(/^[0-9a-z]{6}$/);
  });

  it('keeps unique bases, suffixes every member of a colliding group, whatever the order', () => {
    const base = (k: string) => (k.startsWith('泰') || k.startsWith('台') ? 'taizhou' : 'yancheng');
    const a = uniqueIds(['泰州', '台州', '盐城'], base);
    const b = uniqueIds(['盐城', '台州', '泰州'], base);
    expect(a).toEqual(b);
    expect(a.get('盐城')).toBe('yancheng');
    expect(a.get('泰州')).toMatch(/^taizhou-[0-9a-z]{6}$/);
    expect(a.get('泰州')).not.toBe(a.get('台州'));
  });

  it('adding a key elsewhere changes no existing id', () => {
    const base = (k: string) => k.toLowerCase();
    const before = uniqueIds(['A', 'B'], (k) => base(k));
    const after = uniqueIds(['A', 'B', 'C'], (k) => base(k));
    expect(after.get('A')).toBe(before.get('A'));
    expect(after.get('B')).toBe(before.get('B'));
  });

  it('ignores duplicate keys', () => {
    expect([...uniqueIds(['x', 'x'], () => 'same')]).toEqual([['x', 'same']]);
  });
});
