import type { EntityKind, EventArgument, Span } from '../../domain/analysis.ts';
import { type Doc, type EntityMention, mentionsIn } from './document.ts';

const ACTOR_ORDER: readonly EntityKind[] = [
  'threat-actor',
  'country',
  'organization',
  'person',
  'malware',
  'product',
  'vendor',
];

/** An attitude a noun phrase's post-modifier states ("journalists critical of the Chinese government"). */
const ATTITUDE_MODIFIER = /\s(?:critical|supportive|wary|loyal|opposed|hostile)\s+(?:of|to)\s/i;

/** Where the part of a noun phrase that can name its referent ends: before an attitude post-modifier. */
function headEnd(text: string, span: Span): number {
  const match = ATTITUDE_MODIFIER.exec(text.slice(span.start, span.end));
  return match ? span.start + match.index : span.end;
}

/** Builds an argument over `span`, linked to the best entity mention it is or contains (actors first). */
export function toArgument(doc: Doc, role: string, span: Span, kinds?: readonly EntityKind[]): EventArgument {
  const all = mentionsIn(doc, span.start, headEnd(doc.text, span));
  const inside = kinds ? all.filter((mention) => kinds.includes(mention.kind)) : all;
  const best = pickMention(inside);
  const text = doc.text.slice(span.start, span.end);
  return best
    ? { role, entity: best.id, start: span.start, end: span.end, text }
    : { role, start: span.start, end: span.end, text };
}

/** Builds arguments for every entity mention of the given kinds inside `span` (e.g. products named in an incident). */
export function mentionArguments(
  doc: Doc,
  role: string,
  span: Span,
  kinds: readonly EntityKind[],
): EventArgument[] {
  return mentionsIn(doc, span.start, span.end)
    .filter((mention) => kinds.includes(mention.kind))
    .map((mention) => mentionArgument(role, mention));
}

/** An argument that is exactly one entity mention. */
export function mentionArgument(role: string, mention: EntityMention): EventArgument {
  return { role, entity: mention.id, start: mention.start, end: mention.end, text: mention.text };
}

/** For agents that are agencies or officials of a state, the state itself as a second argument over the same span. */
export function stateArguments(role: string, mentions: readonly EntityMention[]): EventArgument[] {
  const out: EventArgument[] = [];
  for (const mention of mentions) {
    if (mention.country && mention.type === 'government-agency') {
      out.push({ role, entity: mention.country, start: mention.start, end: mention.end, text: mention.text });
    }
  }
  return out;
}

function pickMention(mentions: readonly EntityMention[]): EntityMention | undefined {
  let best: EntityMention | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const mention of mentions) {
    const rank = ACTOR_ORDER.indexOf(mention.kind);
    const effective = rank < 0 ? ACTOR_ORDER.length : rank;
    if (effective < bestRank) {
      best = mention;
      bestRank = effective;
    }
  }
  return best;
}

/** Removes duplicate arguments (same role, entity and span). */
export function dedupeArguments(args: readonly EventArgument[]): EventArgument[] {
  const seen = new Set<string>();
  return args.filter((arg) => {
    const key = `${arg.role}|${arg.entity ?? ''}|${arg.start}|${arg.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
