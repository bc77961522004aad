import { describe, expect, it } from 'vitest';
import { queryTerms } from './fold';
import { matchPlans, type PlanFacts } from './plans';

const suzhou: PlanFacts = {
  title: '苏州市推进数字经济和数字化发展三年行动计划(2021—2023年)',
  label: '苏州 2021–2023',
  city: '苏州',
  kind: '三年行动计划',
  docNumber: '苏委发〔2021〕1号',
  issuer: '苏州市人民政府',
};
const yancheng: PlanFacts = {
  title: '2024年数字盐城工作要点',
  label: '盐城 2024',
  city: '盐城',
  kind: '年度工作要点',
  docNumber: null,
  issuer: '盐城市人民政府办公室',
};
const terms = (q: string) => queryTerms(q).map((t) => t.join(''));

describe('matchPlans', () => {
  it('finds a plan by its 文号, however the year brackets and spaces are typed', () => {
    for (const q of ['苏委发〔2021〕1号', '苏委发（2021）1号', '苏委发(2021)1号', '苏委发[2021]1号', '苏委发【2021】1号', '苏委发 〔2021〕'])
      expect(matchPlans([yancheng, suzhou], terms(q)), q).toEqual([1]);
    expect(matchPlans([yancheng, suzhou], terms('苏委发〔2022〕1号'))).toEqual([]);
  });
  it('finds plans by title words and by issuer, every term required', () => {
    expect(matchPlans([yancheng, suzhou], terms('工作要点'))).toEqual([0]);
    expect(matchPlans([yancheng, suzhou], terms('人民政府'))).toEqual([0, 1]);
    expect(matchPlans([yancheng, suzhou], terms('人民政府 办公室'))).toEqual([0]);
  });
  it('matches nothing for no terms or unknown facts', () => {
    expect(matchPlans([yancheng, suzhou], [])).toEqual([]);
    expect(matchPlans([yancheng], terms('null'))).toEqual([]);
  });
});
