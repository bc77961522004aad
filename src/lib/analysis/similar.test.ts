import { describe, expect, it } from 'vitest';
import { GENERATED } from '~/schemas/analysis';
import { parseAnalysisFile } from './file';
import { clauseKey, similarEntries, similarIndex, similarPercent, similarTo, SIMILAR_ON_CARDS, type SimilarLookup } from './similar';

const METHOD = { measure: 'cosine of TF-IDF vectors over jieba tokens', threshold: 0.3, max: 5, nearVerbatim: 'character 4-gram containment ≥ 0.8' };
const file = (o: object) => parseAnalysisFile('similar', JSON.stringify({ generated: GENERATED, method: METHOD, clauses: {}, nearVerbatim: [], ...o }));
const CLAUSES = {
  'suzhou-2021-2023/2-2-2': [
    { plan: 'yancheng-2022-2024', id: '2-5-15', url: '/plans/yancheng-2022-2024/2-5-15/', score: 0.4, nearVerbatim: false },
    { plan: 'taizhou-zhidao-yijian', id: '2-5-15', url: '/plans/taizhou-zhidao-yijian/2-5-15/', score: 0.484, nearVerbatim: true },
    { plan: 'suzhou-2021-2023', id: '2-2-3', url: '/plans/suzhou-2021-2023/2-2-3/', score: 0.9, nearVerbatim: false },
  ],
};

describe('similar clauses', () => {
  it('reads the analysis file and returns other plans’ clauses, best first', () => {
    const map = similarIndex(file({ clauses: CLAUSES }));
    expect(similarTo(map, 'suzhou-2021-2023', '2-2-2').map((r) => [r.plan, r.score, r.nearVerbatim])).toEqual([
      ['taizhou-zhidao-yijian', 0.484, true],
      ['yancheng-2022-2024', 0.4, false],
    ]);
    expect(similarTo(map, 'suzhou-2021-2023', 'nope')).toEqual([]);
    expect(clauseKey('a', 'b')).toBe('a/b');
  });
  it('refuses a broken file, naming it and the bad field, rather than showing no similar clauses', () => {
    expect(() => parseAnalysisFile('similar', 'not json')).toThrow(/^content\/analysis\/similar\.json: not JSON/);
    expect(() => parseAnalysisFile('similar', '{}')).toThrow(/^content\/analysis\/similar\.json: generated: .*; method: .*; clauses: /);
    const noScore = { 'a/1': [{ plan: 'b', id: '2', url: '/plans/b/2/', nearVerbatim: false }] };
    expect(() => file({ clauses: noScore })).toThrow('content/analysis/similar.json: clauses["a/1"][0].score:');
    expect(similarIndex(file({})).size).toBe(0);
  });
});

describe('similar clauses resolved for display (clause cards, clause page)', () => {
  const map = similarIndex(file({ clauses: CLAUSES }));
  const lookup: SimilarLookup = {
    clauseByUrl: new Map([
      ['/plans/taizhou-zhidao-yijian/2-5-15/', { pinpoint: '第二部分(五)第15条', heading: '数据安全', text: '数据安全。<b>加强</b>{防护}' }],
      ['/plans/yancheng-2022-2024/2-5-15/', { pinpoint: '第二部分(五)第15条', heading: null, text: '强化网络安全' }],
    ]),
    planBySlug: new Map([
      ['taizhou-zhidao-yijian', { city: '泰州' }],
      ['yancheng-2022-2024', { city: '盐城' }],
    ]),
    planLabel: (slug) => ({ 'taizhou-zhidao-yijian': '指导意见', 'yancheng-2022-2024': '2022–2024' })[slug] ?? slug,
  };
  it('gives city · plan · pinpoint · percentage, best first, and flags near-verbatim copies', () => {
    const entries = similarEntries(map, { plan: 'suzhou-2021-2023', id: '2-2-2' }, lookup);
    expect(entries.map((e) => [e.city, e.plan, e.pinpoint, e.percent, e.nearVerbatim])).toEqual([
      ['泰州', '指导意见', '第二部分(五)第15条', '48%', true],
      ['盐城', '2022–2024', '第二部分(五)第15条', '40%', false],
    ]);
    expect(entries[0].url).toBe('/plans/taizhou-zhidao-yijian/2-5-15/');
    // Text is passed through as data (the template escapes it), never rewritten.
    expect(entries[0].text).toBe('数据安全。<b>加强</b>{防护}');
  });
  it('caps the list and skips clauses or plans the build does not have', () => {
    expect(similarEntries(map, { plan: 'suzhou-2021-2023', id: '2-2-2' }, lookup, 1)).toHaveLength(1);
    const partial: SimilarLookup = { ...lookup, planBySlug: new Map([['yancheng-2022-2024', { city: '盐城' }]]) };
    expect(similarEntries(map, { plan: 'suzhou-2021-2023', id: '2-2-2' }, partial, SIMILAR_ON_CARDS).map((e) => e.city)).toEqual(['盐城']);
    expect(similarEntries(map, { plan: 'x', id: 'y' }, lookup)).toEqual([]);
  });
  it('shows similarity as a whole percentage, clamped', () => {
    expect([0, 0.3, 0.484, 0.995, 1.2, -1].map(similarPercent)).toEqual(['0%', '30%', '48%', '100%', '100%', '0%']);
  });
});
