import type { Analysis } from '../domain/analysis.ts';
import type { CompiledKb } from './entities/compile-kb.ts';
import { extractEntities } from './entities/extract-entities.ts';
import { extractEvents } from './events/index.ts';
import { linkEvents } from './events/link-events.ts';
import { extractQuotes } from './quotes/index.ts';

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
 * Analyses one document against a compiled knowledge base and returns the analysis contract: entities
 * with evidenced mentions, boilerplate spans, events with their arguments and stance, and quotes with
 * their speakers. Pure and deterministic.
 */
export function analyzeText(input: AnalyzeInput, kb: CompiledKb, options: AnalyzeOptions = {}): Analysis {
  const { text } = input;
  const layer = extractEntities(text, kb, {
    ...(input.url ? { url: input.url } : {}),
    ...(options.ignore ? { ignore: options.ignore } : {}),
  });
  // One tokenization and one sentence split serve entities, events and quotes.
  const context = {
    text,
    sentences: layer.sentences,
    tokens: layer.tokens,
    entities: layer.entities,
    boilerplate: layer.boilerplate,
  };
  return {
    title: input.title,
    language: input.language ?? 'en',
    text_length: text.length,
    boilerplate: layer.boilerplate,
    entities: layer.entities,
    events: linkEvents(extractEvents(context), layer.entities, (id) => kb.kb.byId.get(id)?.members),
    quotes: extractQuotes(context),
  };
}
