import { bestPath } from './best-path.ts';
import type { CompiledModel } from './perceptron.ts';
import {
  scoreArgumentTriggerFeatures,
  scoreArgumentTypeFeatures,
  scoreTriggerFeatures,
} from './score-features.ts';
import type { SentenceIds } from './sentence-ids.ts';

/** A tagged token range [start, end) (token indices) with its label (event subtype or role). */
export type TaggedRange = { readonly start: number; readonly end: number; readonly label: string };

/** Decoding knobs tuned on CASIE dev: a penalty on "O" (recall) and a margin for a second type on one span. */
export type DecodeOptions = { readonly outsideBias: number; readonly secondMargin: number };

/**
 * Per-sentence cache of the type-dependent argument scores of each token (row i of `scores` once `done[i]`), by event
 * type. Its buffers are reused by the next sentence's cache: use one cache per sentence, one sentence at a time.
 */
export type ArgumentCache = Map<string, { readonly done: Uint8Array; readonly scores: Float64Array }>;

/**
 * Reusable buffers of argument caches, by the entry's position in its cache (typed arrays are costly to allocate
 * and their off-heap stores drive garbage collection).
 */
const bufferPool: { done: Uint8Array; scores: Float64Array }[] = [];

function argumentBuffers(
  index: number,
  tokens: number,
  labels: number,
): { readonly done: Uint8Array; readonly scores: Float64Array } {
  let buffers = bufferPool[index];
  if (!buffers || buffers.done.length < tokens || buffers.scores.length < tokens * labels) {
    const capacity = Math.max(tokens, 2 * (buffers?.done.length ?? 64));
    buffers = { done: new Uint8Array(capacity), scores: new Float64Array(capacity * labels) };
    bufferPool[index] = buffers;
  }
  buffers.done.fill(0, 0, tokens);
  return buffers;
}

/** Arguments are tagged within this many tokens of their trigger (speed; tuned on CASIE dev). */
const ARGUMENT_WINDOW = 15;

/** One score buffer per model, reused by every decode (decoding is not re-entrant; typed arrays are costly to allocate). */
const scratch = new WeakMap<CompiledModel, Float64Array>();

function scratchScores(model: CompiledModel): Float64Array {
  let scores = scratch.get(model);
  if (!scores) {
    scores = new Float64Array(model.labels.length);
    scratch.set(model, scores);
  }
  return scores;
}

/** Tags event triggers in tokens [from, to) of one sentence (`ids` interned in the model's vocabulary). */
export function tagTriggers(
  model: CompiledModel,
  ids: SentenceIds,
  options?: DecodeOptions,
  from = 0,
  to = ids.length,
): TaggedRange[] {
  const fill = (i: number, scores: Float64Array) => {
    scores.fill(0);
    scoreTriggerFeatures(model, ids, i, scores);
  };
  return decodeBio(model, from, to, fill, options);
}

/** Tags the arguments of one trigger (token range labelled with its subtype) near it in its sentence. */
export function tagArguments(
  model: CompiledModel,
  ids: SentenceIds,
  trigger: TaggedRange,
  options?: DecodeOptions,
  cache: ArgumentCache = new Map(),
): TaggedRange[] {
  const vocab = ids.vocab;
  const lemma =
    trigger.end - trigger.start === 1
      ? ids.lemmas[trigger.start]!
      : (vocab.get(ids.lemmaStrings.slice(trigger.start, trigger.end).join('_')) ?? -1);
  const type = vocab.get(trigger.label) ?? -1;
  const triggerIds = { start: trigger.start, end: trigger.end, type, lemma };
  const L = model.labels.length;
  let typed = cache.get(trigger.label);
  if (!typed) {
    typed = argumentBuffers(cache.size, ids.length, L);
    cache.set(trigger.label, typed);
  }
  const { done, scores: typeScores } = typed;
  const fill = (i: number, scores: Float64Array) => {
    const offset = i * L;
    if (done[i]) {
      for (let l = 0; l < L; l++) scores[l] = typeScores[offset + l]!;
    } else {
      scores.fill(0);
      scoreArgumentTypeFeatures(model, ids, i, type, scores);
      for (let l = 0; l < L; l++) typeScores[offset + l] = scores[l]!;
      done[i] = 1;
    }
    scoreArgumentTriggerFeatures(model, ids, i, triggerIds, scores);
  };
  const from = Math.max(0, trigger.start - ARGUMENT_WINDOW);
  const to = Math.min(ids.length, trigger.end + ARGUMENT_WINDOW);
  const labels = model.labelsOfType.get(trigger.label) ?? model.everyLabel;
  return decodeBio(model, from, to, fill, options, labels).filter(
    (range) => range.end <= trigger.start || range.start >= trigger.end,
  );
}

function runnerUp(labels: readonly string[], scores: Float64Array, best: number): number {
  let found = -1;
  for (let label = 0; label < labels.length; label++) {
    if (label === best || !labels[label]!.startsWith('B-')) continue;
    if (found < 0 || scores[label]! > scores[found]!) found = label;
  }
  return found;
}

let emissionBuffer = new Float64Array(0);
let pathBuffer = new Int32Array(0);

/**
 * BIO decoding over tokens [from, to): the best-scoring label sequence (see `bestPath`), with `fill` giving
 * each token's label scores, the previous-label weights as transitions, I-X only after B-X or I-X, and
 * `outsideBias` taken off every "O", over `labels` (default: all). With `secondMargin`, a span whose runner-up
 * B- label scores within the margin is also returned with that label.
 */
export function decodeBio(
  model: CompiledModel,
  from: number,
  to: number,
  fill: (i: number, scores: Float64Array) => void,
  options?: DecodeOptions,
  labels: Int32Array = model.everyLabel,
): TaggedRange[] {
  const L = model.labels.length;
  const n = to - from;
  if (n <= 0) return [];
  if (emissionBuffer.length < n * L) emissionBuffer = new Float64Array(2 * n * L);
  if (pathBuffer.length < n) pathBuffer = new Int32Array(2 * n);
  const E = emissionBuffer;
  const path = pathBuffer;
  const scores = scratchScores(model);
  const bias = options?.outsideBias ?? 0;
  const O = model.outside;
  for (let t = 0; t < n; t++) {
    fill(from + t, scores);
    for (let l = 0; l < L; l++) E[t * L + l] = scores[l]! - (l === O ? bias : 0);
  }
  bestPath(E, n, L, model.transitions, O, labels, path);
  const ranges: TaggedRange[] = [];
  const second: { start: number; label: string }[] = [];
  let open: { start: number; label: string } | undefined;
  for (let t = 0; t < n; t++) {
    const index = path[t]!;
    const name = model.labels[index]!;
    if (options && options.secondMargin > 0 && name.startsWith('B-')) {
      const previous = t === 0 ? O : path[t - 1]!;
      scores.fill(Number.NEGATIVE_INFINITY);
      for (const l of labels) scores[l] = E[t * L + l]! + model.transitions[previous * L + l]!;
      const alternative = runnerUp(model.labels, scores, index);
      if (alternative >= 0 && scores[alternative]! >= scores[index]! - options.secondMargin)
        second.push({ start: from + t, label: model.labels[alternative]!.slice(2) });
    }
    if (open && !name.startsWith('I-')) {
      ranges.push({ start: open.start, end: from + t, label: open.label });
      open = undefined;
    }
    if (name.startsWith('B-')) open = { start: from + t, label: name.slice(2) };
  }
  if (open) ranges.push({ start: open.start, end: to, label: open.label });
  for (const extra of second) {
    const main = ranges.find((range) => range.start === extra.start);
    if (main && main.label !== extra.label)
      ranges.push({ start: main.start, end: main.end, label: extra.label });
  }
  return ranges;
}
