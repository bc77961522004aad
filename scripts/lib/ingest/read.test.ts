import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readSeed, decodeText } from './read';
import { ingestAll } from './pipeline';
import { IngestError, IngestErrors } from './errors';
import { tempRoot } from './testing';

const TEXT = '某市数字经济行动计划(2025-2027年)\n一、总体要求\n1.发展数字经济。内容。\n';

/** The messages ingestAll reports for a set of seed files. */
async function problems(files: Record<string, string | Buffer>): Promise<string[]> {
  try {
    await ingestAll(tempRoot(files));
  } catch (e) {
    expect(e).toBeInstanceOf(IngestErrors);
    return (e as IngestErrors).errors.map((x) => x.message);
  }
  return [];
}

describe('decodeText', () => {
  it('decodes UTF-8 (with or without BOM) and CRLF / CR line ends', async () => {
    expect(decodeText(Buffer.from('\ufeff第一行\r\n第二行\r第三行'), 'x')).toBe('第一行\n第二行\n第三行');
  });
  it('decodes GBK / GB18030 text correctly', async () => {
    expect(decodeText(iconv.encode(TEXT, 'gbk'), 'x')).toBe(TEXT);
  });
  it('refuses empty, binary, undecodable and non-Chinese files, naming the file', async () => {
    expect(() => decodeText(Buffer.alloc(0), 'seeds/a.txt')).toThrow('seeds/a.txt: the file is empty');
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'seeds/a.txt')).toThrow(/binary/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xc0, 0xc1]), 'seeds/a.txt')).toThrow(/neither valid UTF-8 nor GBK/);
    expect(() => decodeText(Buffer.from('  \n\t\n'), 'seeds/a.txt')).toThrow(/only white space/);
    expect(() => decodeText(Buffer.from('hello world, this is English'), 'seeds/a.txt')).toThrow(/too few Chinese/);
  });
  it('names the line of a control character', async () => {
    const e = (() => {
      try {
        decodeText(Buffer.from('第一行\n第二行\u0007'), 'seeds/a.txt');
      } catch (err) {
        return err as IngestError;
      }
    })()!;
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^seeds\/a\.txt:2: /);
  });
});

describe('seed YAML', () => {
  it('reads the facts', async () => {
    const root = tempRoot({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 某市\ndate: 2024-08-22\nperiod: 2025-2027\nsource: https://example.gov.cn/a.html\n' });
    expect((await readSeed(root, 'seeds/a.txt')).yaml).toEqual({ city: '某市', date: '2024-08-22', period: '2025-2027', source: 'https://example.gov.cn/a.html' });
  });
  it('missing YAML, invalid YAML (with line), missing city, unknown field (with line), bad date', async () => {
    expect((await problems({ 'seeds/a.txt': TEXT }))).toEqual([expect.stringMatching(/^seeds\/a\.yaml: is missing/)]);
    expect((await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 某市\nkind: [unclosed\n' }))[0]).toMatch(/^seeds\/a\.yaml:\d+: invalid YAML/);
    expect((await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'kind: 指导意见\n' }))[0]).toMatch(/^seeds\/a\.yaml: city: /);
    expect((await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 某市\nissuer: 某局\nisuer_typo: x\n' }))[0]).toMatch(/^seeds\/a\.yaml:3: unknown field\(s\) isuer_typo/);
    expect((await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 某市\ndate: 22/08/2024\n' }))[0]).toMatch(/^seeds\/a\.yaml:2: date/);
    expect((await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': '- a list\n' }))[0]).toMatch(/^seeds\/a\.yaml:1: must be a YAML mapping/);
  });
  it('a YAML fact overrides the document, and the ingest says so', async () => {
    const [plan] = await ingestAll(tempRoot({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 某市\nprovince: 江苏\nperiod: 2024-2026\n' }));
    expect(plan.doc.period).toEqual({ start: 2024, end: 2026 });
    expect(plan.doc.provenance.period).toBe('yaml');
    expect(plan.overrides).toEqual(['seeds/a.yaml: `period: 2024-2026` overrides the document\'s "2025-2027"']);
  });
});

describe('corpus-level bad input', () => {
  it('the same document twice is named', async () => {
    const yaml = 'city: 某市\nprovince: 江苏\n';
    const msgs = (await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': yaml, 'seeds/b.txt': TEXT.replace(/\n/g, '\r\n'), 'seeds/b.yaml': 'city: 某市\nprovince: 江苏\nslug: other\n' }));
    expect(msgs).toEqual(['seeds/b.txt: is the same document as seeds/a.txt; remove one of them']);
  });
  it('泰州 and 台州 share the pinyin "taizhou": their GB/T 2260 codes settle it, no slug to set by hand', async () => {
    const a = '泰州市关于加快发展数字经济的指导意见\n一、总体要求\n1.加快发展。内容。\n';
    const b = '台州市关于加快发展数字经济的指导意见\n一、总体要求\n1.加快发展。内容甲。\n';
    const files = { 'seeds/a.txt': a, 'seeds/a.yaml': 'city: 泰州\n', 'seeds/b.txt': b, 'seeds/b.yaml': 'city: 台州\n' };
    expect((await ingestAll(tempRoot(files))).map((p) => [p.doc.slug, p.doc.province, p.doc.provinceCode, p.doc.divisionCode])).toEqual([
      ['taizhou-zhejiang-zhidao-yijian', '浙江', '330000', '331000'],
      ['taizhou-zhidao-yijian', '江苏', '320000', '321200'],
    ]);
  });
  it('two plans with one slug are still an error naming the file', async () => {
    const b = '泰州市关于加快发展数字经济的指导意见\n一、总体要求\n1.加快发展。内容甲。\n';
    const files = { 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 泰州\nslug: same\n', 'seeds/b.txt': b, 'seeds/b.yaml': 'city: 泰州\nslug: same\n' };
    expect(await problems(files)).toEqual([expect.stringMatching(/^seeds\/b\.yaml: plan slug "same" is already taken by seeds\/a\.txt/)]);
  });
  it('an unknown city is an error naming the YAML, with a hint; the YAML’s province overrides for a city the table lacks', async () => {
    expect(await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 盐成\n' })).toEqual([
      expect.stringMatching(/^seeds\/a\.yaml: city "盐成" is not a city, prefecture or county in GB\/T 2260 .*set `province:` in the YAML$/),
    ]);
    expect(await problems({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 台州\nprovince: 江苏\n' })).toEqual([expect.stringMatching(/^seeds\/a\.yaml: city "台州" is in 浙江, not in 江苏/)]);
    const [plan] = await ingestAll(tempRoot({ 'seeds/a.txt': TEXT, 'seeds/a.yaml': 'city: 某市\nprovince: 江苏省\n' }));
    expect([plan.doc.province, plan.doc.provinceCode, plan.doc.divisionCode, plan.doc.provenance.province]).toEqual(['江苏', '320000', null, 'yaml']);
  });
  it('a document whose structure cannot be found is named', async () => {
    expect((await problems({ 'seeds/a.txt': '某市通知\n这是一段没有任何编号的文字。\n', 'seeds/a.yaml': 'city: 某市\nprovince: 江苏\n' }))).toEqual([
      'seeds/a.txt: no structure found: no part (一、), section ((一)), item (1.) or article (第一条) headings in the text',
    ]);
  });
  it('reports every bad file at once, not only the first', async () => {
    expect((await problems({ 'seeds/a.txt': '', 'seeds/a.yaml': 'city: 某市\nprovince: 江苏\n', 'seeds/b.txt': TEXT, 'seeds/c.txt': Buffer.from([0, 1, 2]), 'seeds/c.yaml': 'city: 某市\nprovince: 江苏\n' }))).toHaveLength(3);
  });
});
