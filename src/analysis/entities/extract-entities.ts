import type { AnalysisEntity, Span } from '../../domain/analysis.ts';
import { detectBoilerplate } from '../text/detect-boilerplate.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { type Candidate, PRIORITY } from './candidate.ts';
import type { CompiledKb } from './compile-kb.ts';
import { findActorCodes } from './find-actor-codes.ts';
import { findIdentifiers } from './find-identifiers.ts';
import { findIndicators } from './find-indicators.ts';
import { findNewMalware } from './find-new-malware.ts';
import { findPersons } from './find-persons.ts';
import { matchGazetteer } from './match-gazetteer.ts';
import { resolveDescriptors } from './resolve-descriptors.ts';
import { selectMentions } from './select-mentions.ts';

/** The entity layer of an analysis: sentences, tokens, boilerplate spans and entities with evidenced mentions. */
export type EntityLayer = {
  readonly sentences: readonly Span[];
  /** The tokens of the text (`tokenize(text)`), shared with the event and quote extractors. */
  readonly tokens: readonly Token[];
  readonly boilerplate: Span[];
  readonly entities: AnalysisEntity[];
};

/**
 * Finds the entities of `text` (patterns, gazetteer, people, descriptors; boilerplate and benign indicators
 * excluded); `url` names the outlet, `ignore` lists user-marked false positives. Pure and deterministic.
 */
export function extractEntities(
  text: string,
  kb: CompiledKb,
  options: { readonly url?: string; readonly ignore?: readonly string[] } = {},
): EntityLayer {
  const sentences = splitSentences(text);
  const boilerplate = detectBoilerplate(text);
  const tokens = tokenize(text);
  const indicators = findIndicators(text, options.url);
  const identifiers = findIdentifiers(text, kb.kb);
  const gazetteer = matchGazetteer(tokens, kb.trie, kb.kb, sentences);
  const named: Candidate[] = [...identifiers, ...indicators.candidates, ...gazetteer.candidates];
  // Imported malware and tool names do not hide people: "Donald Trump" is also a ransomware alias.
  const trusted = named.filter((c) => c.priority > PRIORITY.person || c.kind === 'threat-actor');
  const occupied = [...trusted, ...gazetteer.blocked, ...indicators.blocked];
  const persons = findPersons(text, tokens, kb.persons, occupied);
  const introduced = [
    ...findNewMalware(tokens, [...named, ...occupied, ...persons]),
    ...findActorCodes(text, [...named, ...occupied]),
  ];
  const descriptors = resolveDescriptors(text, kb.descriptors, gazetteer.candidates, kb.kb);
  const entities = selectMentions(text, [...named, ...persons, ...descriptors, ...introduced], sentences, {
    spans: [...boilerplate, ...gazetteer.blocked, ...indicators.blocked],
    ignore: options.ignore ?? [],
  });
  return { sentences, tokens, boilerplate, entities };
}
