import { describe, expect, it } from 'vitest';
import { absoluteUrl, bibtex, citedDate, cslJson, dateParts, escapeBibtex, gbtReference, ris } from './citation';
import { seedPlans } from './testing';

const SITE = 'https://policy-compare.example';
const bySlug = (s: string) => seedPlans.find((p) => p.slug === s)!;
const yc2025 = bySlug('yancheng-2025-2027');
const suzhou = bySlug('suzhou-2021-2023');
const taizhou = bySlug('taizhou-zhidao-yijian');

describe('gbtReference', () => {
  it('cites a clause with issuer, pinpoint, [EB/OL], date and permalink', () => {
    const ref = gbtReference(yc2025, SITE, { pinpoint: '第二部分(三)第1条', url: '/plans/yancheng-2025-2027/2-3-1/' });
    expect(ref).toBe(
      '盐城市人民政府办公室. 盐城市数字经济高质量发展三年行动计划(2025-2027年): 第二部分(三)第1条[EB/OL]. (2025-09-09). https://policy-compare.example/plans/yancheng-2025-2027/2-3-1/',
    );
  });
  it('includes the 文号 and leaves out the unknown date (苏州)', () => {
    expect(gbtReference(suzhou, SITE)).toBe(
      '苏州市人民政府. 苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)(苏委发〔2021〕1号)[EB/OL]. https://policy-compare.example/plans/suzhou-2021-2023/',
    );
  });
  it('never invents an issuer or date (泰州: both unknown)', () => {
    const ref = gbtReference(taizhou, SITE, { pinpoint: '第二部分(一)第1条', url: '/plans/taizhou-zhidao-yijian/2-1-1/' });
    expect(ref).toBe('泰州市关于加快发展数字经济的指导意见: 第二部分(一)第1条[EB/OL]. https://policy-compare.example/plans/taizhou-zhidao-yijian/2-1-1/');
    expect(ref).not.toMatch(/未知|null|undefined/);
  });
  it('cites the 发布日期 a portal states when the 成文日期 is unknown, and the 成文日期 when both are known', () => {
    const publishedOnly = { ...suzhou, date: null, publishedDate: '2021-03-15' };
    expect(gbtReference(publishedOnly, SITE)).toContain('[EB/OL]. (2021-03-15). https://');
    expect(cslJson(publishedOnly, SITE).issued).toEqual({ 'date-parts': [[2021, 3, 15]] });
    expect(bibtex(publishedOnly, SITE)).toContain('year = {2021}');
    const both = { ...yc2025, publishedDate: '2025-09-20' };
    expect(gbtReference(both, SITE)).toContain('(2025-09-09)');
    expect(citedDate({ date: null, publishedDate: null })).toBeNull();
  });
});

describe('BibTeX', () => {
  it('writes known fields only: Chinese text whole, corporate author kept whole, the slug as key', () => {
    expect(bibtex(yc2025, SITE)).toBe(
      [
        '@misc{yancheng-2025-2027,',
        '  author = {{盐城市人民政府办公室}},',
        '  entrysubtype = {三年行动计划},',
        '  date = {2025-09-09},',
        '  language = {zh-CN},',
        '  note = {原文发布于 https://www.yancheng.gov.cn/art/2025/12/3/art\\_55799\\_21032.html},',
        '  title = {盐城市数字经济高质量发展三年行动计划(2025-2027年)},',
        '  url = {https://policy-compare.example/plans/yancheng-2025-2027/},',
        '  year = {2025}',
        '}',
        '',
      ].join('\n'),
    );
    const t = bibtex(taizhou, SITE);
    expect(t).not.toMatch(/author|year|date|number/);
    expect(t).toContain('title = {泰州市关于加快发展数字经济的指导意见}');
  });
  it('keeps the 文号, which citation-js drops from a @misc', () => {
    expect(bibtex(suzhou, SITE)).toContain('  number = {苏委发〔2021〕1号}');
  });
  it('escapes special characters, in the text and in the fields citation-js writes', () => {
    expect(escapeBibtex('50% & {x}_#')).toBe('50\\% \\& \\{x\\}\\_\\#');
    const b = bibtex({ ...taizhou, title: '数据50%_{要素}', issuer: 'A&B 局' }, SITE);
    expect(b).toContain('title = {数据50\\%\\_\\{要素\\}}');
    expect(b).toContain('author = {{A\\&B 局}}');
  });
});

describe('RIS', () => {
  it('writes a GOVDOC record with CRLF and ER last', () => {
    const r = ris(suzhou, SITE);
    expect(r.split('\r\n')).toEqual([
      'TY  - GOVDOC',
      'AU  - 苏州市人民政府',
      'ID  - suzhou-2021-2023',
      'LA  - zh-CN',
      'M1  - 苏委发〔2021〕1号',
      'M3  - 三年行动计划',
      'TI  - 苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)',
      'UR  - https://policy-compare.example/plans/suzhou-2021-2023/',
      'ER  - ',
      '',
    ]);
  });
  it('writes the date as the RIS spec does, and no date it does not know', () => {
    expect(ris(yc2025, SITE)).toContain('\r\nDA  - 2025/09/09/\r\nPY  - 2025\r\n');
    expect(ris(taizhou, SITE)).not.toMatch(/DA {2}-|PY {2}-|AU {2}-/);
  });
  it('keeps a long value on one line (citation-js breaks lines every 70 characters)', () => {
    const long = `https://www.example.gov.cn/${'a'.repeat(80)}.html`;
    const r = ris({ ...yc2025, sourceUrl: long }, SITE);
    expect(r).toContain(`\r\nN1  - 原文发布于 ${long}\r\n`);
  });
});

describe('CSL-JSON', () => {
  it('has date-parts when the date is known and no author when the issuer is not', () => {
    expect(cslJson(yc2025, SITE)).toMatchObject({ id: 'yancheng-2025-2027', type: 'document', author: [{ literal: '盐城市人民政府办公室' }], issued: { 'date-parts': [[2025, 9, 9]] } });
    const t = cslJson(taizhou, SITE);
    expect(t).not.toHaveProperty('author');
    expect(t).not.toHaveProperty('issued');
    expect(t.URL).toBe('https://policy-compare.example/plans/taizhou-zhidao-yijian/');
  });
  it('dateParts handles partial and odd dates', () => {
    expect(dateParts('2024-08')).toEqual([2024, 8]);
    expect(dateParts('2023')).toEqual([2023]);
    expect(dateParts('2022年末')).toBeNull();
    expect(absoluteUrl('/a/', SITE)).toBe('https://policy-compare.example/a/');
  });
});
