/** Sparse weights of a linear multi-class model as stored: feature -> flat [labelIndex, weight, ...]. */
export type LinearModel = {
  readonly labels: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
};

/**
 * Feature values (words, lemmas, shapes, event types, ...) interned to small integers; shared by the models compiled
 * with it so one sentence's ids serve both taggers. A string missing from the vocabulary occurs in no feature.
 */
export type Vocabulary = Map<string, number>;

/**
 * A model compiled for fast scoring. Features are numeric keys (template id, value id, second value id or -1) in an
 * open-addressing hash table; each slot points at a sparse row of label indices and weights.
 */
export type CompiledModel = {
  readonly labels: readonly string[];
  readonly vocab: Vocabulary;
  /** Slot keys: `(template << 24) | value` (-1 marks an empty slot) and the second value (-1 for one-value features). */
  readonly keyA: Int32Array;
  readonly keyB: Int32Array;
  /** Slot -> row index. */
  readonly slotRow: Int32Array;
  readonly mask: number;
  /** Row r holds labels/weights [rowStart[r], rowStart[r + 1]). */
  readonly rowStart: Uint32Array;
  readonly rowLabels: Uint16Array;
  readonly rowWeights: Float32Array;
  /** allowedAfter[previous][label] is 1 when `label` may follow `previous` (I-X only after B-X or I-X). */
  readonly allowedAfter: readonly Uint8Array[];
  readonly outside: number;
  /** previousRows[previous] holds the dense weights of the feature `prev=<previous label>`. */
  readonly previousRows: readonly Float64Array[];
};

const VALUE_BITS = 24;

/** Interns `value`, adding it when new. */
function intern(vocab: Vocabulary, value: string): number {
  let id = vocab.get(value);
  if (id === undefined) {
    id = vocab.size;
    vocab.set(value, id);
  }
  return id;
}

const hash = (a: number, b: number): number => {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
};

/**
 * Compiles stored weights once (at module load). `templates` numbers the feature templates (`w`, `p1w`, ...); pair
 * templates split their value at the first `|`. Features of unknown templates other than `prev` are ignored.
 */
export function compileModel(
  model: LinearModel,
  pairTemplates: ReadonlySet<string>,
  templates: ReadonlyMap<string, number>,
  vocab: Vocabulary = new Map(),
): CompiledModel {
  const entries = Object.entries(model.weights);
  let cells = 0;
  for (const [, flat] of entries) cells += flat.length / 2;
  let capacity = 16;
  while (capacity < entries.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keyA = new Int32Array(capacity).fill(-1);
  const keyB = new Int32Array(capacity).fill(-1);
  const slotRow = new Int32Array(capacity).fill(-1);
  const rowStart = new Uint32Array(entries.length + 1);
  const rowLabels = new Uint16Array(cells);
  const rowWeights = new Float32Array(cells);
  const previousRows = model.labels.map(() => new Float64Array(model.labels.length));
  const previousIndex = new Map(model.labels.map((label, index) => [label, index]));
  let rows = 0;
  let cell = 0;
  for (const [feature, flat] of entries) {
    const eq = feature.indexOf('=');
    const template = eq < 0 ? feature : feature.slice(0, eq);
    const rest = eq < 0 ? '' : feature.slice(eq + 1);
    if (template === 'prev') {
      const previous = previousIndex.get(rest);
      if (previous !== undefined)
        for (let k = 0; k < flat.length; k += 2)
          previousRows[previous]![flat[k]!] = Math.fround(flat[k + 1]!);
      continue;
    }
    const t = templates.get(template);
    if (t === undefined) continue;
    let a: number;
    let b = -1;
    if (pairTemplates.has(template)) {
      const bar = rest.indexOf('|');
      a = intern(vocab, rest.slice(0, bar));
      b = intern(vocab, rest.slice(bar + 1));
    } else a = intern(vocab, rest);
    const ka = (t << VALUE_BITS) | a;
    let slot = hash(ka, b) & mask;
    while (keyA[slot] !== -1) slot = (slot + 1) & mask;
    keyA[slot] = ka;
    keyB[slot] = b;
    slotRow[slot] = rows;
    rowStart[rows] = cell;
    for (let k = 0; k < flat.length; k += 2) {
      rowLabels[cell] = flat[k]!;
      rowWeights[cell] = flat[k + 1]!;
      cell++;
    }
    rows++;
  }
  rowStart[rows] = cell;
  if (vocab.size >= 1 << VALUE_BITS) throw new Error('feature vocabulary too large');
  const allowedAfter = model.labels.map((previous) =>
    Uint8Array.from(model.labels, (label) =>
      !label.startsWith('I-') || previous === label || previous === `B-${label.slice(2)}` ? 1 : 0,
    ),
  );
  return {
    labels: model.labels,
    vocab,
    keyA,
    keyB,
    slotRow,
    mask,
    rowStart,
    rowLabels,
    rowWeights,
    allowedAfter,
    outside: model.labels.indexOf('O'),
    previousRows,
  };
}

/**
 * Adds the weights of feature (template `t`, value ids `a`, `b`; `b` = -1 for one-value features) to `scores`.
 * A value id below 0 (a string outside the vocabulary) matches no feature.
 */
export function addFeature(
  model: CompiledModel,
  scores: Float64Array,
  t: number,
  a: number,
  b: number,
): void {
  if (a < 0) return;
  const ka = (t << VALUE_BITS) | a;
  const { keyA, mask } = model;
  let slot = hash(ka, b) & mask;
  for (;;) {
    const key = keyA[slot]!;
    if (key === -1) return;
    if (key === ka && model.keyB[slot] === b) break;
    slot = (slot + 1) & mask;
  }
  const row = model.slotRow[slot]!;
  const { rowLabels, rowWeights } = model;
  const end = model.rowStart[row + 1]!;
  for (let k = model.rowStart[row]!; k < end; k++) scores[rowLabels[k]!]! += rowWeights[k]!;
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
