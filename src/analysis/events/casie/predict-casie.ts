import type { Span } from '../../../domain/analysis.ts';
import { type Doc, tokensIn } from '../document.ts';
import { documentFlags } from './features.ts';
import type { CompiledModel } from './perceptron.ts';
import { sentenceIds, type TokenEntry, tokenEntries } from './sentence-ids.ts';
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

/**
 * Defaults chosen on CASIE dev (never on test), with the structured taggers of 15 epochs. Trigger F1 / argument
 * F1: bias 0 / 4 gave 0.597 / 0.366; 2 / 8 gives 0.604 / 0.386, argument precision rising too (0.553 against
 * 0.507 for the greedy taggers); higher argument biases add recall at the cost of precision (16: P 0.515).
 */
export const CASIE_DEFAULTS: CasieOptions = {
  triggers: { outsideBias: 2, secondMargin: 0 },
  arguments: { outsideBias: 8, secondMargin: 0 },
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
    // One cached look-up per token serves both the cue test and the feature ids.
    const entries = tokenEntries(tokens, models.triggers.vocab, models.cues);
    const windows = models.cues ? cueWindows(entries) : [[0, tokens.length] as const];
    if (windows.length === 0) continue;
    const kinds = sentenceKinds(doc, sentence, tokens);
    const triggerIds = sentenceIds(tokens, kinds, flags, models.triggers.vocab, entries);
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

/** Token windows [from, to) of ±WINDOW tokens around cue tokens, merged when they touch. */
function cueWindows(entries: readonly TokenEntry[]): (readonly [number, number])[] {
  const windows: [number, number][] = [];
  for (let i = 0; i < entries.length; i++) {
    if (!entries[i]!.cue) continue;
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(entries.length, i + WINDOW + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}
