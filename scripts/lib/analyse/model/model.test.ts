import { describe, expect, it } from 'vitest';
import { themeSlugs } from '~/data/themes';
import { ruleEvidence, scoreEvidence } from '../tag';
import { themeProbabilities, trainThemeModel, type TrainingExample } from './model';

const example = (text: string, themes: string[]): TrainingExample => {
  const input = { text, heading: null, context: [] };
  const evidence = ruleEvidence(input);
  return { input, evidence, scores: scoreEvidence(evidence), themes };
};
const examples = [
  example('推进海洋牧场建设,建成海洋牧场示范区3个。', ['smart-agriculture']),
  example('召开年度工作推进会,部署重点工作。', []),
  example('支持海洋牧场企业建设监测平台。', ['smart-agriculture']),
  example('加快建设智算中心,提升算力供给能力。', ['computing-power']),
];

describe('trainThemeModel', () => {
  const model = trainThemeModel(examples);
  it('has a weight for each theme’s intercept, the shared rule features and each word crossed with each theme', () => {
    expect(model.examples).toBe(4);
    for (const slug of themeSlugs) expect(model.index.has(`t:${slug}`)).toBe(true);
    expect(model.index.has('smart-agriculture|w:牧场')).toBe(true);
    expect(model.index.has('talent|w:牧场')).toBe(true);
    expect(model.index.has('r:assigned')).toBe(true);
  });
  it('does not depend on the order of the labels', () => {
    const reversed = trainThemeModel([...examples].reverse());
    expect([...reversed.index]).toEqual([...model.index]);
    const p = themeProbabilities(model, examples[0]);
    const q = themeProbabilities(reversed, examples[0]);
    p.forEach((x, k) => expect(q[k]).toBeCloseTo(x, 12));
  });
  it('gives a probability per theme in taxonomy order; the taught word raises its theme only', () => {
    const fresh = example('加快海洋牧场数字化升级。', []);
    const p = themeProbabilities(model, fresh);
    expect(p).toHaveLength(themeSlugs.length);
    const k = themeSlugs.indexOf('smart-agriculture');
    expect(p[k]).toBe(Math.max(...p));
    const unrelated = themeProbabilities(model, example('召开专题会议。', []));
    expect(p[k]).toBeGreaterThan(unrelated[k]);
  });
});
