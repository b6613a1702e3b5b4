import { ENTITY_KINDS } from '../../../domain/analysis.ts';
import type { Token } from '../../text/tokenize.ts';
import { addFeature, type CompiledModel, type Vocabulary } from './perceptron.ts';

/**
 * One sentence as the taggers see it: tokens, per-token norms, lemmas, shapes, suffixes and the entity kind covering
 * each token (all precomputed once, so feature look-ups reuse the same string objects), and document cue flags.
 */
export type SentenceView = {
  readonly tokens: readonly Token[];
  readonly norms: readonly string[];
  readonly lemmas: readonly string[];
  readonly shapes: readonly string[];
  readonly suffixes: readonly string[];
  readonly kinds: readonly string[];
  readonly docFlags: readonly string[];
};

/** A trigger as the argument tagger sees it: token range, event subtype and lemma. */
export type TriggerView = {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly lemma: string;
};

/**
 * Receives features as (template, value) or (template, value, value2); the training sink joins them into names
 * (`template=value`, `template=value|value2`), the scoring sink looks them up without building strings.
 */
export type FeatureSink = {
  one(template: string, value: string): void;
  two(template: string, value: string, value2: string): void;
};

/** Templates whose features carry two values (`template=a|b`). */
export const PAIR_TEMPLATES: ReadonlySet<string> = new Set([
  'p1w',
  'wn1',
  'df',
  'tw',
  'tl',
  'tp1',
  'tn1',
  'tk',
  'd',
  'dk',
  'tls',
  'tlw',
  'sd',
]);

const DOC_CUES: readonly (readonly [string, RegExp])[] = [
  ['ransom', /ransom/i],
  ['phish', /phish|spoof|scam/i],
  ['patch', /\b(?:patch|update|fix)/i],
  ['vuln', /vulnerab|flaw|\bbug|cve-/i],
  ['breach', /breach|leak|stole|exposed/i],
];

/** Document-level cue flags (which kinds of cyber events the document talks about). */
export function documentFlags(text: string): string[] {
  return DOC_CUES.filter(([, regex]) => regex.test(text)).map(([name]) => name);
}

/** Word shape: X upper, x lower, d digit, other characters kept; runs collapsed ("Xx", "dd-X" -> "d-X"). */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const c = lower !== upper ? (char === upper ? 'X' : 'x') : char >= '0' && char <= '9' ? 'd' : char;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** A crude lemma: lower case without a plural, past or gerund ending. */
export function lemmaOf(norm: string): string {
  if (norm.length > 5 && norm.endsWith('ing')) return norm.slice(0, -3);
  if (norm.length > 4 && norm.endsWith('ed')) return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith('es')) return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}

const START = '<s>';
const END = '</s>';
const NONE = '-';
const at = (values: readonly string[], i: number): string =>
  i < 0 ? START : i >= values.length ? END : values[i]!;
const kindAt = (kinds: readonly string[], i: number): string =>
  i < 0 || i >= kinds.length ? NONE : kinds[i]!;

/** Emits the trigger-tagging features of token `i` (without the previous-label feature). */
export function triggerFeatures(view: SentenceView, i: number, sink: FeatureSink): void {
  const { norms, lemmas } = view;
  const w = norms[i]!;
  const p1 = at(norms, i - 1);
  const n1 = at(norms, i + 1);
  sink.one('b', '');
  sink.one('w', w);
  sink.one('l', lemmas[i]!);
  sink.one('s3', view.suffixes[i]!);
  sink.one('sh', view.shapes[i]!);
  sink.one('p1', p1);
  sink.one('n1', n1);
  sink.one('p2', at(norms, i - 2));
  sink.one('n2', at(norms, i + 2));
  sink.two('p1w', p1, w);
  sink.two('wn1', w, n1);
  sink.one('pl', at(lemmas, i - 1));
  sink.one('nl', at(lemmas, i + 1));
  sink.one('k', kindAt(view.kinds, i));
  sink.one('nk', kindAt(view.kinds, i + 1));
  for (const flag of view.docFlags) sink.two('df', flag, lemmas[i]!);
}

/** Emits the argument features of token `i` that depend on the event type but not on the trigger's position. */
export function argumentTypeFeatures(view: SentenceView, i: number, type: string, sink: FeatureSink): void {
  const { norms } = view;
  sink.one('b', '');
  sink.two('tw', type, norms[i]!);
  sink.two('tl', type, view.lemmas[i]!);
  sink.one('sh', view.shapes[i]!);
  sink.one('s3', view.suffixes[i]!);
  sink.two('tp1', type, at(norms, i - 1));
  sink.two('tn1', type, at(norms, i + 1));
  sink.one('k', kindAt(view.kinds, i));
}

const BUCKETS_LEFT = ['0', '-1', '-2', '-5', '-5', '-5', '-10', '-10', '-10', '-10', '-10'];
const BUCKETS_RIGHT = ['0', '+1', '+2', '+5', '+5', '+5', '+10', '+10', '+10', '+10', '+10'];
const bucket = (d: number): string => (d < 0 ? (BUCKETS_LEFT[-d] ?? '-far') : (BUCKETS_RIGHT[d] ?? '+far'));
const SIDES = { L: 'L', R: 'R', T: 'T' } as const;

/** Emits the argument features of token `i` relative to the trigger's position and lemma. */
export function argumentTriggerFeatures(
  view: SentenceView,
  i: number,
  trigger: TriggerView,
  sink: FeatureSink,
): void {
  const w = view.norms[i]!;
  const t = trigger.type;
  const distance = i < trigger.start ? i - trigger.start : i >= trigger.end ? i - trigger.end + 1 : 0;
  const side = distance < 0 ? SIDES.L : distance > 0 ? SIDES.R : SIDES.T;
  const kind = kindAt(view.kinds, i);
  const b = bucket(distance);
  sink.two('tk', t, kind === NONE ? side : (KIND_SIDE.get(kind)?.[side] ?? `${kind}|${side}`));
  sink.two('d', t, b);
  sink.two('dk', b, kind);
  sink.two('tls', trigger.lemma, side);
  sink.two('tlw', trigger.lemma, w);
  sink.two('sd', side, w);
}

/** Precomputed "kind|side" values so the `tk` feature reuses strings (entity kinds are a closed set). */
const KIND_SIDE = new Map<string, { L: string; R: string; T: string }>(
  ENTITY_KINDS.map((kind) => [kind, { L: `${kind}|L`, R: `${kind}|R`, T: `${kind}|T` }] as const),
);

/** Builds the per-token string arrays of a sentence view. */
export function buildView(
  tokens: readonly Token[],
  kinds: readonly string[],
  docFlags: readonly string[],
): SentenceView {
  const norms = tokens.map((t) => t.norm);
  return {
    tokens,
    norms,
    lemmas: norms.map(lemmaOf),
    shapes: tokens.map((t) => shapeOf(t.text)),
    suffixes: norms.map((n) => n.slice(-3)),
    kinds,
    docFlags,
  };
}

/** A sink that collects feature names (for training). */
export function nameSink(out: string[]): FeatureSink {
  return {
    one: (template, value) => out.push(`${template}=${value}`),
    two: (template, value, value2) => out.push(`${template}=${value}|${value2}`),
  };
}

/** Numeric ids of the feature templates (the compiled models key features by them). */
const T = {
  b: 0,
  w: 1,
  l: 2,
  s3: 3,
  sh: 4,
  p1: 5,
  n1: 6,
  p2: 7,
  n2: 8,
  p1w: 9,
  wn1: 10,
  pl: 11,
  nl: 12,
  k: 13,
  nk: 14,
  df: 15,
  tw: 16,
  tl: 17,
  tp1: 18,
  tn1: 19,
  tk: 20,
  d: 21,
  dk: 22,
  tls: 23,
  tlw: 24,
  sd: 25,
} as const;

/** Template name -> id, for compiling stored weights. */
export const TEMPLATE_IDS: ReadonlyMap<string, number> = new Map(Object.entries(T));

/**
 * A sentence view with every feature value interned in the models' vocabulary (-1 when absent), so the scorers
 * below emit exactly the features of triggerFeatures / argumentTypeFeatures / argumentTriggerFeatures without
 * building or hashing strings.
 */
export type SentenceIds = {
  /** Number of tokens; the arrays may be longer. */
  readonly length: number;
  readonly norms: Int32Array;
  readonly lemmas: Int32Array;
  readonly lemmaStrings: readonly string[];
  readonly shapes: Int32Array;
  readonly suffixes: Int32Array;
  readonly kinds: Int32Array;
  /** kindSides[3 * i + side] is the id of the `tk` value of token i on side L (0), R (1) or T (2). */
  readonly kindSides: Int32Array;
  readonly flags: Int32Array;
  readonly vocab: Vocabulary;
  readonly empty: number;
  readonly none: number;
  readonly start: number;
  readonly end: number;
  readonly sides: readonly [number, number, number];
  readonly bucketsLeft: Int32Array;
  readonly bucketsRight: Int32Array;
  readonly farLeft: number;
  readonly farRight: number;
};

const idOf = (vocab: Vocabulary, value: string): number => vocab.get(value) ?? -1;

/**
 * Reused id buffers (typed arrays above 64 bytes live off-heap and are costly to allocate per sentence): the
 * SentenceIds returned by sentenceIds stay valid until its next call.
 */
type IdPool = {
  readonly capacity: number;
  readonly norms: Int32Array;
  readonly lemmas: Int32Array;
  readonly lemmaStrings: string[];
  readonly shapes: Int32Array;
  readonly suffixes: Int32Array;
  readonly kindIds: Int32Array;
  readonly kindSides: Int32Array;
};

const newPool = (capacity: number): IdPool => ({
  capacity,
  norms: new Int32Array(capacity),
  lemmas: new Int32Array(capacity),
  lemmaStrings: new Array<string>(capacity).fill(''),
  shapes: new Int32Array(capacity),
  suffixes: new Int32Array(capacity),
  kindIds: new Int32Array(capacity),
  kindSides: new Int32Array(3 * capacity),
});

let pool = newPool(256);

/** A token text's lemma and its values' ids, cached per vocabulary (the same words recur across documents). */
type TokenEntry = {
  readonly lemma: string;
  readonly norm: number;
  readonly lemmaId: number;
  readonly shape: number;
  readonly suffix: number;
};

const TOKEN_CACHE_LIMIT = 200_000;
const tokenCaches = new WeakMap<Vocabulary, Map<string, TokenEntry>>();

function tokenEntry(cache: Map<string, TokenEntry>, vocab: Vocabulary, token: Token): TokenEntry {
  let entry = cache.get(token.text);
  if (entry) return entry;
  const norm = token.norm;
  const lemma = lemmaOf(norm);
  entry = {
    lemma,
    norm: idOf(vocab, norm),
    lemmaId: idOf(vocab, lemma),
    shape: idOf(vocab, shapeOf(token.text)),
    suffix: idOf(vocab, norm.slice(-3)),
  };
  if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(token.text, entry);
  return entry;
}

/**
 * Interns the feature values of a sentence's tokens (arrays are reused: the result is valid until the next call;
 * only the first `length` entries belong to the sentence) (entity `kinds` per token, '-' for none) in `vocab` (the
 * vocabulary shared by the compiled models); the same values buildView computes, without building them twice.
 */
export function sentenceIds(
  tokens: readonly Token[],
  kinds: readonly string[],
  docFlags: readonly string[],
  vocab: Vocabulary,
): SentenceIds {
  let cache = tokenCaches.get(vocab);
  if (!cache) {
    cache = new Map();
    tokenCaches.set(vocab, cache);
  }
  const n = tokens.length;
  if (pool.capacity < n) pool = newPool(Math.max(n, 2 * pool.capacity));
  const { norms, lemmas, lemmaStrings, shapes, suffixes, kindIds, kindSides } = pool;
  const constants = vocabConstants(vocab);
  const { sides } = constants;
  for (let i = 0; i < n; i++) {
    const entry = tokenEntry(cache, vocab, tokens[i]!);
    norms[i] = entry.norm;
    lemmas[i] = entry.lemmaId;
    lemmaStrings[i] = entry.lemma;
    shapes[i] = entry.shape;
    suffixes[i] = entry.suffix;
    const kind = kinds[i]!;
    if (kind === NONE) {
      kindIds[i] = -2;
      kindSides[3 * i] = sides[0];
      kindSides[3 * i + 1] = sides[1];
      kindSides[3 * i + 2] = sides[2];
    } else {
      kindIds[i] = idOf(vocab, kind);
      const named = KIND_SIDE.get(kind);
      for (let s = 0; s < 3; s++) {
        const side = SIDE_NAMES[s]!;
        kindSides[3 * i + s] = idOf(vocab, named?.[side] ?? `${kind}|${side}`);
      }
    }
  }
  const { none } = constants;
  for (let i = 0; i < n; i++) if (kindIds[i] === -2) kindIds[i] = none;
  // Fields listed one by one: an object spread here was 15x slower than the rest of the function.
  return {
    empty: constants.empty,
    none: constants.none,
    start: constants.start,
    end: constants.end,
    sides: constants.sides,
    bucketsLeft: constants.bucketsLeft,
    bucketsRight: constants.bucketsRight,
    farLeft: constants.farLeft,
    farRight: constants.farRight,
    length: n,
    norms,
    lemmas,
    lemmaStrings,
    shapes,
    suffixes,
    kinds: kindIds,
    kindSides,
    flags: Int32Array.from(docFlags, (flag) => idOf(vocab, flag)),
    vocab,
  };
}

const SIDE_NAMES = [SIDES.L, SIDES.R, SIDES.T] as const;

/** The ids of a vocabulary's fixed values (sides, sentence bounds, distance buckets), computed once. */
type VocabConstants = Pick<
  SentenceIds,
  'empty' | 'none' | 'start' | 'end' | 'sides' | 'bucketsLeft' | 'bucketsRight' | 'farLeft' | 'farRight'
>;

const constantsByVocab = new WeakMap<Vocabulary, VocabConstants>();

function vocabConstants(vocab: Vocabulary): VocabConstants {
  let constants = constantsByVocab.get(vocab);
  if (!constants) {
    constants = {
      empty: idOf(vocab, ''),
      none: idOf(vocab, NONE),
      start: idOf(vocab, START),
      end: idOf(vocab, END),
      sides: [idOf(vocab, SIDES.L), idOf(vocab, SIDES.R), idOf(vocab, SIDES.T)],
      bucketsLeft: Int32Array.from(BUCKETS_LEFT, (b) => idOf(vocab, b)),
      bucketsRight: Int32Array.from(BUCKETS_RIGHT, (b) => idOf(vocab, b)),
      farLeft: idOf(vocab, '-far'),
      farRight: idOf(vocab, '+far'),
    };
    constantsByVocab.set(vocab, constants);
  }
  return constants;
}

const atId = (ids: SentenceIds, values: Int32Array, i: number): number =>
  i < 0 ? ids.start : i >= ids.length ? ids.end : values[i]!;

/** Per model and value id, the summed weights of the trigger features that depend on one word only (lazy). */
type TriggerCache = {
  /** Bias feature `b=`. */
  readonly bias: Float64Array;
  /** `w`, `l`, `s3` of a token by its norm id. */
  readonly own: (Float64Array | undefined)[];
  /** `p1` + `pl` of the previous token, `n1` + `nl` of the next, `p2` and `n2`, by norm id. */
  readonly previous: (Float64Array | undefined)[];
  readonly next: (Float64Array | undefined)[];
  readonly previous2: (Float64Array | undefined)[];
  readonly next2: (Float64Array | undefined)[];
};

const triggerCaches = new WeakMap<CompiledModel, TriggerCache>();

function triggerCache(model: CompiledModel, ids: SentenceIds): TriggerCache {
  let cache = triggerCaches.get(model);
  if (!cache) {
    const bias = new Float64Array(model.labels.length);
    addFeature(model, bias, T.b, ids.empty, -1);
    cache = { bias, own: [], previous: [], next: [], previous2: [], next2: [] };
    triggerCaches.set(model, cache);
  }
  return cache;
}

function addDense(scores: Float64Array, row: Float64Array): void {
  for (let l = 0; l < row.length; l++) scores[l]! += row[l]!;
}

/** The cached row of (template `t`, value `a`) plus (template `t2`, value `a2`) when `t2` >= 0. */
function cachedRow(
  model: CompiledModel,
  rows: (Float64Array | undefined)[],
  key: number,
  t: number,
  a: number,
  t2: number,
  a2: number,
  t3: number,
  a3: number,
): Float64Array {
  let row = rows[key];
  if (!row) {
    row = new Float64Array(model.labels.length);
    addFeature(model, row, t, a, -1);
    if (t2 >= 0) addFeature(model, row, t2, a2, -1);
    if (t3 >= 0) addFeature(model, row, t3, a3, -1);
    rows[key] = row;
  }
  return row;
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
  const { norms, lemmas } = ids;
  const w = norms[i]!;
  const p1 = atId(ids, norms, i - 1);
  const n1 = atId(ids, norms, i + 1);
  const p2 = atId(ids, norms, i - 2);
  const n2 = atId(ids, norms, i + 2);
  const lemma = lemmas[i]!;
  addDense(scores, cache.bias);
  if (w >= 0) addDense(scores, cachedRow(model, cache.own, w, T.w, w, T.l, lemma, T.s3, ids.suffixes[i]!));
  else {
    addFeature(model, scores, T.l, lemma, -1);
    addFeature(model, scores, T.s3, ids.suffixes[i]!, -1);
  }
  addFeature(model, scores, T.sh, ids.shapes[i]!, -1);
  const pl = atId(ids, lemmas, i - 1);
  if (p1 >= 0) addDense(scores, cachedRow(model, cache.previous, p1, T.p1, p1, T.pl, pl, -1, -1));
  else addFeature(model, scores, T.pl, pl, -1);
  const nl = atId(ids, lemmas, i + 1);
  if (n1 >= 0) addDense(scores, cachedRow(model, cache.next, n1, T.n1, n1, T.nl, nl, -1, -1));
  else addFeature(model, scores, T.nl, nl, -1);
  if (p2 >= 0) addDense(scores, cachedRow(model, cache.previous2, p2, T.p2, p2, -1, -1, -1, -1));
  if (n2 >= 0) addDense(scores, cachedRow(model, cache.next2, n2, T.n2, n2, -1, -1, -1, -1));
  if (w >= 0) {
    if (p1 >= 0) addFeature(model, scores, T.p1w, p1, w);
    if (n1 >= 0) addFeature(model, scores, T.wn1, w, n1);
  }
  addFeature(model, scores, T.k, kindId(ids, i), -1);
  addFeature(model, scores, T.nk, kindId(ids, i + 1), -1);
  if (lemma >= 0) for (const flag of ids.flags) addFeature(model, scores, T.df, flag, lemma);
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
  addFeature(model, scores, T.b, ids.empty, -1);
  if (type >= 0) {
    const w = ids.norms[i]!;
    const lemma = ids.lemmas[i]!;
    if (w >= 0) addFeature(model, scores, T.tw, type, w);
    if (lemma >= 0) addFeature(model, scores, T.tl, type, lemma);
  }
  addFeature(model, scores, T.sh, ids.shapes[i]!, -1);
  addFeature(model, scores, T.s3, ids.suffixes[i]!, -1);
  if (type >= 0) {
    const p1 = atId(ids, ids.norms, i - 1);
    const n1 = atId(ids, ids.norms, i + 1);
    if (p1 >= 0) addFeature(model, scores, T.tp1, type, p1);
    if (n1 >= 0) addFeature(model, scores, T.tn1, type, n1);
  }
  addFeature(model, scores, T.k, kindId(ids, i), -1);
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
