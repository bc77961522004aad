/**
 * Binary logistic regression over sparse features, with L2 regularisation — the learned half of the theme tagger.
 *
 * Hand-written, small and tested: the JavaScript package for it, ml-logistic-regression 2.0.0 (mljs, last released
 * 2020), falls short for this data, as its source shows: no regularisation (with more features than labelled clauses
 * its weights grow without bound, so probabilities go to 0 or 1 and no "possibly related" band is left), no
 * intercept, and dense matrices only — the tagger's training data, 246 labelled clauses × 16 themes = 3,936 rows by
 * 48,922 features, would be 1.5 GB of doubles per copy, where the sparse rows here hold about 0.4 million values.
 *
 * Training minimises the mean log loss plus L2/2·‖w‖² (the intercept is not regularised) by full-batch AdaGrad from
 * zero weights for a fixed number of steps. Every sum runs in a fixed order, so the same rows give the same weights,
 * bit for bit, on every run: there is no random seed to fix.
 */

/** One example: the indices of its features and their values (same length), indices in [0, dimension). */
export interface SparseRow {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the intercept): larger keeps them smaller and the probabilities less extreme. */
  l2: number;
  /** Full passes over the data. */
  steps: number;
  /** AdaGrad's base step size. */
  rate: number;
}

/** Fitted weights: one per feature, plus the intercept. */
export interface LogisticWeights {
  weights: Float64Array;
  intercept: number;
}

/** A stable sigmoid. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** A row from a map of feature index → value, indices ascending (so sums run in one order). */
export function sparseRow(features: ReadonlyMap<number, number>): SparseRow {
  const sorted = [...features].filter(([, v]) => v !== 0).sort((a, b) => a[0] - b[0]);
  return { indices: Int32Array.from(sorted, ([i]) => i), values: Float64Array.from(sorted, ([, v]) => v) };
}

const linear = (w: LogisticWeights, row: SparseRow) => {
  let z = w.intercept;
  for (let q = 0; q < row.indices.length; q += 1) z += w.weights[row.indices[q]] * row.values[q];
  return z;
};

/** The probability that a row is positive. */
export function predictProbability(w: LogisticWeights, row: SparseRow): number {
  return sigmoid(linear(w, row));
}

/** Fits weights to rows with 0/1 targets (see the module comment). */
export function trainLogistic(
  rows: readonly SparseRow[],
  targets: readonly number[],
  dimension: number,
  options: TrainOptions,
): LogisticWeights {
  if (rows.length !== targets.length) throw new Error(`trainLogistic: ${rows.length} rows but ${targets.length} targets`);
  const w: LogisticWeights = { weights: new Float64Array(dimension), intercept: 0 };
  if (rows.length === 0) return w;
  const n = rows.length;
  const grad = new Float64Array(dimension);
  const squared = new Float64Array(dimension);
  let squaredIntercept = 0;
  for (let step = 0; step < options.steps; step += 1) {
    grad.fill(0);
    let gradIntercept = 0;
    for (let k = 0; k < n; k += 1) {
      const row = rows[k];
      const error = sigmoid(linear(w, row)) - targets[k];
      gradIntercept += error;
      for (let q = 0; q < row.indices.length; q += 1) grad[row.indices[q]] += error * row.values[q];
    }
    for (let j = 0; j < dimension; j += 1) {
      const g = grad[j] / n + options.l2 * w.weights[j];
      if (g === 0) continue;
      squared[j] += g * g;
      w.weights[j] -= (options.rate * g) / Math.sqrt(squared[j]);
    }
    const gi = gradIntercept / n;
    if (gi !== 0) {
      squaredIntercept += gi * gi;
      w.intercept -= (options.rate * gi) / Math.sqrt(squaredIntercept);
    }
  }
  return w;
}
