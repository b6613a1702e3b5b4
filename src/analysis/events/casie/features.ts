import { ENTITY_KINDS } from '../../../domain/analysis.ts';
import type { Token } from '../../text/tokenize.ts';

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

export const START = '<s>';
export const END = '</s>';
export const NONE = '-';
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

/** Distance buckets of the argument features, by distance to the trigger (further is `-far` / `+far`). */
export const BUCKETS_LEFT = ['0', '-1', '-2', '-5', '-5', '-5', '-10', '-10', '-10', '-10', '-10'];
export const BUCKETS_RIGHT = ['0', '+1', '+2', '+5', '+5', '+5', '+10', '+10', '+10', '+10', '+10'];
const bucket = (d: number): string => (d < 0 ? (BUCKETS_LEFT[-d] ?? '-far') : (BUCKETS_RIGHT[d] ?? '+far'));
/** Sides of a token relative to the trigger: left, right, inside. */
export const SIDES = { L: 'L', R: 'R', T: 'T' } as const;

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
export const KIND_SIDE = new Map<string, { L: string; R: string; T: string }>(
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

/** Numeric ids of the feature templates (the compiled models key features by them; the scorers use them). */
export const T = {
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
