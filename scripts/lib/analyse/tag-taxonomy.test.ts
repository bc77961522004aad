import { describe, expect, it } from 'vitest';
import { themes } from '~/data/themes';
import { longestFirst, taxonomy, taxonomyTokens } from './tag-taxonomy';
import { tokens } from './jieba';
import { loadJiebaFirst } from './testing';

loadJiebaFirst();

describe('user dictionary', () => {
  it('keeps policy terms whole', () => {
    for (const w of ['智改数转', '数据要素', '一网统管', '算力网络', '授权运营']) {
      expect(tokens(`推进${w}建设`)).toContain(w);
    }
  });
});

describe('the compiled taxonomy', () => {
  it('folds every phrase and lists it longest first, ties by code point', () => {
    expect(longestFirst(['基础设施', '数字基础设施', '5G', '算力', '基础设施'])).toEqual(['数字基础设施', '基础设施', '5G', '算力']);
    const infra = taxonomy.find((t) => t.slug === 'digital-infrastructure')!;
    // "IPv6" and "10G PON" folded like the text they are matched in (ASCII upper-cased).
    expect(infra.strong).toContain('IPV6');
    expect(infra.strong).toContain('10G PON');
    expect(infra.strong.indexOf('数字基础设施')).toBeLessThan(infra.strong.indexOf('基础设施'));
    expect(taxonomy.map((t) => t.slug)).toEqual(themes.map((t) => t.slug));
  });

  it('every multi-character phrase is a jieba word (taxonomyTokens keeps it whole)', () => {
    expect(taxonomyTokens('推进数据价值化')).toContain('数据价值化');
    expect(taxonomyTokens('建设园区大脑平台')).toContain('园区大脑');
  });
});
