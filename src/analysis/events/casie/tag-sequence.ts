import { argumentFeatures, lemmaOf, type SentenceView, triggerFeatures } from './features.ts';
import { bestLabel, type LinearModel } from './perceptron.ts';

/** A tagged token range [start, end) (token indices) with its label (event subtype or role). */
export type TaggedRange = { readonly start: number; readonly end: number; readonly label: string };

/** Decoding knobs tuned on CASIE dev: a penalty on "O" (recall) and a margin for a second type on one span. */
export type DecodeOptions = { readonly outsideBias: number; readonly secondMargin: number };

/** Greedy left-to-right BIO decoding; `featuresAt` gives each token's context features. */
export function decodeBio(
  model: LinearModel,
  length: number,
  featuresAt: (i: number) => string[],
  options?: DecodeOptions,
): TaggedRange[] {
  const scores = new Float64Array(model.labels.length);
  const outside = model.labels.indexOf('O');
  const insideOf = insideIndex(model);
  const penalty = options ? { label: outside, bias: options.outsideBias } : undefined;
  const allowed = (label: number) => insideOf[label]! < 0 || insideOf[label] === previous || label === previous;
  const second: { start: number; label: string }[] = [];
  const ranges: TaggedRange[] = [];
  let previous = outside;
  let open: { start: number; label: string } | undefined;
  for (let i = 0; i < length; i++) {
    const features = featuresAt(i);
    features.push(`pl=${model.labels[previous] ?? 'O'}`);
    const index = bestLabel(model, features, scores, allowed, penalty);
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
  if (open) ranges.push({ start: open.start, end: length, label: open.label });
  for (const extra of second) {
    const main = ranges.find((range) => range.start === extra.start);
    if (main && main.label !== extra.label) ranges.push({ start: main.start, end: main.end, label: extra.label });
  }
  return ranges;
}

/** Tags event triggers in one sentence. */
export function tagTriggers(model: LinearModel, view: SentenceView, options?: DecodeOptions): TaggedRange[] {
  return decodeBio(model, view.tokens.length, (i) => triggerFeatures(view, i), options);
}

/** Tags the arguments of one trigger (token range labelled with its subtype) in its sentence. */
export function tagArguments(
  model: LinearModel,
  view: SentenceView,
  trigger: TaggedRange,
  options?: DecodeOptions,
): TaggedRange[] {
  const lemma = view.tokens
    .slice(trigger.start, trigger.end)
    .map((t) => lemmaOf(t.norm))
    .join('_');
  const triggerView = { start: trigger.start, end: trigger.end, type: trigger.label, lemma };
  return decodeBio(model, view.tokens.length, (i) => argumentFeatures(view, i, triggerView), options).filter(
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

const INSIDE_CACHE = new WeakMap<LinearModel, Int32Array>();

/** For each label, the index of the B- label an I- label continues (-1 for B- and O), cached per model. */
function insideIndex(model: LinearModel): Int32Array {
  const cached = INSIDE_CACHE.get(model);
  if (cached) return cached;
  const index = new Int32Array(model.labels.length).fill(-1);
  model.labels.forEach((label, i) => {
    if (label.startsWith('I-')) index[i] = model.labels.indexOf(`B-${label.slice(2)}`);
  });
  INSIDE_CACHE.set(model, index);
  return index;
}
