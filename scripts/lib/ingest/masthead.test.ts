import { describe, expect, it } from 'vitest';
import { headerFields, masthead } from './masthead';
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

  it('a joint 落款 of a notice: every organ line above the date is the issuer, joined by a space', async () => {
    const { doc, byId } = await ingest(
      ['各区委、区政府,市各部门:', '现将《某市实施意见》印发给你们,请结合实际认真贯彻落实。', '中共某市委', '某市人民政府', '2023年6月20日', '某市实施意见', '一、任务', '1.建设。内容。'].join('\n'),
    );
    expect(doc).toMatchObject({ issuer: '中共某市委 某市人民政府', date: '2023-06-20', signature: null });
    expect(byId.notice.paragraphs).toContain('中共某市委');
  });

  it('a notice title is a heading: never noted as a line the source cut short', async () => {
    const { doc } = await ingest(
      ['某市人民政府办公室关于印发某市数字经济三年行动计划的通知', '各县(市、区)人民政府,市各委、办、局:', '《某市数字经济三年行动计划》已经市政府同意,现印发给你们。', '某市人民政府办公室', '2024年8月22日', '某市数字经济三年行动计划', '一、任务', '1.建设。内容。'].join('\n'),
    );
    expect(doc.noticeTitle).toBe('某市人民政府办公室关于印发某市数字经济三年行动计划的通知');
    expect(doc.notes).toEqual([]);
  });

  it('an export’s 【…】 fields printed under the title: furniture, their facts read, the text unchanged', async () => {
    const { doc, byId } = await ingest(
      ['【法宝引证码】CLI.12.0000001', '原文链接：https://www.pkulaw.com/lar/x.html', '某市数字政府建设“十四五”行动方案', '某市数字政府建设“十四五”行动方案', '【发布部门】某市人民政府办公室', '【发布日期】2022.04.27', '为加快数字政府建设,制定本方案。', '一、总体要求', '坚持统筹。'].join('\r\n'),
    );
    expect(doc).toMatchObject({ issuer: '某市人民政府办公室', publishedDate: '2022-04-27', pkulawCode: 'CLI.12.0000001', printedTitle: { line: 4 } });
    expect(doc.furniture.map((f) => f.line)).toEqual([1, 2, 3, 5, 6]);
    expect(byId.preamble.paragraphs).toEqual(['为加快数字政府建设,制定本方案。']);
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

/** A PKULaw export of a prefecture-level city's 2022 plan, in the usual shape (crafted; CRLF, full-width punctuation). */
const PKULAW = [
  '【法宝引证码】CLI.12.5115678',
  '原文链接：https://www.pkulaw.com/lar/0a1b2c3d4e5f.html',
  '某州市人民政府办公室关于印发某州市数字经济发展三年行动计划（2022—2024年）的通知',
  '某州市人民政府办公室关于印发某州市数字经济发展三年行动计划（2022—2024年）的通知',
  '某府办发〔2022〕37号',
  '各县（市、区）人民政府，市各委、办、局：',
  '《某州市数字经济发展三年行动计划（2022—2024年）》已经市政府同意，现印发给你们，请认真贯彻落实。',
  '某州市人民政府办公室',
  '2022年7月18日',
  '某州市数字经济发展三年行动计划（2022—2024年）',
  '一、总体要求',
  '（一）发展目标',
  '到2024年，数字经济核心产业增加值占地区生产总值比重达到10%。',
  '附件',
  '重点任务分工',
  '一、数字产业化',
  '（一）做强电子信息产业',
  '1.培育龙头企业。市工信局牵头。',
  '2.建设产业园区。市发改委牵头。',
].join('\r\n');

describe('masthead: 北大法宝 (PKULaw) exports', () => {
  it('reads title, notice title, issuer, 文号, date, 法宝引证码 and 原文链接 from the export, never its furniture', async () => {
    const { doc, byId } = await ingest(PKULAW, 'city: 某州\nprovince: 江苏\n');
    expect(doc).toMatchObject({
      slug: 'mouzhou-2022-2024',
      title: '某州市数字经济发展三年行动计划（2022—2024年）',
      noticeTitle: '某州市人民政府办公室关于印发某州市数字经济发展三年行动计划（2022—2024年）的通知',
      issuer: '某州市人民政府办公室',
      docNumber: '某府办发〔2022〕37号',
      date: '2022-07-18',
      pkulawCode: 'CLI.12.5115678',
      sourceUrl: 'https://www.pkulaw.com/lar/0a1b2c3d4e5f.html',
      period: { start: 2022, end: 2024 },
    });
    expect(doc.provenance).toMatchObject({ title: 'document', issuer: 'document', docNumber: 'document', date: 'document', pkulawCode: 'document', sourceUrl: 'document' });
    expect(doc.furniture.map((f) => f.line)).toEqual([1, 2, 3]);
    expect(byId.notice.paragraphs[0]).toBe('某州市人民政府办公室关于印发某州市数字经济发展三年行动计划（2022—2024年）的通知');
  });

  it('the YAML overrides a field, and says so', async () => {
    const { doc } = await ingest(PKULAW, 'city: 某州\nprovince: 江苏\ndate: 2022-07-20\n');
    expect(doc.date).toBe('2022-07-20');
    expect(doc.provenance.date).toBe('yaml');
  });
});

describe('masthead: 政府信息公开 portal pages (as the HTML extractor writes their field table)', () => {
  it('索引号 / 发布机构 / 成文日期 / 发布日期 / 文号 / 时效性 are furniture and metadata; the notice title above the addressees is the notice’s', async () => {
    const { doc, clauses } = await ingest(
      [
        '索引号：11320900014090123X/2022-00123',
        '发布机构：某州市人民政府办公室',
        '成文日期：2022-07-18',
        '发布日期：2022年7月25日',
        '文号：某府办发〔2022〕37号',
        '时效性：有效',
        '主题分类：工业、交通',
        '某州市人民政府办公室关于印发某州市数字经济发展三年行动计划（2022—2024年）的通知',
        '各县（市、区）人民政府，市各委、办、局：',
        '《某州市数字经济发展三年行动计划（2022—2024年）》已经市政府同意，现印发给你们，请认真贯彻落实。',
        '某州市人民政府办公室',
        '2022年7月18日',
        '某州市数字经济发展三年行动计划（2022—2024年）',
        '一、总体要求',
        '1.发展数字经济。内容。',
      ].join('\n'),
      'city: 某州\nprovince: 江苏\n',
    );
    expect(doc).toMatchObject({ issuer: '某州市人民政府办公室', date: '2022-07-18', publishedDate: '2022-07-25', docNumber: '某府办发〔2022〕37号', status: '有效', slug: 'mouzhou-2022-2024' });
    expect(doc.furniture).toHaveLength(7);
    expect(clauses.map((c) => c.id)).toEqual(['notice', '1-1']);
  });

  it('headerFields splits a line of two fields (the Suzhou seed’s "级别:苏州市级状态: 有效")', () => {
    expect(headerFields('级别:苏州市级状态: 有效')).toEqual([
      ['级别', '苏州市级'],
      ['状态', '有效'],
    ]);
  });

  it('a 红头 and 文号 without a notice: furniture, issuer and 文号 read', async () => {
    const { doc } = await ingest(['某州市人民政府文件', '某政发〔2023〕5号', '某州市关于加快发展数字经济的实施意见', '一、总体要求', '1.发展。内容。'].join('\n'), 'city: 某州\nprovince: 江苏\n');
    expect(doc).toMatchObject({ issuer: '某州市人民政府', docNumber: '某政发〔2023〕5号', title: '某州市关于加快发展数字经济的实施意见', slug: 'mouzhou-shishi-yijian' });
    expect(doc.furniture.map((f) => f.text)).toEqual(['某州市人民政府文件', '某政发〔2023〕5号']);
  });
});
