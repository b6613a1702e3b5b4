/** Sparse weights of a linear multi-class model as stored: feature -> flat [labelIndex, weight, ...]. */
export type LinearModel = {
  readonly labels: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
};

/** One feature's non-zero weights: label indices and their weights. */
export type SparseRow = { readonly labels: Uint16Array; readonly weights: Float32Array };

/** A model compiled for fast scoring: dense rows per feature and, per previous label, the BIO-allowed labels. */
export type CompiledModel = {
  readonly labels: readonly string[];
  /** template -> value -> row, for one-value features (`w=attack`). */
  readonly one: ReadonlyMap<string, ReadonlyMap<string, SparseRow>>;
  /** template -> value -> value2 -> row, for two-value features (`p1w=the|attack`). */
  readonly two: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, SparseRow>>>;
  /** allowedAfter[previous][label] is 1 when `label` may follow `previous` (I-X only after B-X or I-X). */
  readonly allowedAfter: readonly Uint8Array[];
  readonly outside: number;
  /** previousRows[previous] holds the dense weights of the feature `prev=<previous label>`. */
  readonly previousRows: readonly Float64Array[];
};

/** Compiles stored weights once (at module load) into dense rows and a BIO transition mask. */
export function compileModel(model: LinearModel, pairTemplates: ReadonlySet<string>): CompiledModel {
  const one = new Map<string, Map<string, SparseRow>>();
  const two = new Map<string, Map<string, Map<string, SparseRow>>>();
  for (const [feature, flat] of Object.entries(model.weights)) {
    const labels = new Uint16Array(flat.length / 2);
    const weights = new Float32Array(flat.length / 2);
    for (let k = 0; k < labels.length; k++) {
      labels[k] = flat[2 * k]!;
      weights[k] = flat[2 * k + 1]!;
    }
    const row = { labels, weights };
    const eq = feature.indexOf('=');
    const template = eq < 0 ? feature : feature.slice(0, eq);
    const rest = eq < 0 ? '' : feature.slice(eq + 1);
    if (pairTemplates.has(template)) {
      const bar = rest.indexOf('|');
      const a = rest.slice(0, bar);
      const byA = two.get(template) ?? new Map<string, Map<string, SparseRow>>();
      two.set(template, byA);
      const byB = byA.get(a) ?? new Map<string, SparseRow>();
      byA.set(a, byB);
      byB.set(rest.slice(bar + 1), row);
    } else {
      const byValue = one.get(template) ?? new Map<string, SparseRow>();
      one.set(template, byValue);
      byValue.set(rest, row);
    }
  }
  const allowedAfter = model.labels.map((previous) =>
    Uint8Array.from(model.labels, (label) =>
      !label.startsWith('I-') || previous === label || previous === `B-${label.slice(2)}` ? 1 : 0,
    ),
  );
  const previousRows = model.labels.map((label) => {
    const dense = new Float64Array(model.labels.length);
    const row = one.get('prev')?.get(label);
    if (row) for (let k = 0; k < row.labels.length; k++) dense[row.labels[k]!] = row.weights[k]!;
    return dense;
  });
  return { labels: model.labels, one, two, allowedAfter, outside: model.labels.indexOf('O'), previousRows };
}

/** A feature sink that adds each feature's weights to a score vector; `target` is swapped per token. */
export type ScoringSink = FeatureSinkLike & { target: Float64Array };

type FeatureSinkLike = {
  one(template: string, value: string): void;
  two(template: string, value: string, value2: string): void;
};

/** Creates a scoring sink over `model` (no strings are built: look-ups reuse the template and value strings). */
export function scoringSink(model: CompiledModel): ScoringSink {
  const sink: ScoringSink = {
    target: new Float64Array(model.labels.length),
    one(template, value) {
      const row = model.one.get(template)?.get(value);
      if (row) add(row, sink.target);
    },
    two(template, value, value2) {
      const row = model.two.get(template)?.get(value)?.get(value2);
      if (row) add(row, sink.target);
    },
  };
  return sink;
}

function add(row: SparseRow, scores: Float64Array): void {
  const { labels, weights } = row;
  for (let k = 0; k < labels.length; k++) scores[labels[k]!]! += weights[k]!;
}

/** The best label allowed after `previous` given partial `scores`, after adding the previous-label row and bias. */
export function bestLabel(
  model: CompiledModel,
  scores: Float64Array,
  previous: number,
  outsideBias = 0,
): number {
  const transition = model.previousRows[previous]!;
  const allowed = model.allowedAfter[previous]!;
  const L = scores.length;
  let best = model.outside;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < L; l++) {
    const score = scores[l]! + transition[l]! - (l === model.outside ? outsideBias : 0);
    if (allowed[l] && score > bestScore) {
      bestScore = score;
      best = l;
    }
  }
  return best;
}
