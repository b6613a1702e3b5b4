import type { Token } from '../../text/tokenize.ts';
import {
  BUCKETS_LEFT,
  BUCKETS_RIGHT,
  END,
  KIND_SIDE,
  lemmaOf,
  NONE,
  SIDES,
  START,
  shapeOf,
} from './features.ts';
import type { CompiledModel, Vocabulary } from './perceptron.ts';

/**
 * A sentence view with every feature value interned in the models' vocabulary (-1 when absent), so the scorers of
 * score-features.ts emit exactly the features of triggerFeatures / argumentTypeFeatures / argumentTriggerFeatures
 * (features.ts) without building or hashing strings.
 */
export type SentenceIds = {
  /** Number of tokens; the arrays may be longer. */
  readonly length: number;
  /** The tokens' cached entries. */
  readonly entries: readonly TokenEntry[];
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
export type TokenEntry = {
  readonly norm: string;
  readonly lemma: string;
  readonly normId: number;
  readonly lemmaId: number;
  readonly shape: number;
  readonly suffix: number;
  /** The cue set `cue` was computed for (cue words open a sentence to the trigger tagger). */
  cues: ReadonlySet<string> | undefined;
  cue: boolean;
  /** Per argument model and event type id, the sum of this token's own argument features (see below). */
  argumentPrefix: { readonly model: CompiledModel; readonly byType: Map<number, Float64Array> } | undefined;
};

const TOKEN_CACHE_LIMIT = 200_000;
const tokenCaches = new WeakMap<Vocabulary, Map<string, TokenEntry>>();

function tokenEntry(cache: Map<string, TokenEntry>, vocab: Vocabulary, token: Token): TokenEntry {
  let entry = cache.get(token.text);
  if (entry) return entry;
  const norm = token.norm;
  const lemma = lemmaOf(norm);
  entry = {
    norm,
    lemma,
    normId: idOf(vocab, norm),
    lemmaId: idOf(vocab, lemma),
    shape: idOf(vocab, shapeOf(token.text)),
    suffix: idOf(vocab, norm.slice(-3)),
    cues: undefined,
    cue: false,
    argumentPrefix: undefined,
  };
  if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(token.text, entry);
  return entry;
}

/**
 * The cached entries of `tokens` in `vocab` (one look-up per token serves the cue test and sentenceIds); with
 * `cues`, each entry's `cue` says whether its norm or lemma is a cue word.
 */
export function tokenEntries(
  tokens: readonly Token[],
  vocab: Vocabulary,
  cues?: ReadonlySet<string>,
): TokenEntry[] {
  let cache = tokenCaches.get(vocab);
  if (!cache) {
    cache = new Map();
    tokenCaches.set(vocab, cache);
  }
  const out = new Array<TokenEntry>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const entry = tokenEntry(cache, vocab, tokens[i]!);
    if (cues && entry.cues !== cues) {
      entry.cue = cues.has(entry.norm) || cues.has(entry.lemma);
      entry.cues = cues;
    }
    out[i] = entry;
  }
  return out;
}

/** The ids of an entity kind and of its `tk` values on sides L, R, T, cached per vocabulary. */
type KindIds = { readonly id: number; readonly sides: readonly [number, number, number] };

const kindCaches = new WeakMap<Vocabulary, Map<string, KindIds>>();

function kindIds(vocab: Vocabulary, kind: string): KindIds {
  let cache = kindCaches.get(vocab);
  if (!cache) {
    cache = new Map();
    kindCaches.set(vocab, cache);
  }
  let ids = cache.get(kind);
  if (!ids) {
    const named = KIND_SIDE.get(kind);
    const side = (s: (typeof SIDE_NAMES)[number]) => idOf(vocab, named?.[s] ?? `${kind}|${s}`);
    ids = { id: idOf(vocab, kind), sides: [side(SIDES.L), side(SIDES.R), side(SIDES.T)] };
    cache.set(kind, ids);
  }
  return ids;
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
  entries: readonly TokenEntry[] = tokenEntries(tokens, vocab),
): SentenceIds {
  const n = tokens.length;
  if (pool.capacity < n) pool = newPool(Math.max(n, 2 * pool.capacity));
  const { norms, lemmas, lemmaStrings, shapes, suffixes, kindIds: kindIdArray, kindSides } = pool;
  const constants = vocabConstants(vocab);
  const { sides } = constants;
  for (let i = 0; i < n; i++) {
    const entry = entries[i]!;
    norms[i] = entry.normId;
    lemmas[i] = entry.lemmaId;
    lemmaStrings[i] = entry.lemma;
    shapes[i] = entry.shape;
    suffixes[i] = entry.suffix;
    const kind = kinds[i]!;
    if (kind === NONE) {
      kindIdArray[i] = -2;
      kindSides[3 * i] = sides[0];
      kindSides[3 * i + 1] = sides[1];
      kindSides[3 * i + 2] = sides[2];
    } else {
      const ids = kindIds(vocab, kind);
      kindIdArray[i] = ids.id;
      kindSides[3 * i] = ids.sides[0];
      kindSides[3 * i + 1] = ids.sides[1];
      kindSides[3 * i + 2] = ids.sides[2];
    }
  }
  const { none } = constants;
  for (let i = 0; i < n; i++) if (kindIdArray[i] === -2) kindIdArray[i] = none;
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
    entries,
    norms,
    lemmas,
    lemmaStrings,
    shapes,
    suffixes,
    kinds: kindIdArray,
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

/** The id of token `i`'s value in `values`, or the sentence-start / sentence-end id outside the sentence. */
export const atId = (ids: SentenceIds, values: Int32Array, i: number): number =>
  i < 0 ? ids.start : i >= ids.length ? ids.end : values[i]!;
