import { describe, expect, it } from 'vitest';
import { predictProbability, sigmoid, sparseRow, trainLogistic, type SparseRow } from './logistic';

const row = (features: Record<number, number>): SparseRow => sparseRow(new Map(Object.entries(features).map(([k, v]) => [Number(k), v])));
const OPTIONS = { l2: 0.001, steps: 300, rate: 0.5 };

// Feature 0 marks positives, feature 1 negatives, feature 2 is noise on both.
const rows = [row({ 0: 1 }), row({ 0: 1, 2: 1 }), row({ 0: 1 }), row({ 1: 1 }), row({ 1: 1, 2: 1 }), row({ 1: 1 })];
const targets = [1, 1, 1, 0, 0, 0];

describe('sigmoid', () => {
  it('is stable at the extremes and 0.5 at 0', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-2) + sigmoid(2)).toBeCloseTo(1, 12);
  });
});

describe('sparseRow', () => {
  it('sorts indices and drops zeros, so every sum runs in one order', () => {
    const r = sparseRow(new Map([[5, 1], [2, 0.5], [3, 0]]));
    expect([...r.indices]).toEqual([2, 5]);
    expect([...r.values]).toEqual([0.5, 1]);
  });
});

describe('trainLogistic', () => {
  const w = trainLogistic(rows, targets, 3, OPTIONS);
  it('learns a separable rule: the marking features get large weights of opposite sign, noise stays near 0', () => {
    expect(w.weights[0]).toBeGreaterThan(1);
    expect(w.weights[1]).toBeLessThan(-1);
    expect(Math.abs(w.weights[2])).toBeLessThan(0.5);
    expect(predictProbability(w, row({ 0: 1 }))).toBeGreaterThan(0.9);
    expect(predictProbability(w, row({ 1: 1 }))).toBeLessThan(0.1);
  });

  it('the L2 penalty keeps weights and probabilities less extreme', () => {
    const strong = trainLogistic(rows, targets, 3, { ...OPTIONS, l2: 0.1 });
    expect(Math.abs(strong.weights[0])).toBeLessThan(Math.abs(w.weights[0]));
    expect(predictProbability(strong, row({ 0: 1 }))).toBeLessThan(predictProbability(w, row({ 0: 1 })));
  });

  it('learns an intercept from the base rate (not regularised)', () => {
    const rare = trainLogistic([row({}), row({}), row({}), row({})], [1, 0, 0, 0], 1, OPTIONS);
    expect(predictProbability(rare, row({}))).toBeCloseTo(0.25, 1);
  });

  it('is deterministic: the same rows give the same weights, bit for bit', () => {
    const again = trainLogistic(rows, targets, 3, OPTIONS);
    expect([...again.weights]).toEqual([...w.weights]);
    expect(again.intercept).toBe(w.intercept);
  });

  it('knows nothing without examples, and refuses rows and targets of different lengths', () => {
    const none = trainLogistic([], [], 2, OPTIONS);
    expect(predictProbability(none, row({ 0: 1 }))).toBe(0.5);
    expect(() => trainLogistic(rows, [1], 3, OPTIONS)).toThrow('6 rows but 1 targets');
  });
});
