import { splitSentences as splitSentenceSpans } from '../../analysis/text/split-sentences.ts';

export { withoutSpans } from '../../lib/text.ts';

/** The sentences of prose as trimmed strings, split by the analysis stage's sentence splitter. */
export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text)
    .map((span) => text.slice(span.start, span.end).trim())
    .filter((sentence) => sentence.length > 0);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A short extractive summary: the first sentence, plus the second when both fit in `maxChars`; a first
 * sentence longer than that is cut at a word and ends with an ellipsis. Empty text gives ''.
 */
export function summarise(text: string, maxChars = 300): string {
  // Two sentences that fit in maxChars (and the splitter's look-ahead past them) lie in the head of the
  // text; a longer first sentence is cut anyway. Splitting only the head keeps a long article cheap.
  const head = text.trimStart().slice(0, maxChars * 2);
  const [first, second] = splitSentences(head.replace(/\s+/g, ' ').trim());
  if (!first) return '';
  if (second && first.length + 1 + second.length <= maxChars) return `${first} ${second}`;
  return truncate(first, maxChars);
}
