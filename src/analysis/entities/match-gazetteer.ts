import type { Span } from '../../domain/analysis.ts';
import { COMMON_WORDS } from '../kb/common-words.ts';
import type { KbEntry, KnowledgeBase } from '../kb/kb-types.ts';
import { normalizeAlias } from '../kb/normalize-alias.ts';
import { sentenceIndexAt } from '../text/split-sentences.ts';
import type { Token } from '../text/tokenize.ts';
import { type Candidate, PRIORITY } from './candidate.ts';
import { hasContextCue } from './context-cues.ts';
import { startsAlias, type Terminal, type TrieNode } from './gazetteer-trie.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Gazetteer output: accepted mentions, and spans consumed by blocker phrases. */
export type GazetteerMatches = { readonly candidates: Candidate[]; readonly blocked: Span[] };

/**
 * Leftmost-longest dictionary matching of token sequences against the trie: respects word boundaries, the
 * whitespace pattern and case rule of each alias, and requires context cues for contextual aliases.
 */
export function matchGazetteer(
  tokens: readonly Token[],
  trie: TrieNode,
  kb: KnowledgeBase,
  sentences: readonly Span[],
): GazetteerMatches {
  const candidates: Candidate[] = [];
  const blocked: Span[] = [];
  // Contextual aliases seen without a cue: they count when the same entity is confirmed elsewhere in the text.
  const uncued: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let node = first.word && startsAlias(trie, first.norm) ? trie.next?.get(first.norm) : undefined;
    let best: Match | undefined;
    let j = i;
    while (node) {
      const terminal = node.terminals ? pick(node.terminals, tokens, i, j, sentences, uncued) : undefined;
      if (terminal) best = { first: i, last: j, terminal };
      j++;
      const next = tokens[j];
      if (!next || next.breakBefore) break;
      node = node.next?.get(next.norm);
    }
    if (!best) {
      i++;
      continue;
    }
    const { id, kind } = best.terminal;
    if (id === null || kind === null) blocked.push({ start: first.start, end: tokens[best.last]!.end });
    else candidates.push(toCandidate(best, tokens, kb));
    i = best.last + 1;
  }
  if (uncued.length > 0) addConfirmed(uncued, candidates, tokens, kb);
  return { candidates, blocked };
}

type Match = { readonly first: number; readonly last: number; readonly terminal: Terminal };

/**
 * One sense per discourse: a contextual alias without a cue ("Rotexy intercepts SMS messages") still names the
 * entity when another mention of that entity in the text had one ("the Rotexy banking trojan"). Candidates only;
 * overlaps with other matches are resolved later by span length.
 */
function addConfirmed(
  uncued: readonly Match[],
  candidates: Candidate[],
  tokens: readonly Token[],
  kb: KnowledgeBase,
): void {
  const confirmed = new Set<string>();
  for (const candidate of candidates) confirmed.add(candidate.id);
  let last = -1;
  for (const match of uncued) {
    // One candidate per start token: the first (best-ranked, shortest) owner confirmed elsewhere.
    if (match.first === last || !confirmed.has(match.terminal.id!)) continue;
    last = match.first;
    candidates.push(toCandidate(match, tokens, kb));
  }
}

function toCandidate(match: Match, tokens: readonly Token[], kb: KnowledgeBase): Candidate {
  const start = tokens[match.first]!.start;
  const end = tokens[match.last]!.end;
  const { rule, priority } = match.terminal;
  const id = match.terminal.id!;
  const kind = match.terminal.kind!;
  const entry = kb.byId.get(id)!;
  const companion = vendorInside(entry, tokens, match.first, match.last, kb);
  const name = entry.name;
  // Built field by field (same key order as a spread literal, which is several times slower here).
  const candidate: Mutable<Candidate> = companion
    ? { companions: [companion], start, end, id, kind, name, rule, priority }
    : { start, end, id, kind, name, rule, priority };
  if (entry.type) candidate.type = entry.type;
  if (entry.country) candidate.country = entry.country;
  return candidate;
}

/** The vendor named at the start of a product mention ("Microsoft" in "Microsoft Exchange Server"). */
function vendorInside(
  entry: KbEntry,
  tokens: readonly Token[],
  first: number,
  last: number,
  kb: KnowledgeBase,
): Candidate | undefined {
  const vendor = entry.vendor ? kb.byId.get(entry.vendor) : undefined;
  if (!vendor) return undefined;
  const key = normalizeAlias(vendor.name);
  let surface = '';
  for (let k = first; k < last; k++) {
    surface = surface ? `${surface} ${tokens[k]!.norm}` : tokens[k]!.norm;
    if (surface === key) {
      return {
        start: tokens[first]!.start,
        end: tokens[k]!.end,
        id: vendor.id,
        kind: vendor.kind,
        name: vendor.name,
        rule: 'gazetteer:product-vendor',
        priority: PRIORITY.gazetteer,
        ...(vendor.type ? { type: vendor.type } : {}),
        ...(vendor.country ? { country: vendor.country } : {}),
      };
    }
    if (surface.length > key.length) return undefined;
  }
  return undefined;
}

function pick(
  terminals: readonly Terminal[],
  tokens: readonly Token[],
  first: number,
  last: number,
  sentences: readonly Span[],
  uncued: Match[],
): Terminal | undefined {
  for (const terminal of terminals) {
    if (!sameSpacing(terminal, tokens, first, last) || !caseFits(terminal, tokens, first)) continue;
    if (
      terminal.contextual &&
      terminal.kind !== null &&
      !(terminal.attested && shouted(tokens, first, last))
    ) {
      const sentence = sentences[sentenceIndexAt(sentences, tokens[first]!.start)] ?? {
        start: 0,
        end: Infinity,
      };
      if (!hasContextCue(tokens, first, last, terminal.kind, sentence)) {
        // A common word ("Defender") or a lower-case name ("sihost", a process) needs its cue at every use.
        if (confirmable(tokens, first, last)) uncued.push({ first, last, terminal });
        continue;
      }
    }
    return terminal;
  }
  return undefined;
}

/** True when a name can borrow a cue from another mention: capitalised and more than one common word. */
function confirmable(tokens: readonly Token[], first: number, last: number): boolean {
  if (!/\p{Lu}/u.test(tokens[first]!.text)) return false;
  return first !== last || !COMMON_WORDS.has(tokens[first]!.norm);
}

/** True when the span is written in capitals with at least four letters ("PLATINUM"), as report authors name groups. */
function shouted(tokens: readonly Token[], first: number, last: number): boolean {
  let letters = 0;
  for (let k = first; k <= last; k++) {
    const text = tokens[k]!.text;
    if (text !== text.toUpperCase()) return false;
    letters += text.replace(/[^\p{L}]/gu, '').length;
  }
  return letters >= 4;
}

function sameSpacing(terminal: Terminal, tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++)
    if (tokens[k]!.spaceBefore !== terminal.spaces[k - first]) return false;
  return true;
}

/** Exact aliases match only their own case; name aliases need each capitalised alias word capitalised in the text. */
function caseFits(terminal: Terminal, tokens: readonly Token[], first: number): boolean {
  if (terminal.mode === 'any') return true;
  for (let k = 0; k < terminal.surface.length; k++) {
    const expected = terminal.surface[k]!;
    const actual = tokens[first + k]!.text;
    if (terminal.mode === 'exact') {
      if (expected !== actual) return false;
    } else if (isUpper(expected[0]!) && !isUpper(actual[0]!)) return false;
  }
  return true;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}
