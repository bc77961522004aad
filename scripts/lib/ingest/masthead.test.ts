import { describe, expect, it } from 'vitest';
import { masthead } from './masthead';
import { normalizeLines } from './normalize';
import { ingestText as ingest } from './testing';

describe('masthead: the front matter before the policy text', () => {
  it('stops at the first body line and hands the rest, blank lines dropped, to the body', async () => {
    const head = masthead(normalizeLines(['', '某市数字经济工作要点', '', '一、任务', '1.建设。内容。']));
    expect(head).toMatchObject({ title: '某市数字经济工作要点', titleLine: 2, notice: null, furniture: [], stated: {} });
    expect(head.rest.map((l) => [l.n, l.text])).toEqual([
      [4, '一、任务'],
      [5, '1.建设。内容。'],
    ]);
  });

  it('a document that opens with its first heading has no title line', async () => {
    expect(masthead(normalizeLines(['一、任务', '1.建设。内容。'])).title).toBeNull();
  });

  it('an issuing notice before the title: issuer and date read from it (002/003)', async () => {
    const { doc, byId } = await ingest(
      ['各县(市、区)人民政府,市各委、办、局:', '《某市工作要点》已经市政府研究通过,现印发给你们。', '某市人民政府办公室', '2024年8月22日', '(此件公开发布)', '2024年某市工作要点', '一、任务', '1.建设。内容。'].join('\n'),
    );
    expect(doc.title).toBe('2024年某市工作要点');
    expect(doc.issuer).toBe('某市人民政府办公室');
    expect(doc.date).toBe('2024-08-22');
    expect(doc.provenance).toMatchObject({ issuer: 'document', date: 'document', title: 'document' });
    expect(byId.notice.paragraphs).toHaveLength(5);
    expect(doc.slug).toBe('ceshi-2024');
  });

  it('a scraped web page: header fields to metadata, furniture kept apart from the text (004)', async () => {
    const { doc, clauses } = await ingest(
      ['政策详情', '', '《某市三年行动计划(2021—2023 年)》', '', '苏委发〔2021〕1号', '级别:市级状态: 有效', '发文单位:某市人民政府', '', '\u00a0\u00a0一、总体要求', '\u00a0\u00a0坚持创新。', '', '图解政策', '延伸阅读'].join('\n'),
    );
    expect(doc).toMatchObject({ title: '某市三年行动计划(2021—2023年)', docNumber: '苏委发〔2021〕1号', issuer: '某市人民政府', period: { start: 2021, end: 2023 } });
    expect(doc.furniture.map((f) => f.text)).toEqual(['政策详情', '《某市三年行动计划(2021—2023年)》', '苏委发〔2021〕1号', '级别:市级状态:有效', '发文单位:某市人民政府', '图解政策', '延伸阅读']);
    expect(clauses.map((c) => [c.text, c.context])).toEqual([['坚持创新。', ['总体要求']]]);
  });
});

describe('masthead: issuing notices whose addressees do not start with 各', () => {
  it('ADDRESSEE_SHAPE + NOTICE_BODY: the notice is its own clause, its issuer and date read, the title after it', async () => {
    const { doc, byId, clauses } = await ingest(
      [
        '市直有关单位,各县市区数据管理部门:',
        '《某市2025年数据工作要点》已经市政府同意,现印发给你们,请结合实际认真抓好贯彻落实。',
        '某市数据局',
        '2025年4月2日',
        '(此件主动公开)',
        '某市2025年数据工作要点',
        '一、夯实数据基础',
        '1.推进公共数据共享。完善共享目录。',
      ].join('\n'),
    );
    expect(clauses.map((c) => c.id)).toEqual(['notice', '1-1']);
    expect(byId.notice.text).toContain('(此件主动公开)');
    expect(doc.title).toBe('某市2025年数据工作要点');
    expect(doc.date).toBe('2025-04-02');
    expect(doc.issuer).toBe('某市数据局');
  });

  it('a line ending in a colon without the notice sentence after it is not a notice', async () => {
    const { clauses } = await ingest(['某市数字经济工作要点', '主要任务如下:', '一、数字产业', '1.培育企业。新增10家。'].join('\n'));
    expect(clauses.map((c) => c.id)).toEqual(['preamble', '1-1']);
  });
});
