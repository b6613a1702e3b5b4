import type { Analysis } from '../domain/analysis.ts';
import { type Candidate, PRIORITY } from './entities/candidate.ts';
import type { CompiledKb } from './entities/compile-kb.ts';
import { findIdentifiers } from './entities/find-identifiers.ts';
import { findIndicators } from './entities/find-indicators.ts';
import { findPersons } from './entities/find-persons.ts';
import { matchGazetteer } from './entities/match-gazetteer.ts';
import { resolveDescriptors } from './entities/resolve-descriptors.ts';
import { selectMentions } from './entities/select-mentions.ts';
import { detectBoilerplate } from './text/detect-boilerplate.ts';
import { splitSentences } from './text/split-sentences.ts';
import { tokenize } from './text/tokenize.ts';

export { type CompiledKb, compileKb } from './entities/compile-kb.ts';
export { loadBuiltinKb } from './kb/load-builtin-kb.ts';

/** The document to analyse: offsets in the result index into `text`; `url` names the outlet (its domain is benign). */
export type AnalyzeInput = {
  readonly title: string | null;
  readonly text: string;
  readonly url?: string;
  readonly language?: string;
};

/** Options: `ignore` lists texts or entity ids the user marked as false positives. */
export type AnalyzeOptions = { readonly ignore?: readonly string[] };

/**
 * Analyses one document against a compiled knowledge base and returns the analysis contract (entities with
 * evidenced mentions, boilerplate spans; events and quotes are empty in this version). Pure and deterministic.
 */
export function analyzeText(input: AnalyzeInput, kb: CompiledKb, options: AnalyzeOptions = {}): Analysis {
  const { text } = input;
  const sentences = splitSentences(text);
  const boilerplate = detectBoilerplate(text);
  const tokens = tokenize(text);
  const indicators = findIndicators(text, input.url);
  const identifiers = findIdentifiers(text, kb.kb);
  const gazetteer = matchGazetteer(tokens, kb.trie, kb.kb, sentences);
  const named: Candidate[] = [...identifiers, ...indicators.candidates, ...gazetteer.candidates];
  // Imported malware and tool names do not hide people: "Donald Trump" is also a ransomware alias.
  const trusted = named.filter((c) => c.priority > PRIORITY.person || c.kind === 'threat-actor');
  const occupied = [...trusted, ...gazetteer.blocked, ...indicators.blocked];
  const persons = findPersons(text, tokens, kb.persons, occupied);
  const descriptors = resolveDescriptors(text, kb.descriptors, gazetteer.candidates, kb.kb);
  const entities = selectMentions(text, [...named, ...persons, ...descriptors], sentences, {
    spans: [...boilerplate, ...gazetteer.blocked, ...indicators.blocked],
    ignore: options.ignore ?? [],
  });
  return {
    title: input.title,
    language: input.language ?? 'en',
    text_length: text.length,
    boilerplate,
    entities,
    events: [],
    quotes: [],
  };
}
