import { T } from './features.ts';
import { addFeature, type CompiledModel, featureRow } from './perceptron.ts';
import { atId, type SentenceIds } from './sentence-ids.ts';

/**
 * Dense label rows stored side by side in one growing buffer and addressed by offset (one small typed array per row
 * would cost a pointer chase and an off-heap store per look-up).
 */
type RowPool = { data: Float64Array; used: number; readonly width: number };

/** Row offsets by value id: NOT_COMPUTED until first use, ABSENT for a single feature the model lacks. */
const NOT_COMPUTED = -1;
const ABSENT = -2;

const newIndex = (size: number): Int32Array => new Int32Array(size).fill(NOT_COMPUTED);

/** A zeroed row at the end of the pool; returns its offset. */
function allocateRow(pool: RowPool): number {
  if (pool.used + pool.width > pool.data.length) {
    const grown = new Float64Array(2 * pool.data.length);
    grown.set(pool.data);
    pool.data = grown;
  }
  const at = pool.used;
  pool.used += pool.width;
  return at;
}

/** Per model and value id, the summed weights of the trigger features that depend on one word only (lazy). */
type TriggerCache = {
  readonly pool: RowPool;
  /** Bias feature `b=` (offset). */
  readonly bias: number;
  /** `w`, `l`, `s3` of a token by its norm id. */
  readonly own: Int32Array;
  /** `p1` + `pl` of the previous token, `n1` + `nl` of the next, `p2` and `n2`, by norm id. */
  readonly previous: Int32Array;
  readonly next: Int32Array;
  readonly previous2: Int32Array;
  readonly next2: Int32Array;
  /** Single features by value id: `sh`, `k`, `nk`, and `df` per flag id (rows indexed by lemma id). */
  readonly shape: Int32Array;
  readonly kind: Int32Array;
  readonly nextKind: Int32Array;
  readonly docFlag: Map<number, Int32Array>;
};

const triggerCaches = new WeakMap<CompiledModel, TriggerCache>();

function triggerCache(model: CompiledModel, ids: SentenceIds): TriggerCache {
  let cache = triggerCaches.get(model);
  if (!cache) {
    const width = model.labels.length;
    const pool: RowPool = { data: new Float64Array(1024 * width), used: 0, width };
    const bias = allocateRow(pool);
    addFeature(model, pool.data.subarray(bias, bias + width), T.b, ids.empty, -1);
    const size = ids.vocab.size;
    cache = {
      pool,
      bias,
      own: newIndex(size),
      previous: newIndex(size),
      next: newIndex(size),
      previous2: newIndex(size),
      next2: newIndex(size),
      shape: newIndex(size),
      kind: newIndex(size),
      nextKind: newIndex(size),
      docFlag: new Map(),
    };
    triggerCaches.set(model, cache);
  }
  return cache;
}

/** Adds the pool row at `offset` to `scores`. */
function addRow(scores: Float64Array, pool: RowPool, offset: number): void {
  const { data } = pool;
  for (let l = 0; l < scores.length; l++) scores[l]! += data[offset + l]!;
}

/**
 * Adds the cached row of (template `t`, value `a`) plus (template `t2`, value `a2`) when `t2` >= 0 plus (`t3`, `a3`)
 * when `t3` >= 0, summed in that order from zero, to `scores`.
 */
function addCachedRow(
  model: CompiledModel,
  pool: RowPool,
  index: Int32Array,
  key: number,
  t: number,
  a: number,
  t2: number,
  a2: number,
  t3: number,
  a3: number,
  scores: Float64Array,
): void {
  let offset = index[key]!;
  if (offset === NOT_COMPUTED) {
    offset = allocateRow(pool);
    const row = pool.data.subarray(offset, offset + pool.width);
    addFeature(model, row, t, a, -1);
    if (t2 >= 0) addFeature(model, row, t2, a2, -1);
    if (t3 >= 0) addFeature(model, row, t3, a3, -1);
    index[key] = offset;
  }
  addRow(scores, pool, offset);
}

/**
 * Adds the weights of the single feature (t, a, b) to `scores` through a cached row (the same sums as addFeature:
 * a row holds each label once); a feature the model lacks adds nothing.
 */
function addSingle(
  model: CompiledModel,
  pool: RowPool,
  index: Int32Array,
  key: number,
  t: number,
  a: number,
  b: number,
  scores: Float64Array,
): void {
  if (key < 0) return;
  let offset = index[key]!;
  if (offset === NOT_COMPUTED) {
    const row = featureRow(model, t, a, b);
    if (row === null) offset = ABSENT;
    else {
      offset = allocateRow(pool);
      pool.data.set(row, offset);
    }
    index[key] = offset;
  }
  if (offset !== ABSENT) addRow(scores, pool, offset);
}

/**
 * Adds the weights of triggerFeatures(view, i) to `scores` (same features). Word-only features are summed once per
 * word and cached, so the sum may differ from feature-by-feature addition in the last bits.
 */
export function scoreTriggerFeatures(
  model: CompiledModel,
  ids: SentenceIds,
  i: number,
  scores: Float64Array,
): void {
  const cache = triggerCache(model, ids);
  const { pool } = cache;
  const { norms, lemmas } = ids;
  const w = norms[i]!;
  const p1 = atId(ids, norms, i - 1);
  const n1 = atId(ids, norms, i + 1);
  const p2 = atId(ids, norms, i - 2);
  const n2 = atId(ids, norms, i + 2);
  const lemma = lemmas[i]!;
  addRow(scores, pool, cache.bias);
  if (w >= 0) addCachedRow(model, pool, cache.own, w, T.w, w, T.l, lemma, T.s3, ids.suffixes[i]!, scores);
  else {
    addFeature(model, scores, T.l, lemma, -1);
    addFeature(model, scores, T.s3, ids.suffixes[i]!, -1);
  }
  const shape = ids.shapes[i]!;
  addSingle(model, pool, cache.shape, shape, T.sh, shape, -1, scores);
  const pl = atId(ids, lemmas, i - 1);
  if (p1 >= 0) addCachedRow(model, pool, cache.previous, p1, T.p1, p1, T.pl, pl, -1, -1, scores);
  else addFeature(model, scores, T.pl, pl, -1);
  const nl = atId(ids, lemmas, i + 1);
  if (n1 >= 0) addCachedRow(model, pool, cache.next, n1, T.n1, n1, T.nl, nl, -1, -1, scores);
  else addFeature(model, scores, T.nl, nl, -1);
  if (p2 >= 0) addCachedRow(model, pool, cache.previous2, p2, T.p2, p2, -1, -1, -1, -1, scores);
  if (n2 >= 0) addCachedRow(model, pool, cache.next2, n2, T.n2, n2, -1, -1, -1, -1, scores);
  if (w >= 0) {
    if (p1 >= 0) addFeature(model, scores, T.p1w, p1, w);
    if (n1 >= 0) addFeature(model, scores, T.wn1, w, n1);
  }
  const k = kindId(ids, i);
  addSingle(model, pool, cache.kind, k, T.k, k, -1, scores);
  const nk = kindId(ids, i + 1);
  addSingle(model, pool, cache.nextKind, nk, T.nk, nk, -1, scores);
  if (lemma >= 0) {
    for (const flag of ids.flags) {
      if (flag < 0) continue;
      let index = cache.docFlag.get(flag);
      if (!index) {
        index = newIndex(ids.vocab.size);
        cache.docFlag.set(flag, index);
      }
      addSingle(model, pool, index, lemma, T.df, flag, lemma, scores);
    }
  }
}

const kindId = (ids: SentenceIds, i: number): number => (i < 0 || i >= ids.length ? ids.none : ids.kinds[i]!);

/** Adds the weights of argumentTypeFeatures(view, i, type) to `scores`; `type` is the event type's id. */
export function scoreArgumentTypeFeatures(
  model: CompiledModel,
  ids: SentenceIds,
  i: number,
  type: number,
  scores: Float64Array,
): void {
  // The first five features depend on the token and the type only: their sum from zero is cached per token entry
  // and type, and adding it gives the same values as adding them one by one (scores start at zero).
  addDense(scores, argumentPrefix(model, ids, i, type));
  if (type >= 0) {
    const p1 = atId(ids, ids.norms, i - 1);
    const n1 = atId(ids, ids.norms, i + 1);
    if (p1 >= 0) addFeature(model, scores, T.tp1, type, p1);
    if (n1 >= 0) addFeature(model, scores, T.tn1, type, n1);
  }
  addFeature(model, scores, T.k, kindId(ids, i), -1);
}

/** The features `b`, `tw`, `tl`, `sh`, `s3` of token `i` for event type `type`, summed in that order from zero. */
function argumentPrefix(model: CompiledModel, ids: SentenceIds, i: number, type: number): Float64Array {
  const entry = ids.entries[i]!;
  let prefix = entry.argumentPrefix;
  if (prefix?.model !== model) {
    prefix = { model, byType: new Map() };
    entry.argumentPrefix = prefix;
  }
  let row = prefix.byType.get(type);
  if (!row) {
    row = new Float64Array(model.labels.length);
    addFeature(model, row, T.b, ids.empty, -1);
    if (type >= 0) {
      const w = ids.norms[i]!;
      const lemma = ids.lemmas[i]!;
      if (w >= 0) addFeature(model, row, T.tw, type, w);
      if (lemma >= 0) addFeature(model, row, T.tl, type, lemma);
    }
    addFeature(model, row, T.sh, ids.shapes[i]!, -1);
    addFeature(model, row, T.s3, ids.suffixes[i]!, -1);
    prefix.byType.set(type, row);
  }
  return row;
}

function addDense(scores: Float64Array, row: Float64Array): void {
  for (let l = 0; l < row.length; l++) scores[l]! += row[l]!;
}

/** A trigger with its type and lemma interned (-1 when outside the vocabulary). */
export type TriggerIds = {
  readonly start: number;
  readonly end: number;
  readonly type: number;
  readonly lemma: number;
};

/** Adds the weights of argumentTriggerFeatures(view, i, trigger) to `scores` (same features, same order). */
export function scoreArgumentTriggerFeatures(
  model: CompiledModel,
  ids: SentenceIds,
  i: number,
  trigger: TriggerIds,
  scores: Float64Array,
): void {
  const w = ids.norms[i]!;
  const t = trigger.type;
  const distance = i < trigger.start ? i - trigger.start : i >= trigger.end ? i - trigger.end + 1 : 0;
  const s = distance < 0 ? 0 : distance > 0 ? 1 : 2;
  const side = ids.sides[s];
  const kind = ids.kinds[i]!;
  const b =
    distance < 0
      ? -distance < ids.bucketsLeft.length
        ? ids.bucketsLeft[-distance]!
        : ids.farLeft
      : distance < ids.bucketsRight.length
        ? ids.bucketsRight[distance]!
        : ids.farRight;
  const kindSide = ids.kindSides[3 * i + s]!;
  if (t >= 0) {
    if (kindSide >= 0) addFeature(model, scores, T.tk, t, kindSide);
    if (b >= 0) addFeature(model, scores, T.d, t, b);
  }
  if (b >= 0 && kind >= 0) addFeature(model, scores, T.dk, b, kind);
  const lemma = trigger.lemma;
  if (lemma >= 0) {
    if (side >= 0) addFeature(model, scores, T.tls, lemma, side);
    if (w >= 0) addFeature(model, scores, T.tlw, lemma, w);
  }
  if (side >= 0 && w >= 0) addFeature(model, scores, T.sd, side, w);
}
