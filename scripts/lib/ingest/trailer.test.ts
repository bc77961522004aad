import { describe, expect, it } from 'vitest';
import { findTrailer, parseTrailer, splitOrgans, rowFields } from './trailer';
import * as P from './trailer';

describe('findTrailer', () => {
  it('finds the balanced bracket group closing an item, with nested brackets', () => {
    expect(findTrailer('…产业层次。〔市工信局牵头,市发改委、市科技局,各县(市、区)人民政府等按职责分工负责〕')).toBe(
      '〔市工信局牵头,市发改委、市科技局,各县(市、区)人民政府等按职责分工负责〕',
    );
    expect(findTrailer('…。(责任部门:市委网信办,完成时间:2024年8月底前)')).toBe('(责任部门:市委网信办,完成时间:2024年8月底前)');
  });
  it('ignores brackets that are not trailers', () => {
    expect(findTrailer('建成200家省级示范智能车间(工厂)')).toBeNull();
    expect(findTrailer('没有括号。')).toBeNull();
    expect(findTrailer('')).toBeNull();
  });
});

describe('parseTrailer', () => {
  it('lead and responsible departments (000)', () => {
    const t = parseTrailer('〔市工信局牵头,市发改委、市科技局,各县(市、区)人民政府、盐城经济技术开发区、盐南高新区管委会等按职责分工负责,以下内容均需各县(市、区)人民政府落实,不再单独列出〕');
    expect(t.departments.lead).toEqual(['市工信局']);
    expect(t.departments.responsible).toEqual(['市发改委', '市科技局', '各县(市、区)人民政府', '盐城经济技术开发区', '盐南高新区管委会']);
    expect(t.deadline).toBeNull();
  });
  it('several leads', () => {
    expect(parseTrailer('(市商务局、市科技局牵头,市发改委、市工信局等按职责分工负责)').departments).toEqual({
      lead: ['市商务局', '市科技局'],
      responsible: ['市发改委', '市工信局'],
    });
  });
  it('labelled fields with a deadline (002)', () => {
    const t = parseTrailer('(责任部门:联席会议各成员单位,完成时间:2025年1月底前。以下任务均需各县(市、区)落实,不再列出)');
    expect(t.departments).toEqual({ lead: [], responsible: ['联席会议各成员单位'] });
    expect(t.deadline).toBe('2025年1月底前');
    expect(parseTrailer('(责任部门:市工信局、市商务局等有关部门按职责分工负责,完成时间:2024年12月底前)').departments.responsible).toEqual(['市工信局', '市商务局']);
  });
  it('a labelled list runs on past "," to the next field or remark; "单位" alone is no organ', () => {
    expect(parseTrailer('(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)')).toEqual({
      departments: { lead: ['市行政审批服务局'], responsible: ['市直有关部门', '各区市政府', '开发区管委'] },
      deadline: null,
    });
    expect(parseTrailer('(牵头单位:市数据局,市工信局;完成时间:2024年底前)').departments.lead).toEqual(['市数据局', '市工信局']);
    for (const w of ['单位', '部门', '有关单位', '相关部门']) expect(P.GENERIC_ORGAN.test(w), w).toBe(true);
    expect(P.GENERIC_ORGAN.test('市直有关部门')).toBe(false);
    expect(P.TRAILER_REMARK.test('以下任务均需各区市政府落实')).toBe(true);
  });
  it('responsible only (003)', () => {
    expect(parseTrailer('(市工信局、市发改委、市科技局等按职责分工负责,所有重点任务均需各地落实,不再单独列出)').departments).toEqual({
      lead: [],
      responsible: ['市工信局', '市发改委', '市科技局'],
    });
  });
});

describe('splitOrgans and rowFields', () => {
  it('splits on 、 and list spaces, not inside brackets', () => {
    expect(splitOrgans('市工信局(大数据管理局)、市公安局')).toEqual(['市工信局(大数据管理局)', '市公安局']);
    expect(splitOrgans('市科技局 市工信局 市发改委')).toEqual(['市科技局', '市工信局', '市发改委']);
    expect(splitOrgans('市体育局、市档案局、市档案馆等各有关部门')).toEqual(['市体育局', '市档案局', '市档案馆']);
    expect(splitOrgans('市数据局等有关部门')).toEqual(['市数据局']);
  });
  it('reads departments and deadline by column name', () => {
    expect(rowFields(['序号', '完成时间', '责任部门'], ['1', '2025年4月', '市教育局'])).toEqual({
      departments: { lead: [], responsible: ['市教育局'] },
      deadline: '2025年4月',
    });
    expect(rowFields(['序号', '牵头责任单位'], ['1', '市工信局 市数据局']).departments.lead).toEqual(['市工信局', '市数据局']);
  });
});
