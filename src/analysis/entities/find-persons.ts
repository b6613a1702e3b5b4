import type { Span } from '../../domain/analysis.ts';
import { slugify } from '../../lib/slug.ts';
import { COMMON_WORDS } from '../kb/common-words.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import { type Candidate, PRIORITY } from './candidate.ts';
import { SPEECH_VERBS } from './person-patterns.ts';
import { compileTitles, findTitleEnds, type NameSequence, scanNames, type TitleTrie } from './scan-names.ts';

/**
 * Compiled person patterns; build once with `compilePersonPatterns` and reuse. `slugs` caches the id key of each
 * name met (the same names recur across documents).
 */
export type PersonPatterns = { readonly titles: TitleTrie; readonly slugs: Map<string, string> };

const SLUG_CACHE_LIMIT = 10_000;

type Found = { readonly sequence: NameSequence; readonly name: string; readonly rule: string };

const APPOSITIVE_WINDOW = 8;

/** Compiles the title phrases used to recognise people. */
export function compilePersonPatterns(): PersonPatterns {
  return { titles: compileTitles(tokenize), slugs: new Map() };
}

/**
 * Finds people named after a title ("President Joe Biden"), next to a verb of saying ("Jen Psaki said"), or
 * before an appositive role ("Antony Blinken, the secretary of state,"); then later full-name and
 * surname-only mentions ("Blinken said") of the same people. Words inside `occupied` spans are never names.
 */
export function findPersons(
  text: string,
  tokens: readonly Token[],
  patterns: PersonPatterns,
  occupied: readonly Span[],
): Candidate[] {
  const mask = new Uint8Array(text.length + 1);
  for (const span of occupied) mask.fill(1, span.start, span.end);
  const sequences = scanNames(tokens, mask);
  if (sequences.length === 0) return [];
  const titleEnds = findTitleEnds(tokens, patterns.titles);
  const found: Found[] = [];
  for (const sequence of sequences) {
    const rule = personRule(sequence, tokens, titleEnds);
    if (rule) found.push({ sequence, name: sequence.words.join(' '), rule });
  }
  if (found.length === 0) return [];
  const people = canonicalPeople(found);
  const candidates: Candidate[] = [];
  const foundStarts = new Set(found.map((item) => item.sequence.start));
  for (const item of found)
    candidates.push(toCandidate(item.sequence, people.get(item.name)!, item.rule, patterns.slugs));
  for (const sequence of sequences) {
    if (foundStarts.has(sequence.start)) continue;
    const surface = sequence.words.join(' ');
    const full = people.get(surface);
    if (full)
      candidates.push(
        toCandidate(sequence, full, surface.includes(' ') ? 'person:name' : 'coref:surname', patterns.slugs),
      );
  }
  return candidates;
}

function personRule(
  sequence: NameSequence,
  tokens: readonly Token[],
  titleEnds: ReadonlySet<number>,
): string | undefined {
  if (titleEnds.has(sequence.first - 1)) return 'person:title';
  if (sequence.words.length < 2 || sequence.words.every(isCommonWord)) return undefined;
  const before = tokens[sequence.first - 1];
  let after = tokens[sequence.last + 1];
  if (after?.text === ',') after = tokens[sequence.last + 2];
  if (SPEECH_VERBS.has(after?.norm ?? '') || SPEECH_VERBS.has(before?.norm ?? ''))
    return 'person:speech-verb';
  if (tokens[sequence.last + 1]?.text !== ',') return undefined;
  for (let k = sequence.last + 2; k <= sequence.last + 1 + APPOSITIVE_WINDOW; k++) {
    const token = tokens[k];
    if (!token || token.text === ',' || token.text === '.' || token.text === ';') break;
    if (titleEnds.has(k)) return 'person:appositive';
  }
  return undefined;
}

function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMON_WORDS.has(lower) || (lower.endsWith('s') && COMMON_WORDS.has(lower.slice(0, -1)));
}

/** Maps every surface (full name and, when unambiguous, surname) to the canonical full name. */
function canonicalPeople(found: readonly Found[]): Map<string, string> {
  const fullNames = [...new Set(found.map((item) => item.name).filter((name) => name.includes(' ')))];
  const surnameOwners = new Map<string, string[]>();
  for (const name of fullNames) {
    const surname = name.split(' ').at(-1)!;
    surnameOwners.set(surname, [...(surnameOwners.get(surname) ?? []), name]);
  }
  const people = new Map<string, string>();
  for (const name of fullNames) people.set(name, name);
  for (const [surname, owners] of surnameOwners) if (owners.length === 1) people.set(surname, owners[0]!);
  for (const item of found) if (!people.has(item.name)) people.set(item.name, item.name);
  return people;
}

function toCandidate(
  sequence: NameSequence,
  fullName: string,
  rule: string,
  slugs: Map<string, string>,
): Candidate {
  let slug = slugs.get(fullName);
  if (slug === undefined) {
    slug = slugify(fullName);
    if (slugs.size >= SLUG_CACHE_LIMIT) slugs.clear();
    slugs.set(fullName, slug);
  }
  return {
    start: sequence.start,
    end: sequence.end,
    id: `person:${slug}`,
    kind: 'person',
    name: fullName,
    rule,
    priority: rule.startsWith('coref') ? PRIORITY.coref : PRIORITY.person,
  };
}
