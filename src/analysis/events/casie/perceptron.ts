/** Sparse weights of a linear multi-class model as stored: feature -> flat [labelIndex, weight, ...]. */
export type LinearModel = {
  readonly labels: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** The argument tagger's labels that may occur with each event type (the roles seen with it in training). */
  readonly labelsByType?: Readonly<Record<string, readonly string[]>>;
};

/**
 * Feature values (words, lemmas, shapes, event types, ...) interned to small integers; shared by the models compiled
 * with it so one sentence's ids serve both taggers. A string missing from the vocabulary occurs in no feature.
 */
export type Vocabulary = Map<string, number>;

/**
 * A model compiled for fast scoring. Features are numeric keys (template id, value id, second value id or -1) in an
 * open-addressing hash table; each slot points at a sparse row of label indices and weights. Each slot's fields, and
 * each cell's label and weight, sit side by side so a look-up touches few cache lines.
 */
export type CompiledModel = {
  readonly labels: readonly string[];
  readonly vocab: Vocabulary;
  /**
   * Slot s is slots[4s .. 4s + 3]: key `(template << 24) | value` (-1 marks an empty slot), the second value (-1 for
   * one-value features), and the half-open range of its row's cells.
   */
  readonly slots: Int32Array;
  readonly mask: number;
  /** Cell c holds its label index at cellLabels[2c] and its weight at cellWeights[2c + 1] (one shared buffer). */
  readonly cellLabels: Int32Array;
  readonly cellWeights: Float32Array;
  readonly outside: number;
  /** The weights of the features `prev=<label>` as a transition table (see `bioTransitionTable`). */
  readonly transitions: Float64Array;
  /** Every label index, ascending (what decoding searches when no event type narrows it). */
  readonly everyLabel: Int32Array;
  /** Per event type, the label indices decoding searches (ascending, "O" included): see `labelsByType`. */
  readonly labelsOfType: ReadonlyMap<string, Int32Array>;
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
  const slots = new Int32Array(4 * capacity).fill(-1);
  const cellBuffer = new ArrayBuffer(8 * cells);
  const cellLabels = new Int32Array(cellBuffer);
  const cellWeights = new Float32Array(cellBuffer);
  const previousRows = model.labels.map(() => new Float64Array(model.labels.length));
  const previousIndex = new Map(model.labels.map((label, index) => [label, index]));
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
    while (slots[4 * slot] !== -1) slot = (slot + 1) & mask;
    slots[4 * slot] = ka;
    slots[4 * slot + 1] = b;
    slots[4 * slot + 2] = cell;
    for (let k = 0; k < flat.length; k += 2) {
      cellLabels[2 * cell] = flat[k]!;
      cellWeights[2 * cell + 1] = flat[k + 1]!;
      cell++;
    }
    slots[4 * slot + 3] = cell;
  }
  if (vocab.size >= 1 << VALUE_BITS) throw new Error('feature vocabulary too large');
  return {
    labels: model.labels,
    vocab,
    slots,
    mask,
    cellLabels,
    cellWeights,
    outside: model.labels.indexOf('O'),
    transitions: bioTransitionTable(model.labels, (previous) => previousRows[previous]),
    everyLabel: Int32Array.from(model.labels, (_, index) => index),
    labelsOfType: new Map(
      Object.entries(model.labelsByType ?? {}).map(([type, names]) => [
        type,
        searchLabels(model.labels, names),
      ]),
    ),
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
  const at = findSlot(model, t, a, b);
  if (at < 0) return;
  const { slots, cellLabels, cellWeights } = model;
  const end = 2 * slots[at + 3]!;
  for (let k = 2 * slots[at + 2]!; k < end; k += 2) scores[cellLabels[k]!]! += cellWeights[k + 1]!;
}

/**
 * The dense weights of one feature (template `t`, value ids `a`, `b`) by label, or null when the model lacks it.
 * Adding the row to scores gives exactly what addFeature adds (a row holds each label at most once).
 */
export function featureRow(model: CompiledModel, t: number, a: number, b: number): Float64Array | null {
  if (a < 0) return null;
  const row = new Float64Array(model.labels.length);
  let found = false;
  addFeatureTo(model, t, a, b, (label, weight) => {
    row[label] = weight;
    found = true;
  });
  return found ? row : null;
}

function addFeatureTo(
  model: CompiledModel,
  t: number,
  a: number,
  b: number,
  visit: (label: number, weight: number) => void,
): void {
  const at = findSlot(model, t, a, b);
  if (at < 0) return;
  const { slots } = model;
  const end = 2 * slots[at + 3]!;
  for (let k = 2 * slots[at + 2]!; k < end; k += 2) visit(model.cellLabels[k]!, model.cellWeights[k + 1]!);
}

/** The slot of feature (template `t`, value ids `a`, `b`) in the open-addressing table, or -1 when absent. */
function findSlot(model: CompiledModel, t: number, a: number, b: number): number {
  const ka = (t << VALUE_BITS) | a;
  const { slots, mask } = model;
  let at = 4 * (hash(ka, b) & mask);
  for (;;) {
    const key = slots[at]!;
    if (key === -1) return -1;
    if (key === ka && slots[at + 1] === b) return at;
    at = (at + 4) & (4 * mask + 3);
  }
}

/**
 * A BIO transition table: `table[p * L + l]` scores label l right after label p (the weights `rowOf(p)`, none
 * when undefined), and is -Infinity where BIO forbids the pair (I-X only after B-X or I-X). What `bestPath`
 * searches, built once per compiled model and once per training step.
 */
export function bioTransitionTable(
  labels: readonly string[],
  rowOf: (previous: number) => Float64Array | undefined,
): Float64Array {
  const L = labels.length;
  const table = new Float64Array(L * L);
  for (let p = 0; p < L; p++) {
    const previous = labels[p]!;
    const row = rowOf(p);
    for (let l = 0; l < L; l++) {
      const label = labels[l]!;
      const allowed = !label.startsWith('I-') || previous === label || previous === `B-${label.slice(2)}`;
      table[p * L + l] = allowed ? (row?.[l] ?? 0) : Number.NEGATIVE_INFINITY;
    }
  }
  return table;
}

/** The indices (ascending) of "O" and of the `names` among `labels`: the labels one event type's arguments use. */
export function searchLabels(labels: readonly string[], names: readonly string[]): Int32Array {
  return Int32Array.from(
    labels.flatMap((label, index) => (label === 'O' || names.includes(label) ? [index] : [])),
  );
}
