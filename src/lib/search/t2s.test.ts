import { describe, expect, it } from 'vitest';
import { openccPairs, packT2S } from './t2s';
import { decodeT2S } from './fold';

describe('t2s table', () => {
  it('reads OpenCC single-character pairs', () => {
    const pairs = new Map(openccPairs());
    expect(pairs.get('數')).toBe('数');
    expect(pairs.get('據')).toBe('据');
    expect(pairs.get('網')).toBe('网');
  });
  it('ships only pairs whose target is in the corpus and whose key is not', () => {
    const packed = decodeT2S(packT2S(new Set(['数', '据', '乾']), [['數', '数'], ['據', '据'], ['乾', '干'], ['網', '网']]));
    expect([...packed]).toEqual([['數', '数'], ['據', '据']]);
  });
});
