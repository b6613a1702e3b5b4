import type { AnalysisEvent } from '../../domain/analysis.ts';
import { addAttributionSupport } from './attribution-support.ts';
import { CASIE_MODELS } from './casie/models.ts';
import { predictCasie } from './casie/predict-casie.ts';
import { casieToEvents } from './casie/to-events.ts';
import { type ExtractInput, inBoilerplate, prepareDocument } from './document.ts';
import { findRuleEvents } from './find-rule-events.ts';

/**
 * Extracts events (attacks, vulnerabilities, attributions, claims, denials, law enforcement, sanctions, advisories,
 * legal actions) with trigger, sentence, arguments by role, stance, realis and confidence. Pure; never throws.
 * CASIE's five types come from the trained taggers, the others from the lexicon and frames over the entity layer.
 */
export function extractEvents(input: ExtractInput): AnalysisEvent[] {
  const doc = prepareDocument(input);
  const rules = findRuleEvents(doc);
  const model = casieToEvents(doc, predictCasie(doc, CASIE_MODELS)).filter(
    (event) =>
      !inBoilerplate(doc, event.trigger.start) &&
      !rules.some((rule) => rule.type !== 'attack.intrusion' && overlaps(rule.trigger, event.trigger)),
  );
  return addAttributionSupport(doc, [...rules, ...model]).sort((a, b) => a.trigger.start - b.trigger.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
