import type { Token } from '../../text/tokenize.ts';

/** One sentence as the taggers see it: tokens, the entity kind covering each token, and document-level cue flags. */
export type SentenceView = {
  readonly tokens: readonly Token[];
  readonly kinds: readonly (string | undefined)[];
  readonly docFlags: readonly string[];
};

/** A trigger as the argument tagger sees it: token range, event subtype and lemma. */
export type TriggerView = { readonly start: number; readonly end: number; readonly type: string; readonly lemma: string };

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

function shape(text: string): string {
  return text
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1');
}

/** A crude lemma: lower case without a plural, past or gerund ending. */
export function lemmaOf(norm: string): string {
  if (norm.length > 5 && norm.endsWith('ing')) return norm.slice(0, -3);
  if (norm.length > 4 && norm.endsWith('ed')) return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith('es')) return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}

const normAt = (tokens: readonly Token[], i: number): string => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i]!.norm);

/** Context features of token `i` for trigger tagging (no label features), shared by training and inference. */
export function triggerFeatures(view: SentenceView, i: number): string[] {
  const { tokens, kinds } = view;
  const token = tokens[i]!;
  const w = token.norm;
  const l = lemmaOf(w);
  const p1 = normAt(tokens, i - 1);
  const n1 = normAt(tokens, i + 1);
  const out = [
    'b',
    `w=${w}`,
    `l=${l}`,
    `s3=${w.slice(-3)}`,
    `sh=${shape(token.text)}`,
    `p1=${p1}`,
    `n1=${n1}`,
    `p2=${normAt(tokens, i - 2)}`,
    `n2=${normAt(tokens, i + 2)}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `pl=${lemmaOf(p1)}`,
    `nl=${lemmaOf(n1)}`,
    `k=${kinds[i] ?? '-'}`,
    `nk=${kinds[i + 1] ?? '-'}`,
  ];
  for (const flag of view.docFlags) out.push(`df=${flag}|${l}`);
  return out;
}

const bucket = (d: number): string =>
  d === 0 ? '0' : d < 0 ? (d >= -2 ? `-${-d}` : d >= -5 ? '-5' : d >= -10 ? '-10' : '-far') : d <= 2 ? `+${d}` : d <= 5 ? '+5' : d <= 10 ? '+10' : '+far';

/** Features of token `i` for argument tagging relative to a trigger. */
export function argumentFeatures(view: SentenceView, i: number, trigger: TriggerView): string[] {
  const { tokens, kinds } = view;
  const token = tokens[i]!;
  const w = token.norm;
  const t = trigger.type;
  const distance = i < trigger.start ? i - trigger.start : i >= trigger.end ? i - trigger.end + 1 : 0;
  const side = distance < 0 ? 'L' : distance > 0 ? 'R' : 'T';
  const kind = kinds[i] ?? '-';
  return [
    'b',
    `${t}|w=${w}`,
    `${t}|l=${lemmaOf(w)}`,
    `sh=${shape(token.text)}`,
    `s3=${w.slice(-3)}`,
    `${t}|p1=${normAt(tokens, i - 1)}`,
    `${t}|n1=${normAt(tokens, i + 1)}`,
    `k=${kind}`,
    `${t}|k=${kind}|${side}`,
    `d=${t}|${bucket(distance)}`,
    `dk=${bucket(distance)}|${kind}`,
    `tl=${trigger.lemma}|${side}`,
    `tlw=${trigger.lemma}|${w}`,
    `sd=${side}|${w}`,
  ];
}
