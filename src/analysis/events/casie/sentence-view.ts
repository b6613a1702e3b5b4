import type { Span } from '../../../domain/analysis.ts';
import type { Token } from '../../text/tokenize.ts';
import { type Doc, lowerBound, tokensIn } from '../document.ts';
import { buildView, type SentenceView } from './features.ts';

/** Builds the tagger's view of one sentence: its tokens and the entity kind covering each token. */
export function sentenceView(doc: Doc, sentence: Span, docFlags: readonly string[]): SentenceView {
  const tokens = tokensIn(doc, sentence.start, sentence.end);
  return buildView(tokens, sentenceKinds(doc, sentence, tokens), docFlags);
}

/** The entity kind covering each of a sentence's tokens ('-' for none). */
export function sentenceKinds(doc: Doc, sentence: Span, tokens: readonly Token[]): string[] {
  const kinds: string[] = new Array(tokens.length).fill('-');
  let m = Math.max(0, lowerBound(doc.mentions, sentence.start) - 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (m < doc.mentions.length && doc.mentions[m]!.end <= token.start) m++;
    const mention = doc.mentions[m];
    if (mention && mention.start <= token.start && mention.end >= token.end) kinds[i] = mention.kind;
  }
  return kinds;
}
