import { describe, expect, it } from 'vitest';
import { compareStrings } from './order';

describe('compareStrings', () => {
  it('orders by code units, whatever the locale: ASCII before CJK, upper before lower case', () => {
    expect(['盐城', 'b', '苏州', 'B', 'a-2', 'a-10'].sort(compareStrings)).toEqual(['B', 'a-10', 'a-2', 'b', '盐城', '苏州']);
  });
  it('gives 0 for equal strings, so ties fall through to the next key', () => {
    expect(compareStrings('数据', '数据')).toBe(0);
    expect(compareStrings('a', 'b')).toBe(-1);
    expect(compareStrings('b', 'a')).toBe(1);
  });
});
