import type { Span } from '../../domain/analysis.ts';

/** Abbreviations (lower case, without the final period) after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft gen lt col maj capt sgt adm cmdr sen rep gov pres rev hon inc ltd corp co llc plc
bros dept univ assn est approx vs etc e.g i.e cf al no nos vol pp fig jan feb mar apr jun jul aug sep sept oct nov dec
u.s u.k u.n e.u u.s.a a.m p.m ph.d d.c n.y calif mass va md wash ave blvd`.split(/\s+/),
);

/** Abbreviations that often end a sentence too ("...in the U.S. The ..."), so a common opener after them breaks. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set('u.s u.k u.n e.u etc inc ltd corp co p.m a.m d.c'.split(' '));
const OPENERS = new Set(
  `the a an it its he she they we i in on but and this that these those there however meanwhile according while
when after as if`.split(/\s+/),
);

// A match starts only at the first mark of a run (the lookbehind): trying every position inside a long run of
// marks not followed by a space ("....x") backtracked through the rest of the run each time, quadratic time. A match
// can never start inside a run anyway (the run from its start fails exactly when every suffix of it fails).
/** Sentence-ending punctuation (a run of marks and closing quotes before a space or the end) or a line break. */
export const TERMINATOR = /(?<![.!?…])[.!?…]+["'\u201d\u2019)\]]*(?=\s|$)|\n/g;

/** Splits text into trimmed sentence spans (half-open UTF-16 offsets); line breaks always end a sentence. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && !endsSentence(text, match.index, end)) continue;
    pushTrimmed(text, start, match[0] === '\n' ? match.index : end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Returns the index of the sentence containing `offset` (the last sentence starting at or before it). */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function endsSentence(text: string, dotIndex: number, end: number): boolean {
  if (text[dotIndex] !== '.' || text[end - 1] !== '.') return nextStartsSentence(text, end);
  const word = wordBefore(text, dotIndex);
  const next = nextWord(text, end);
  if (next === '' && end >= text.trimEnd().length) return true;
  // A lower-case continuation or a digit after "No." means the sentence goes on.
  if (!/^[\p{Lu}"'\u201c\u2018(\d]/u.test(next)) return false;
  const lower = word.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower))
    return OPENERS.has(next.replace(/^["'\u201c\u2018(]/, '').toLowerCase());
  if (ABBREVIATIONS.has(lower)) return false;
  // Single initials ("J. Smith") do not end sentences.
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}

function nextStartsSentence(text: string, end: number): boolean {
  const next = nextWord(text, end);
  return next === '' || /^[\p{Lu}"'\u201c\u2018(\d]/u.test(next);
}

function wordBefore(text: string, dotIndex: number): string {
  let i = dotIndex;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dotIndex);
}

function nextWord(text: string, end: number): string {
  const rest = /^\s*(\S*)/.exec(text.slice(end, end + 40));
  return rest?.[1]?.replace(/[.,;:!?]+$/, '') ?? '';
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
