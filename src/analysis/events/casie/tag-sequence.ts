import { bestLabel, type CompiledModel } from './perceptron.ts';
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

/**
 * Greedy left-to-right BIO decoding over tokens [from, to); `fill` writes each token's label scores without the
 * previous-label feature, which the decoder adds.
 */
export function decodeBio(
  model: CompiledModel,
  from: number,
  to: number,
  fill: (i: number, scores: Float64Array) => void,
  options?: DecodeOptions,
): TaggedRange[] {
  const scores = scratchScores(model);
  const second: { start: number; label: string }[] = [];
  const ranges: TaggedRange[] = [];
  let previous = model.outside;
  let open: { start: number; label: string } | undefined;
  for (let i = from; i < to; i++) {
    fill(i, scores);
    const index = bestLabel(model, scores, previous, options?.outsideBias ?? 0);
    const name = model.labels[index]!;
    if (options && options.secondMargin > 0 && name.startsWith('B-')) {
      const alternative = runnerUp(model.labels, scores, index);
      if (alternative >= 0 && scores[alternative]! >= scores[index]! - options.secondMargin) {
        second.push({ start: i, label: model.labels[alternative]!.slice(2) });
      }
    }
    if (open && !name.startsWith('I-')) {
      ranges.push({ start: open.start, end: i, label: open.label });
      open = undefined;
    }
    if (name.startsWith('B-')) open = { start: i, label: name.slice(2) };
    previous = index;
  }
  if (open) ranges.push({ start: open.start, end: to, label: open.label });
  for (const extra of second) {
    const main = ranges.find((range) => range.start === extra.start);
    if (main && main.label !== extra.label)
      ranges.push({ start: main.start, end: main.end, label: extra.label });
  }
  return ranges;
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
  return decodeBio(model, from, to, fill, options).filter(
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
