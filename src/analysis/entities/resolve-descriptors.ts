import type { KnowledgeBase } from '../kb/kb-types.ts';
import { type Candidate, PRIORITY } from './candidate.ts';

/** A descriptive reference: phrase (regex source, after "the"/"its"), ids it may refer to, and a default. */
type Descriptor = {
  readonly phrase: string;
  readonly candidates: readonly string[];
  readonly fallback?: string;
};

/** Descriptive references resolved to an entity mentioned earlier ("the Brussels-based body" -> NATO or the EU). */
const DESCRIPTORS: readonly Descriptor[] = [
  {
    phrase: '(?:transatlantic|trans-atlantic|north atlantic|western military) alliance',
    candidates: ['org:nato'],
    fallback: 'org:nato',
  },
  {
    phrase: 'brussels-based (?:body|alliance|organi[sz]ation|bloc|group)',
    candidates: ['org:nato', 'org:eu'],
  },
  { phrase: '(?:27-member |european |eu )?bloc', candidates: ['org:eu', 'org:asean'] },
  { phrase: '(?:military |defen[cs]e )?alliance', candidates: ['org:nato', 'org:five-eyes', 'org:aukus'] },
  { phrase: 'intelligence(?:-sharing)? alliance', candidates: ['org:five-eyes'], fallback: 'org:five-eyes' },
  { phrase: 'bureau', candidates: ['org:fbi'] },
  {
    phrase: 'redmond(?:-based)? (?:company|firm|giant|tech giant)',
    candidates: ['org:microsoft'],
    fallback: 'org:microsoft',
  },
  { phrase: 'windows maker', candidates: ['org:microsoft'], fallback: 'org:microsoft' },
  { phrase: 'iphone maker', candidates: ['org:apple'], fallback: 'org:apple' },
  { phrase: '(?:search|internet) giant', candidates: ['org:google'] },
];

/** Compiled descriptor matcher; build once and reuse. */
export type DescriptorMatcher = { readonly regex: RegExp; readonly descriptors: readonly Descriptor[] };

/** Compiles the descriptor table into one regex with a capture group per descriptor. */
export function compileDescriptors(): DescriptorMatcher {
  const body = DESCRIPTORS.map((descriptor) => `(${descriptor.phrase})`).join('|');
  return { regex: new RegExp(`\\b(?:the|its|this|that)\\s+(?:${body})\\b`, 'gi'), descriptors: DESCRIPTORS };
}

/**
 * Resolves descriptive references to the nearest earlier mention among the descriptor's candidate ids, or to
 * its fallback; the mention span excludes the determiner ("transatlantic alliance"). Rule `coref:descriptor`.
 */
export function resolveDescriptors(
  text: string,
  matcher: DescriptorMatcher,
  earlier: readonly Candidate[],
  kb: KnowledgeBase,
): Candidate[] {
  const resolved: Candidate[] = [];
  for (const match of text.matchAll(matcher.regex)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const descriptor = matcher.descriptors[index];
    const phrase = match[index + 1];
    if (!descriptor || !phrase) continue;
    const start = match.index + match[0].length - phrase.length;
    const id = nearestBefore(start, descriptor.candidates, earlier) ?? descriptor.fallback;
    const entry = id ? kb.byId.get(id) : undefined;
    if (!entry) continue;
    resolved.push({
      start,
      end: start + phrase.length,
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      rule: 'coref:descriptor',
      priority: PRIORITY.coref,
      ...(entry.type ? { type: entry.type } : {}),
      ...(entry.country ? { country: entry.country } : {}),
    });
  }
  return resolved;
}

function nearestBefore(
  offset: number,
  ids: readonly string[],
  earlier: readonly Candidate[],
): string | undefined {
  let best: Candidate | undefined;
  for (const candidate of earlier) {
    if (candidate.end <= offset && ids.includes(candidate.id) && (!best || candidate.start > best.start))
      best = candidate;
  }
  return best?.id;
}
