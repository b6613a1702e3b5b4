import type { Span } from '../../../domain/analysis.ts';
import { type Doc, tokensIn } from '../document.ts';
import { documentFlags, lemmaOf } from './features.ts';
import type { LinearModel } from './perceptron.ts';
import { sentenceView } from './sentence-view.ts';
import { type DecodeOptions, tagArguments, tagTriggers } from './tag-sequence.ts';

/** A CASIE-style event mention: subtype (Databreach, Phishing, Ransom, DiscoverVulnerability, PatchVulnerability). */
export type CasieMention = {
  readonly subtype: string;
  readonly trigger: Span;
  readonly sentence: Span;
  readonly arguments: readonly (Span & { readonly role: string })[];
};

/** The two trained taggers. */
export type CasieModels = {
  readonly triggers: LinearModel;
  readonly arguments: LinearModel;
  /** `w=`/`l=` features that can open a trigger; a sentence with none of them is skipped (speed). */
  readonly cues?: ReadonlySet<string>;
};

/** Decoding knobs for both taggers (defaults tuned on CASIE dev; see eval/casie). */
export type CasieOptions = { readonly triggers: DecodeOptions; readonly arguments: DecodeOptions };

/** Defaults chosen on CASIE dev (never on test). */
export const CASIE_DEFAULTS: CasieOptions = {
  triggers: { outsideBias: 0, secondMargin: 0 },
  arguments: { outsideBias: 0, secondMargin: 0 },
};

/** Tags CASIE triggers sentence by sentence, then the arguments of each trigger inside its sentence. */
export function predictCasie(doc: Doc, models: CasieModels, options: CasieOptions = CASIE_DEFAULTS): CasieMention[] {
  const out: CasieMention[] = [];
  const flags = documentFlags(doc.text);
  for (const sentence of doc.sentences) {
    if (models.cues && !hasCue(doc, sentence, models.cues)) continue;
    const view = sentenceView(doc, sentence, flags);
    const { tokens } = view;
    if (tokens.length === 0) continue;
    for (const trigger of tagTriggers(models.triggers, view, options.triggers)) {
      const args = tagArguments(models.arguments, view, trigger, options.arguments).map((range) => ({
        role: range.label,
        start: tokens[range.start]!.start,
        end: tokens[range.end - 1]!.end,
      }));
      out.push({
        subtype: trigger.label,
        trigger: { start: tokens[trigger.start]!.start, end: tokens[trigger.end - 1]!.end },
        sentence,
        arguments: args,
      });
    }
  }
  return out;
}

function hasCue(doc: Doc, sentence: Span, cues: ReadonlySet<string>): boolean {
  for (const token of tokensIn(doc, sentence.start, sentence.end)) {
    if (cues.has(`w=${token.norm}`) || cues.has(`l=${lemmaOf(token.norm)}`)) return true;
  }
  return false;
}
