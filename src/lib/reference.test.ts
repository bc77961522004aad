import { describe, expect, it } from 'vitest';
import { gbtReferenceText, isoDay, rebaseOrigin, withAccessDate } from './reference';

const plan = { issuer: '盐城市人民政府办公室', title: '盐城市数字经济高质量发展三年行动计划(2025-2027年)', docNumber: null, date: '2025-09-09' };
const URL_ = 'https://policy.example.org/plans/yancheng-2025-2027/2-3-1/';

describe('GB/T 7714 reference', () => {
  it('puts the access date after the publication date, as GB/T 7714-2015 writes (发布日期)[引用日期]', () => {
    const ref = gbtReferenceText(plan, URL_, '第二部分(三)第1条');
    expect(withAccessDate(ref, URL_, '2026-11-30')).toBe(
      '盐城市人民政府办公室. 盐城市数字经济高质量发展三年行动计划(2025-2027年): 第二部分(三)第1条[EB/OL]. (2025-09-09)[2026-11-30]. https://policy.example.org/plans/yancheng-2025-2027/2-3-1/',
    );
  });
  it('puts it alone before the URL when the publication date is unknown', () => {
    const ref = gbtReferenceText({ ...plan, issuer: null, date: null }, URL_);
    expect(withAccessDate(ref, URL_, '2026-11-30')).toBe('盐城市数字经济高质量发展三年行动计划(2025-2027年)[EB/OL]. [2026-11-30]. ' + URL_);
  });
  it('refuses a reference that does not end with its URL', () => {
    expect(() => withAccessDate('x', URL_, '2026-11-30')).toThrow();
  });
  it('writes the reader’s local day as YYYY-MM-DD', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('moves every absolute link to the origin the page is served from', () => {
    const ref = gbtReferenceText(plan, 'https://policy-compare.example/plans/a/');
    expect(rebaseOrigin(ref, 'https://policy-compare.example', 'https://mirror.example.cn')).toContain('https://mirror.example.cn/plans/a/');
    expect(rebaseOrigin('https://policy-compare.example.net/x/', 'https://policy-compare.example', 'https://m.cn')).toBe('https://policy-compare.example.net/x/');
  });
});
