import { describe, expect, it } from 'vitest';
import { ingestText as ingest } from './testing';

describe('body: shapes real documents take', () => {
  it('parts → sections → items, with goal text and a preamble', async () => {
    const { doc, byId, clauses } = await ingest(
      [
        '某市数字经济三年行动计划(2025-2027年)',
        '为加快发展数字经济,制定本计划。',
        '一、总体要求',
        '(一)发展目标',
        '到2027年,数字经济核心产业增加值突破900亿元。',
        '1.数字产业化水平提升。到2027年,产值突破3000亿元。(市工信局牵头,市发改委按职责分工负责)',
        '2.产业数字化成效明显。新培育智能工厂400家。',
        '二、保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(clauses.map((c) => c.id)).toEqual(['preamble', '1-1', '1-1-1', '1-1-2', '2']);
    expect(byId['1-1-1']).toMatchObject({ kind: 'item', path: ['一', '(一)', '1'], pinpoint: '第一部分(一)第1条', heading: '数字产业化水平提升', headingInline: true, label: '1.' });
    expect(byId['1-1-1'].departments).toEqual({ lead: ['市工信局'], responsible: ['市发改委'] });
    expect(byId['1-1'].text).toBe('到2027年,数字经济核心产业增加值突破900亿元。');
    expect(byId['1-1'].context).toEqual(['总体要求', '发展目标']);
    expect(doc.period).toEqual({ start: 2025, end: 2027 });
    expect(doc.slug).toBe('ceshi-2025-2027');
  });

  it('full-width "１．", "1﹒" and "1、" item numbers, CRLF line ends, mixed quotes', async () => {
    const { byId } = await ingest('某市工作要点\r\n一、数字政府\r\n１．推进“一网通办”。全面推进。\r\n2 ﹒ 推进"一网统管"。加快建设。\r\n3、推进「数据共享」。加快。\r\n');
    expect(Object.keys(byId)).toEqual(['1-1', '1-2', '1-3']);
    expect(byId['1-1'].label).toBe('１．');
    expect(byId['1-2'].text).toBe('推进"一网统管"。加快建设。');
    expect(byId['1-3'].text).toBe('推进「数据共享」。加快。');
  });

  it('no third level: items directly under parts get "part-item" ids', async () => {
    const { clauses } = await ingest('某市要点\n一、体系保障\n1.建立体系。内容。\n2.构建规范。内容。\n二、安全\n3.提升安全。内容。\n');
    expect(clauses.map((c) => [c.id, c.pinpoint])).toEqual([
      ['1-1', '第一部分第1条'],
      ['1-2', '第一部分第2条'],
      ['2-3', '第二部分第3条'],
    ]);
  });

  it('sub-headings on their own line with topic-led paragraphs (004)', async () => {
    const { byId } = await ingest(
      ['某市计划', '', '一、主要任务', '', '(一)打造数字基础设施高地', '', '重点推进新基建。', '', '1.新型基础设施建设', '', '5G产业。加快5G建设。', '', '新型绿色数据中心。建设数据中心。'].join('\n'),
    );
    expect(byId['1-1'].text).toBe('重点推进新基建。');
    expect(byId['1-1-1']).toMatchObject({ heading: '新型基础设施建设', headingInline: false, paragraphs: ['5G产业。加快5G建设。', '新型绿色数据中心。建设数据中心。'] });
    expect(byId['1-1-1'].text).toBe('新型基础设施建设\n5G产业。加快5G建设。\n新型绿色数据中心。建设数据中心。');
  });

  it('section headings carrying their text on the same line (001)', async () => {
    const { byId, doc } = await ingest('某市意见\n三、组织保障\n(一)加强组织协调。建立领导小组。\n(二)健全推进体系。制定计划。\n');
    expect(byId['3-1']).toMatchObject({ kind: 'section', heading: '加强组织协调', headingInline: true, text: '加强组织协调。建立领导小组。', context: ['组织保障'] });
    expect(doc.parts[0].sections.map((s) => [s.id, s.title, s.titleInline])).toEqual([
      ['3-1', '加强组织协调', true],
      ['3-2', '健全推进体系', true],
    ]);
  });

  it('专栏 boxes get their own clause', async () => {
    const { byId } = await ingest('某市规划\n一、任务\n(一)基础设施\n1.建设网络。内容。\n专栏1 重点工程\n建设数据中心3个。\n');
    expect(byId['1-1-box1']).toMatchObject({ heading: '重点工程', pinpoint: '第一部分(一)专栏1', text: '重点工程\n建设数据中心3个。' });
  });



  it('attachments: a list, a numbered attachment with a title and a pipe table with merged cells (003)', async () => {
    const { doc, byId } = await ingest(
      ['某市计划', '一、任务', '1.建设。内容。', '附件:1.主要目标', '2.工作要点', '附件1', '主要目标', '序号 | 类别 | 指标 | 2025年 |', '1 | 数字产业 | 营业收入(亿元) | 2300 |', '2 | 增加值(亿元) | 710 | |'].join('\n'),
    );
    expect(byId.annexes.paragraphs).toEqual(['1.主要目标', '2.工作要点']);
    const annex = doc.parts.find((p) => p.id === 'annex-1')!;
    expect(annex).toMatchObject({ label: '附件1', title: '主要目标' });
    expect(annex.tables[0].header).toEqual(['序号', '类别', '指标', '2025年']);
    expect(annex.tables[0].rows[0].cells[1]).toEqual({ text: '数字产业', rowspan: 2, colspan: 1 });
    expect(byId['annex-1-r2'].cells).toEqual([
      { column: '序号', text: '2' },
      { column: '类别', text: '数字产业' },
      { column: '指标', text: '增加值(亿元)' },
      { column: '2025年', text: '710' },
    ]);
    expect(byId['annex-1-r2'].pinpoint).toBe('附件1 第2行');
  });

  it('a table with no 附件 heading takes the line above as its caption (002)', async () => {
    const { doc } = await ingest(['某市要点', '一、任务', '1.建设。内容。', '重点工作任务分解表', '序号 | 主要工作 |', '1 | 建设 |'].join('\n'));
    const part = doc.parts.find((p) => p.kind === 'annex')!;
    expect(part).toMatchObject({ id: 'table-1', title: '重点工作任务分解表' });
  });

  it('lines broken mid-sentence are joined; truncated source lines are noted, not guessed', async () => {
    const { byId, doc } = await ingest(['某市计划', '一、任务', '1.建设网络。推进5G网络建设,加快千兆', '光网覆盖。', '2.推进数据开放。健全公共数据共享供需对接机制,建立公共数据开放管理制度,以市场主体应用需求为导向,分批制定公共', '二、保障'].join('\n'));
    expect(byId['1-1'].text).toBe('建设网络。推进5G网络建设,加快千兆光网覆盖。');
    expect(doc.notes.join()).toMatch(/第 5 行在句中结束/);
  });

  it('a repeated number keeps ids unique and stable', async () => {
    const { clauses } = await ingest('某市要点\n一、任务\n1.甲。内容。\n1.乙。内容。\n');
    expect(clauses.map((c) => c.id)).toEqual(['1-1', '1-1b']);
  });
});

describe('body: documents in articles (CHAPTER_HEADING, ARTICLE_HEADING)', () => {
  it('articles are clauses "art-N" numbered through the document, cited as 第N条; chapters are parts "ch-N"', async () => {
    const { byId, clauses } = await ingest(
      [
        '某市公共数据管理办法',
        '第一章 总则',
        '第一条 为了规范公共数据管理,制定本办法。',
        '第二条 本办法适用于本市公共数据的管理活动。',
        '第二章 数据共享',
        '第三条 公共数据以共享为原则,不共享为例外。',
        '第四条 公共管理和服务机构应当履行下列职责:',
        '(一)编制公共数据目录;',
        '(二)按照目录汇聚数据。',
        '第五条 市大数据局负责统筹协调。',
      ].join('\n'),
    );
    expect(clauses.map((c) => c.id)).toEqual(['art-1', 'art-2', 'art-3', 'art-4', 'art-5']);
    expect(byId['art-3']).toMatchObject({ kind: 'item', label: '第三条', pinpoint: '第三条', path: ['第二章', '第三条'], context: ['数据共享'] });
    // The enumerated 项 of 第四条 stay in it, in order, and do not open sections.
    expect(byId['art-4'].text).toBe('公共管理和服务机构应当履行下列职责:\n(一)编制公共数据目录;\n(二)按照目录汇聚数据。');
    expect(byId['art-5'].context).toEqual(['数据共享']);
  });

  it('articles grouped under heading-only sections: 第一条 and 第二条 are separate clauses', async () => {
    const { byId, clauses } = await ingest(
      [
        '某区关于加快打造人工智能产业高地的若干政策',
        '(一)推动算力赋能产业发展',
        '第一条 强化普惠算力供给。每年发放“算力券”,支持企业购买算力服务。',
        '第二条 打造国产算力底座。加强国产芯片部署应用。',
        '(二)支持模型创新',
        '第三条 支持大模型研发。对通过备案的大模型给予奖励。',
      ].join('\n'),
    );
    expect(clauses.map((c) => c.id)).toEqual(['art-1', 'art-2', 'art-3']);
    expect(byId['art-1']).toMatchObject({ heading: '强化普惠算力供给', headingInline: true, pinpoint: '第一条', context: ['推动算力赋能产业发展'] });
    expect(byId['art-3'].context).toEqual(['支持模型创新']);
  });
});

describe('body: attachments keep their clauses under annex-N, whatever numbering they carry', () => {
  it('一、 (一) 1. inside 附件 → annex-1-1, annex-1-1-1, annex-1-1-1-2 (not 1-1-1)', async () => {
    const { clauses, byId } = await ingest(
      ['某市计划', '一、任务', '1.建设。内容。', '附件', '重点任务分工', '一、数字产业化', '(一)做强电子信息产业', '1.培育龙头企业。市工信局牵头。', '2.建设产业园区。市发改委牵头。', '二、产业数字化', '3.推进智改数转。内容。'].join('\n'),
    );
    expect(clauses.map((c) => c.id)).toEqual(['1-1', 'annex-1-1-1-1', 'annex-1-1-1-2', 'annex-1-2-3']);
    expect(byId['annex-1-1-1-2']).toMatchObject({ path: ['附件1', '一', '(一)', '2'], titles: ['重点任务分工', '数字产业化', '做强电子信息产业'] });
  });

  it('a table right after "附件：title" is that attachment’s: rows annex-1-rN', async () => {
    const { clauses } = await ingest(['某市计划', '一、任务', '1.建设。内容。', '附件：重点任务分工表', '序号 | 任务 | 牵头单位 |', '1 | 培育企业 | 市工信局 |', '2 | 建设园区 | 市发改委 |'].join('\n'));
    expect(clauses.map((c) => c.id)).toEqual(['1-1', 'annexes', 'annex-1-r1', 'annex-1-r2']);
  });
});

describe('body: pipes in ordinary text', () => {
  it('a lone line with "|" in a paragraph passes through as text (no table, no faithfulness error)', async () => {
    const { clauses } = await ingest(['某市计划', '一、任务', '1.建设。内容包括以下两项:', '| 甲 | 乙 |', '2.推进。内容。'].join('\n'));
    expect(clauses.map((c) => [c.id, c.text])).toEqual([
      ['1-1', '建设。内容包括以下两项:\n|甲|乙|'], // spaces beside Han characters are removed as everywhere (CJK_SPACES)
      ['1-2', '推进。内容。'],
    ]);
  });
});
