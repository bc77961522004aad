import { describe, expect, it } from 'vitest';
import { findSignature, isOrganLine, organsAbove, SIGNATURE_FOLLOWER, MAX_SIGNATURE_ORGANS } from './signature';
import { normalizeLines } from './normalize';
import { verify } from './verify';
import { ingestText as ingest } from './testing';

const lines = (...texts: string[]) => normalizeLines(texts);
const BODY = ['某市数字经济三年行动计划(2023-2025年)', '一、重点任务', '1.建设设施。建成基站。', '2.发展产业。培育企业。'];

describe('the named shapes of a 落款', () => {
  it('isOrganLine: exactly an organ name, not a section heading that ends like one', () => {
    for (const s of ['盐城市人民政府办公室', '中共某市委', '某市工业和信息化局', '江苏省工业和信息化厅']) expect(isOrganLine(s), s).toBe(true);
    for (const s of ['(二)市数据局', '建设市数据局。', '由市数据局牵头', '2022年5月10日', '一、市数据局']) expect(isOrganLine(s), s).toBe(false);
  });
  it('SIGNATURE_FOLLOWER: the end, an attachment heading or list, an attachment table — nothing else', () => {
    for (const s of [undefined, '附件1', '附件', '附件:重点任务分工', '序号 | 指标 |']) expect(SIGNATURE_FOLLOWER(s), String(s)).toBe(true);
    for (const s of ['3.完善机制。建立制度。', '二、保障措施', '附件1:目标表']) expect(SIGNATURE_FOLLOWER(s), s).toBe(false);
  });
  it('organsAbove: up to MAX_SIGNATURE_ORGANS organ lines right above the date', () => {
    const ls = lines('内容。', '中共某市委', '某市人民政府', '2023年6月20日');
    expect(organsAbove(ls, 3)).toBe(2);
    expect(organsAbove(lines('甲市委', '乙市委', '丙市委', '丁市委', '2023年6月20日'), 4)).toBe(MAX_SIGNATURE_ORGANS);
    expect(organsAbove(lines('内容。', '2023年6月20日'), 1)).toBe(0);
  });
});

describe('findSignature', () => {
  it('reads the organ and date at the end of the text, with its lines', () => {
    const found = findSignature(lines('1.建设。内容。', '某市人民政府办公室', '2022年5月10日'));
    expect(found).toEqual({ signature: { issuer: '某市人民政府办公室', date: '2022-05-10', lines: [{ line: 2, text: '某市人民政府办公室' }, { line: 3, text: '2022年5月10日' }] }, at: 1, count: 2 });
  });
  it('after the attachment list and before the attachment, with its public-release note', () => {
    const found = findSignature(lines('1.建设。内容。', '附件:目标表', '某市人民政府', '2022年5月10日', '(此件公开发布)', '附件', '目标表'));
    expect(found?.signature.lines.map((l) => l.text)).toEqual(['某市人民政府', '2022年5月10日', '(此件公开发布)']);
    expect(found?.at).toBe(2);
  });
  it('a joint 落款: the organs joined by a space, as printed', () => {
    expect(findSignature(lines('1.建设。内容。', '中共某市委', '某市人民政府', '2023年6月20日'))?.signature.issuer).toBe('中共某市委 某市人民政府');
  });
  it('never guesses: text after the pair, a date that is not full, a sentence for an organ, a pair inside an attachment', () => {
    expect(findSignature(lines('某市人民政府办公室', '2022年5月10日', '3.完善机制。建立制度。'))).toBeNull();
    expect(findSignature(lines('1.建设。内容。', '某市人民政府办公室', '2022年5月'))).toBeNull();
    expect(findSignature(lines('1.建设。内容。', '请市数据局负责。', '2022年5月10日'))).toBeNull();
    expect(findSignature(lines('1.建设。内容。', '2022年5月10日'))).toBeNull();
    expect(findSignature(lines('1.建设。内容。', '附件1', '某市数据局', '2022年5月10日'))).toBeNull();
  });
});

describe('a document with a 落款 and no notice, through the pipeline', () => {
  it('issuer and 成文日期 come from the 落款 (provenance document); its lines are no clause, and verify holds', async () => {
    const { doc, clauses, byId } = await ingest([...BODY, '某市人民政府办公室', '2022年5月10日'].join('\n'));
    expect(doc).toMatchObject({ issuer: '某市人民政府办公室', date: '2022-05-10', provenance: { issuer: 'document', date: 'document' } });
    expect(doc.signature).toEqual({ issuer: '某市人民政府办公室', date: '2022-05-10', lines: [{ line: 5, text: '某市人民政府办公室' }, { line: 6, text: '2022年5月10日' }] });
    expect(byId['1-2'].paragraphs).toEqual(['发展产业。培育企业。']);
    expect(clauses.some((c) => /人民政府办公室|2022年5月10日/.test(c.text))).toBe(false);
  });

  it('before the attachments: the attachment keeps its annex ids and its table', async () => {
    const { doc, clauses } = await ingest([...BODY, '附件:主要指标', '某市人民政府', '2022年5月10日', '附件', '主要指标', '序号 | 指标 | 2025年 |', '1 | 基站(个) | 100 |'].join('\n'));
    expect(doc.signature?.lines.map((l) => l.line)).toEqual([6, 7]);
    expect(doc.parts.map((p) => p.id)).toEqual(['1', 'annexes', 'annex-1']);
    expect(clauses.filter((c) => c.kind === 'row').map((c) => c.id)).toEqual(['annex-1-r1']);
    expect(doc.issuer).toBe('某市人民政府');
  });

  it('a header or notice states them first: the 落款 is still kept apart, and fills only what they leave unknown', async () => {
    const { doc } = await ingest(['某市人民政府办公室文件', ...BODY, '某市数据局', '2022年5月10日'].join('\n'));
    expect(doc).toMatchObject({ issuer: '某市人民政府办公室', date: '2022-05-10' });
    expect(doc.signature?.issuer).toBe('某市数据局');
  });

  it('the YAML overrides the 落款', async () => {
    const { doc } = await ingest([...BODY, '某市人民政府办公室', '2022年5月10日'].join('\n'), 'city: 测试市\nprovince: 江苏\ndate: 2022-05-12\n');
    expect(doc).toMatchObject({ date: '2022-05-12', provenance: { date: 'yaml', issuer: 'document' } });
  });

  it('verify fails, naming the line, if the 落款 were dropped from what is published', async () => {
    const text = [...BODY, '某市人民政府办公室', '2022年5月10日'];
    const { doc, clauses } = await ingest(text.join('\n'));
    expect(() => verify('seeds/x.txt', text, doc, clauses)).not.toThrow();
    expect(() => verify('seeds/x.txt', text, { ...doc, signature: null }, clauses)).toThrow(/^seeds\/x\.txt:5: /);
  });

  it('a pair followed by more text is text: it stays in its clause and states nothing', async () => {
    const { doc, byId } = await ingest([...BODY, '某市人民政府办公室', '2022年5月10日', '3.完善机制。建立制度。'].join('\n'));
    expect(doc).toMatchObject({ issuer: null, date: null, signature: null });
    expect(byId['1-2'].paragraphs).toEqual(['发展产业。培育企业。', '某市人民政府办公室', '2022年5月10日']);
  });
});
