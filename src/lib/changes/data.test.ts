import { describe, expect, it } from 'vitest';
import { changesUrl, comparisonData, comparisonOf, movedAnchorUrl, pairDataUrl, stepUrl } from './data';
import { comparisonDataSchema, type ChangePair } from '~/schemas/changes';
import { comparisonView } from './view';

const pair: ChangePair = {
  anchor: 'yancheng-2022-2024--yancheng-2025-2027',
  from: 'yancheng-2022-2024',
  to: 'yancheng-2025-2027',
  links: [{ earlier: '2-7-21', later: '2-5-4', confidence: 0.9, paragraphs: [0, 1], diff: [{ op: '=', tokens: ['黄海明珠人才计划'] }, { op: '+', tokens: ['实训基地'] }] }],
  verdicts: [
    { plan: 'yancheng-2025-2027', id: '2-5-4', kind: 'continued', themes: ['talent'] },
    { plan: 'yancheng-2022-2024', id: '1-1', kind: 'dropped', themes: [] },
  ],
  targets: [{ key: 'k', indicator: '5G基站', unit: '个', from: { value: 1, year: 2024, clause: '1-1' }, to: { value: 2, year: 2027, clause: '2-5-4' }, direction: 'raised' }],
};
const url = (plan: string, id: string) => `/plans/${plan}/${id}/`;

describe('URLs', () => {
  it('give each step its own page under the summary, named by its anchor', () => {
    expect(changesUrl('yancheng')).toBe('/cities/yancheng/changes/');
    expect(stepUrl('yancheng', pair.anchor)).toBe('/cities/yancheng/changes/yancheng-2022-2024--yancheng-2025-2027/');
  });
  it('name a pair’s data file the same whatever the order of the plans', () => {
    expect(pairDataUrl('yancheng-2025-2027', 'yancheng-2024')).toBe('/data/changes/pairs/yancheng-2024--yancheng-2025-2027.json');
    expect(pairDataUrl('yancheng-2024', 'yancheng-2025-2027')).toBe(pairDataUrl('yancheng-2025-2027', 'yancheng-2024'));
  });
});

describe('a comparison as open data', () => {
  const d = comparisonData(pair, url);
  it('names every clause with its permalink, a link by its two clause ids', () => {
    expect(d.links[0]).toMatchObject({ earlier: '2-7-21', later: '2-5-4' });
    expect(d.verdicts[0].url).toBe('/plans/yancheng-2025-2027/2-5-4/');
    expect(d.verdicts[1].url).toBe('/plans/yancheng-2022-2024/1-1/');
    expect(d.targets[0].to.url).toBe('/plans/yancheng-2025-2027/2-5-4/');
  });
  it('writes each diff run as its operation and its text, and the share of tokens kept', () => {
    expect(d.links[0].diff).toEqual([['=', '黄海明珠人才计划'], ['+', '实训基地']]);
    // The kept token counts on both sides: 2 of the 3 tokens of the two paragraphs.
    expect(d.links[0].kept).toBe(0.67);
  });
  it('is what its published schema says', () => {
    expect(comparisonDataSchema.parse(d)).toEqual(d);
  });
  it('reads back as the comparison it was made from, each run one token, with its published share (what the compare view renders)', () => {
    const back = comparisonOf(JSON.parse(JSON.stringify(d)));
    expect(back).toEqual({ ...pair, links: [{ ...pair.links[0], diff: [{ op: '=', tokens: ['黄海明珠人才计划'] }, { op: '+', tokens: ['实训基地'] }], kept: 0.67 }] });
  });
  it('gives the compare view the very view a step page renders', () => {
    const lookups = { clause: () => undefined, themes: ['talent'] };
    const onPage = comparisonView(pair, lookups);
    const inBrowser = comparisonView(comparisonOf(JSON.parse(JSON.stringify(d))), lookups);
    expect(inBrowser.pairs.map((p) => p.links.map((l) => [l.kept, l.diff.map((o) => [o.op, o.tokens.join('')])]))).toEqual(
      onPage.pairs.map((p) => p.links.map((l) => [l.kept, l.diff.map((o) => [o.op, o.tokens.join('')])])),
    );
    expect({ ...inBrowser, pairs: [] }).toEqual({ ...onPage, pairs: [] });
  });
});

describe('anchors of the earlier single changes page', () => {
  const steps = [
    { anchor: 'a--b', url: '/cities/x/changes/a--b/' },
    { anchor: 'a--b-2025', url: '/cities/x/changes/a--b-2025/' },
  ];
  it('lead a step, its lists and its pairs to the step’s page, under the same id', () => {
    expect(movedAnchorUrl('#a--b', steps)).toBe('/cities/x/changes/a--b/#a--b');
    expect(movedAnchorUrl('#a--b-new', steps)).toBe('/cities/x/changes/a--b/#a--b-new');
    expect(movedAnchorUrl('#a--b-pair-2-3-1', steps)).toBe('/cities/x/changes/a--b/#a--b-pair-2-3-1');
  });
  it('prefer the longest step anchor an id begins with', () => {
    expect(movedAnchorUrl('#a--b-2025-dropped', steps)).toBe('/cities/x/changes/a--b-2025/#a--b-2025-dropped');
  });
  it('leave the summary’s own sections and malformed hashes alone', () => {
    expect(movedAnchorUrl('#targets', steps)).toBeNull();
    expect(movedAnchorUrl('', steps)).toBeNull();
    expect(movedAnchorUrl('#%E0%A4%A', steps)).toBeNull();
  });
});
