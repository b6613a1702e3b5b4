import type { EventRecord } from '../../domain/event-record.ts';
import { entityPath } from './highlight.ts';

/** One argument of an event: its role, the evidence text and the entity it resolves to, when known. */
export type EventArgumentDto = {
  readonly role: string;
  readonly text: string;
  readonly entity: string | null;
  readonly entity_name: string | null;
  readonly entity_path: string | null;
};

/** An event as the API and ledger list it, with its evidence sentence and story. */
export type EventDto = {
  readonly id: number;
  readonly type: string;
  readonly stance: string;
  readonly realis: string;
  readonly trigger: string;
  readonly sentence: string;
  readonly confidence: number;
  readonly rule: string | null;
  readonly published_at: string;
  readonly article_id: number;
  readonly story_id: number | null;
  readonly story_path: string | null;
  readonly arguments: EventArgumentDto[];
};

/** The stored-event shape this module reads. */
export type EventInput = EventRecord;

/** The JSON form of a stored event; `names` maps entity ids to display names. */
export function toEventDto(event: EventInput, names: ReadonlyMap<string, string>): EventDto {
  return {
    id: event.id,
    type: event.type,
    stance: event.stance,
    realis: event.realis,
    trigger: event.triggerText,
    sentence: event.sentenceText,
    confidence: event.confidence,
    rule: event.rule,
    published_at: event.publishedAt,
    article_id: event.articleId,
    story_id: event.storyId,
    story_path: event.storyId === null ? null : `/stories/${event.storyId}`,
    arguments: event.arguments.map((a) => ({
      role: a.role,
      text: a.text,
      entity: a.entityId,
      entity_name: a.entityId ? (names.get(a.entityId) ?? null) : null,
      entity_path: a.entityId ? entityPath(a.entityId) : null,
    })),
  };
}

/** A party named in an attribution: resolved entity when known, else the evidence text only. */
export type PartyDto = { readonly id: string | null; readonly name: string; readonly path: string | null };

/** An attribution-ledger row: who blames whom (with supporters), how firmly, and the evidence. */
export type AttributionDto = EventDto & {
  readonly accusers: PartyDto[];
  readonly accused: PartyDto[];
  readonly supporters: PartyDto[];
  readonly deniers: PartyDto[];
};

function parties(event: EventDto, roles: readonly string[]): PartyDto[] {
  return event.arguments
    .filter((a) => roles.includes(a.role))
    .map((a) => ({ id: a.entity, name: a.entity_name ?? a.text, path: a.entity_path }));
}

/** The ledger form of an attribution, denial or responsibility-claim event. */
export function toAttributionDto(event: EventInput, names: ReadonlyMap<string, string>): AttributionDto {
  const dto = toEventDto(event, names);
  return {
    ...dto,
    accusers: parties(dto, ['accuser', 'claimant']),
    accused: parties(dto, ['accused']),
    supporters: parties(dto, ['supporter']),
    deniers: parties(dto, ['denier']),
  };
}

/** Entity ids an event's arguments refer to (for one name lookup over a page of events). */
export function eventEntityIds(events: readonly EventInput[]): string[] {
  return events.flatMap((e) => e.arguments.flatMap((a) => (a.entityId ? [a.entityId] : [])));
}
