import type { GoldSentence } from './corpus-types.ts';
import { decodeTags } from './decode-tags.ts';

/** What one non-blank line contributes: tokens with their tags (possibly none), and whether it was malformed. */
export type LineParse = {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
  readonly malformed: boolean;
};

/**
 * Groups a token-per-line file into sentences (a blank line ends one; `isBlank` says what blank means) and
 * decodes each sentence's tags into spans; `parseLine` reads every other line. Never throws.
 */
export function readSentences(
  content: string,
  isBlank: (line: string) => boolean,
  parseLine: (line: string) => LineParse,
): { sentences: GoldSentence[]; malformed: number } {
  const sentences: GoldSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let malformed = 0;
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, spans: decodeTags(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (isBlank(line)) {
      flush();
      continue;
    }
    const parsed = parseLine(line);
    if (parsed.malformed) malformed++;
    tokens.push(...parsed.tokens);
    tags.push(...parsed.tags);
  }
  flush();
  return { sentences, malformed };
}
