import type { Span } from '../../../domain/analysis.ts';
import type { Token } from '../../text/tokenize.ts';
import { type Doc, tokensIn } from '../document.ts';
import { documentFlags, lemmaOf, sentenceIds } from './features.ts';
import type { CompiledModel } from './perceptron.ts';
import { sentenceKinds } from './sentence-view.ts';
import { type ArgumentCache, type DecodeOptions, tagArguments, tagTriggers } from './tag-sequence.ts';

/** A CASIE-style event mention: subtype (Databreach, Phishing, Ransom, DiscoverVulnerability, PatchVulnerability). */
export type CasieMention = {
  readonly subtype: string;
  readonly trigger: Span;
  readonly sentence: Span;
  readonly arguments: readonly (Span & { readonly role: string })[];
};

/** Tokens tagged on each side of a cue word. */
const WINDOW = 2;

/** The two trained taggers. */
export type CasieModels = {
  readonly triggers: CompiledModel;
  readonly arguments: CompiledModel;
  /** `w=`/`l=` features that can open a trigger; a sentence with none of them is skipped (speed). */
  readonly cues?: ReadonlySet<string>;
};

/** Decoding knobs for both taggers (defaults tuned on CASIE dev; see eval/casie). */
export type CasieOptions = { readonly triggers: DecodeOptions; readonly arguments: DecodeOptions };

/** Defaults chosen on CASIE dev (never on test). */
export const CASIE_DEFAULTS: CasieOptions = {
  triggers: { outsideBias: 0, secondMargin: 0 },
  arguments: { outsideBias: 4, secondMargin: 0 },
};

/**
 * Tags CASIE triggers in windows around cue words (sentences without a cue are skipped), then the arguments of each
 * trigger inside its sentence.
 */
export function predictCasie(
  doc: Doc,
  models: CasieModels,
  options: CasieOptions = CASIE_DEFAULTS,
): CasieMention[] {
  const out: CasieMention[] = [];
  const flags = documentFlags(doc.text);
  for (const sentence of doc.sentences) {
    const tokens = tokensIn(doc, sentence.start, sentence.end);
    const windows = models.cues ? cueWindows(tokens, models.cues) : [[0, tokens.length] as const];
    if (windows.length === 0) continue;
    const kinds = sentenceKinds(doc, sentence, tokens);
    const triggerIds = sentenceIds(tokens, kinds, flags, models.triggers.vocab);
    const argumentIds =
      models.arguments.vocab === models.triggers.vocab
        ? triggerIds
        : sentenceIds(tokens, kinds, flags, models.arguments.vocab);
    const cache: ArgumentCache = new Map();
    for (const [from, to] of windows) {
      for (const trigger of tagTriggers(models.triggers, triggerIds, options.triggers, from, to)) {
        const args = tagArguments(models.arguments, argumentIds, trigger, options.arguments, cache).map(
          (range) => ({
            role: range.label,
            start: tokens[range.start]!.start,
            end: tokens[range.end - 1]!.end,
          }),
        );
        out.push({
          subtype: trigger.label,
          trigger: { start: tokens[trigger.start]!.start, end: tokens[trigger.end - 1]!.end },
          sentence,
          arguments: args,
        });
      }
    }
  }
  return out;
}

const CUE_CACHE_LIMIT = 200_000;
/** Per cue set: whether a norm (or its lemma) is a cue, cached across documents. */
const cueCaches = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** Token windows [from, to) of ±WINDOW tokens around cue tokens, merged when they touch. */
function cueWindows(tokens: readonly Token[], cues: ReadonlySet<string>): (readonly [number, number])[] {
  let cache = cueCaches.get(cues);
  if (!cache) {
    cache = new Map();
    cueCaches.set(cues, cache);
  }
  const windows: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    let cue = cache.get(norm);
    if (cue === undefined) {
      cue = cues.has(norm) || cues.has(lemmaOf(norm));
      if (cache.size >= CUE_CACHE_LIMIT) cache.clear();
      cache.set(norm, cue);
    }
    if (!cue) continue;
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(tokens.length, i + WINDOW + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}
