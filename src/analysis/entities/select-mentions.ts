import type { AnalysisEntity, Mention, Span } from '../../domain/analysis.ts';
import { normalizeAlias } from '../kb/normalize-alias.ts';
import { sentenceIndexAt } from '../text/split-sentences.ts';
import type { Candidate } from './candidate.ts';

/** What to drop: spans (boilerplate, benign indicators) and user-marked false positives (texts or entity ids). */
export type Exclusions = { readonly spans: readonly Span[]; readonly ignore: readonly string[] };

/**
 * Resolves overlapping candidates (longer span wins, then higher priority, then earlier), drops excluded ones,
 * and groups the rest into entities ordered by first mention, mentions in text order.
 */
export function selectMentions(
  text: string,
  candidates: readonly Candidate[],
  sentences: readonly Span[],
  exclusions: Exclusions,
): AnalysisEntity[] {
  const ignoredTexts = new Set(exclusions.ignore.map(normalizeAlias));
  const ignoredIds = new Set(exclusions.ignore);
  const taken = new Uint8Array(text.length + 1);
  for (const span of exclusions.spans) taken.fill(1, span.start, span.end);
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (ignoredIds.has(candidate.id) || isTaken(taken, candidate)) continue;
    const surface = text.slice(candidate.start, candidate.end);
    if (ignoredTexts.size > 0 && ignoredTexts.has(normalizeAlias(surface))) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
    for (const companion of candidate.companions ?? [])
      if (!ignoredIds.has(companion.id)) kept.push(companion);
  }
  kept.sort((a, b) => a.start - b.start);
  return group(text, kept, sentences);
}

function isTaken(taken: Uint8Array, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (taken[i]) return true;
  return false;
}

function group(text: string, kept: readonly Candidate[], sentences: readonly Span[]): AnalysisEntity[] {
  const byId = new Map<string, { head: Candidate; mentions: Mention[] }>();
  for (const candidate of kept) {
    const mention: Mention = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      sentence: sentenceIndexAt(sentences, candidate.start),
      rule: candidate.rule,
    };
    const existing = byId.get(candidate.id);
    if (existing) existing.mentions.push(mention);
    else byId.set(candidate.id, { head: candidate, mentions: [mention] });
  }
  return [...byId.values()].map(({ head, mentions }) => ({
    id: head.id,
    kind: head.kind,
    name: head.name,
    ...(head.type ? { type: head.type } : {}),
    ...(head.country ? { country: head.country } : {}),
    mentions,
  }));
}
