import type { Span } from '../../domain/analysis.ts';
import type { Token } from '../text/tokenize.ts';
import { type Doc, lowerBound } from './document.ts';

/** Words that end a noun phrase: clause openers, prepositions (other than "of"), auxiliaries and speech verbs. */
const STOP_WORDS = new Set(
  (
    'who which that whose whom to for in on over with by from after before as at since between while because ' +
    'including amid under into against following during through via about across and or but nor than ' +
    'is are was were be been being has have had will would could should may might can do does did said says ' +
    'say told tells added according if when where why how after also not allegedly reportedly reported ' +
    'claimed accused charged denied arrested sanctioned warned urged targeted seized'
  ).split(' '),
);
const TIME_WORDS = new Set([
  'this',
  'last',
  'next',
  'yesterday',
  'today',
  'earlier',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
const LEADING_SKIP = new Set(['the', 'a', 'an']);
const MAX_TOKENS = 10;

/** The token index at or after `offset`. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  return lowerBound(doc.tokens, offset);
}

/**
 * Chunks a noun phrase starting at the first token at or after `offset` and before `limit`: determiners are kept,
 * the phrase stops at punctuation, a stop word or MAX_TOKENS; returns undefined when nothing nominal follows.
 */
export function nounPhraseAt(doc: Doc, offset: number, limit: number): Span | undefined {
  const tokens = doc.tokens;
  let i = tokenIndexAt(doc, offset);
  const first = i;
  let last = -1;
  let ofCount = 0;
  for (; i < tokens.length && i - first < MAX_TOKENS; i++) {
    const token = tokens[i]!;
    if (token.end > limit) break;
    if (!token.word) {
      if (isInnerPunctuation(token, tokens[i + 1], doc.text)) continue;
      break;
    }
    if (token.norm === 'of') {
      if (last < 0 || ofCount > 0 || !ofContinues(tokens[last]!, tokens[i + 1])) break;
      ofCount++;
      continue;
    }
    if (STOP_WORDS.has(token.norm) && !(i === first && LEADING_SKIP.has(token.norm))) break;
    if (i > first && TIME_WORDS.has(token.norm)) break;
    last = i;
  }
  if (last < 0) return undefined;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  if (end - start < 2 && !/\p{Lu}|\d/u.test(doc.text.slice(start, end))) return undefined;
  if (LEADING_SKIP.has(tokens[last]!.norm)) return undefined;
  return { start, end };
}

/** Chunks a coordinated list of noun phrases ("US companies, universities and government agencies"). */
export function nounPhraseListAt(doc: Doc, offset: number, limit: number): Span[] {
  const items: Span[] = [];
  let cursor = offset;
  for (let guard = 0; guard < 8; guard++) {
    const phrase = nounPhraseAt(doc, cursor, limit);
    if (!phrase) break;
    items.push(phrase);
    const rest = doc.text.slice(phrase.end, Math.min(limit, phrase.end + 8));
    const joiner = /^(?:,\s*(?:and|or)\s+|\s+(?:and|or)\s+|,\s*)/.exec(rest);
    if (!joiner) break;
    cursor = phrase.end + joiner[0].length;
  }
  return items;
}

function isInnerPunctuation(token: Token, next: Token | undefined, text: string): boolean {
  // Hyphens, apostrophes and dots glued between words ("co-ordinated", "People's", "U.S.") stay inside.
  if (!next || token.spaceBefore || next.spaceBefore) return false;
  return /^[-'\u2019.&/]$/.test(text.slice(token.start, token.end));
}

function ofContinues(previous: Token, next: Token | undefined): boolean {
  // "thousands of email accounts" continues; "China of masterminding" does not.
  return /^\p{Ll}/u.test(previous.text) && next?.word === true && !/ing$/.test(next.norm);
}
