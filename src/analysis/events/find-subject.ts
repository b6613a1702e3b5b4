import type { EntityKind, Span } from '../../domain/analysis.ts';
import type { Doc, EntityMention } from './document.ts';
import { mentionsIn } from './document.ts';

/** Words before a mention that make it the object of a preposition, not a subject. */
const PREPOSITIONS = new Set(
  'on against of to in at from with into over about for including like than toward towards by between among under'.split(
    ' ',
  ),
);
/** Words allowed between two mentions of one subject phrase ("White House press secretary Jen Psaki"). */
const TITLE_WORDS = new Set(
  (
    'press secretary spokesperson spokesman spokeswoman minister foreign defense defence affairs ambassador director ' +
    'chief general president prime deputy head official officials attorney agency department commissioner of state ' +
    'national security adviser advisor envoy senior vice cyber s the'
  ).split(' '),
);

/** The last word before `offset`, lower-cased ("" at the start of the text). */
export function wordBefore(text: string, offset: number): string {
  const match = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, offset - 30), offset));
  return match ? match[1]!.toLowerCase() : '';
}

/**
 * The subject of a trigger: the nearest mention of an allowed kind before it in the clause that is not the object of
 * a preposition, together with the mentions of the same subject phrase before it (titles, employers).
 */
export function findSubject(
  doc: Doc,
  clauseStart: number,
  triggerStart: number,
  kinds: readonly EntityKind[],
): EntityMention[] {
  const candidates = mentionsIn(doc, clauseStart, triggerStart);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const mention = candidates[i]!;
    if (!kinds.includes(mention.kind)) continue;
    if (PREPOSITIONS.has(wordBefore(doc.text, mention.start))) continue;
    if (/^\s*['\u2019]s\b/.test(doc.text.slice(mention.end, mention.end + 3)) && i < candidates.length - 1)
      continue;
    const phrase = [mention];
    for (let j = i - 1; j >= 0; j--) {
      const previous = candidates[j]!;
      const gap = doc.text.slice(previous.end, phrase[0]!.start);
      if (!isTitleGap(gap)) break;
      phrase.unshift(previous);
    }
    return phrase;
  }
  return [];
}

function isTitleGap(gap: string): boolean {
  if (/[,;:.()"\u201c\u201d]/.test(gap)) return false;
  const words = gap.match(/[\p{L}]+/gu) ?? [];
  if (words.length > 5) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || TITLE_WORDS.has(word.toLowerCase()));
}

/** The start of the clause holding `offset`: after the last ";" or ":" in the sentence before it. */
export function clauseStartBefore(text: string, sentence: Span, offset: number): number {
  const before = text.slice(sentence.start, offset);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut < 0 ? sentence.start : sentence.start + cut + 1;
}

const CLAUSE_END =
  /;|,\s+(?:who|which|whose|while|but|although|according|saying|adding|as well as)\b|\s[\u2014\u2013-]\s/;

/** The end of the clause that starts after `offset` (the sentence end when nothing closes it earlier). */
export function clauseEndAfter(text: string, offset: number, sentenceEnd: number): number {
  const match = CLAUSE_END.exec(text.slice(offset, sentenceEnd));
  return match ? offset + match.index : sentenceEnd;
}
