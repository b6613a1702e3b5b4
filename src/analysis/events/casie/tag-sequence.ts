import {
  argumentTriggerFeatures,
  argumentTypeFeatures,
  type SentenceView,
  triggerFeatures,
} from './features.ts';
import { bestLabel, type CompiledModel, scoringSink } from './perceptron.ts';

/** A tagged token range [start, end) (token indices) with its label (event subtype or role). */
export type TaggedRange = { readonly start: number; readonly end: number; readonly label: string };

/** Decoding knobs tuned on CASIE dev: a penalty on "O" (recall) and a margin for a second type on one span. */
export type DecodeOptions = { readonly outsideBias: number; readonly secondMargin: number };

/** Per-sentence cache of the type-dependent argument scores of each token, keyed by event type. */
export type ArgumentCache = Map<string, (Float64Array | undefined)[]>;

/** Arguments are tagged within this many tokens of their trigger (speed; tuned on CASIE dev). */
const ARGUMENT_WINDOW = 15;

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
  const scores = new Float64Array(model.labels.length);
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

/** Tags event triggers in tokens [from, to) of one sentence. */
export function tagTriggers(
  model: CompiledModel,
  view: SentenceView,
  options?: DecodeOptions,
  from = 0,
  to = view.tokens.length,
): TaggedRange[] {
  const sink = scoringSink(model);
  const fill = (i: number, scores: Float64Array) => {
    scores.fill(0);
    sink.target = scores;
    triggerFeatures(view, i, sink);
  };
  return decodeBio(model, from, to, fill, options);
}

/** Tags the arguments of one trigger (token range labelled with its subtype) near it in its sentence. */
export function tagArguments(
  model: CompiledModel,
  view: SentenceView,
  trigger: TaggedRange,
  options?: DecodeOptions,
  cache: ArgumentCache = new Map(),
): TaggedRange[] {
  const lemma = view.lemmas.slice(trigger.start, trigger.end).join('_');
  const triggerView = { start: trigger.start, end: trigger.end, type: trigger.label, lemma };
  let typed = cache.get(trigger.label);
  if (!typed) {
    typed = new Array(view.tokens.length).fill(undefined);
    cache.set(trigger.label, typed);
  }
  const typeScores = typed;
  const sink = scoringSink(model);
  const fill = (i: number, scores: Float64Array) => {
    let base = typeScores[i];
    if (!base) {
      base = new Float64Array(model.labels.length);
      sink.target = base;
      argumentTypeFeatures(view, i, trigger.label, sink);
      typeScores[i] = base;
    }
    scores.set(base);
    sink.target = scores;
    argumentTriggerFeatures(view, i, triggerView, sink);
  };
  const from = Math.max(0, trigger.start - ARGUMENT_WINDOW);
  const to = Math.min(view.tokens.length, trigger.end + ARGUMENT_WINDOW);
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
