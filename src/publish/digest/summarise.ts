export { withoutSpans } from '../../lib/text.ts';

const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Mt|Inc|Ltd|Corp|Co|Jr|Sr|vs|etc|approx|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|U\.S|U\.K|U\.N|E\.U)\.$/;

/** Splits prose into sentences at `.`, `!` or `?` followed by a capital, digit or quote, not after an abbreviation. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
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
  const [first, second] = splitSentences(text.replace(/\s+/g, ' ').trim());
  if (!first) return '';
  if (second && first.length + 1 + second.length <= maxChars) return `${first} ${second}`;
  return truncate(first, maxChars);
}
