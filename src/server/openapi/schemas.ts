/** JSON Schema (2020-12, as OpenAPI 3.1 uses it) of every DTO the API returns, keyed by component name. */
type Schema = Record<string, unknown>;

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const int = { type: 'integer' };
const num = { type: 'number' };
const bool = { type: 'boolean' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arr = (items: Schema) => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  required,
});
const span = obj({ start: int, end: int });

export const SCHEMAS: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str, message: str }) }),
  Outlet: obj({ article_id: int, outlet: str, title: str, url: str, published_at: str }),
  EntityRef: obj({ id: str, kind: str, name: str, mention_count: int }),
  Story: obj({
    id: int,
    title: str,
    section: str,
    section_title: str,
    article_count: int,
    outlet_count: int,
    first_seen_at: str,
    last_seen_at: str,
    path: str,
    outlets: arr(ref('Outlet')),
    entities: arr(ref('EntityRef')),
  }),
  Mention: obj({ start: int, end: int, text: str, sentence: int, rule: str }),
  StoryEntity: obj({ id: str, kind: str, name: str, mention_count: int, mentions: arr(ref('Mention')) }),
  StoryEvent: obj({
    type: str,
    stance: str,
    realis: str,
    confidence: num,
    rule: strOrNull,
    trigger: obj({ start: int, end: int, text: str }),
    sentence: span,
    arguments: arr(
      obj({
        role: str,
        start: int,
        end: int,
        text: str,
        entity: strOrNull,
        entity_name: strOrNull,
        entity_path: strOrNull,
      }),
    ),
  }),
  Quote: obj({
    start: int,
    end: int,
    text: str,
    confidence: num,
    speaker: strOrNull,
    speaker_name: strOrNull,
    speaker_path: strOrNull,
  }),
  StoryDetail: {
    allOf: [
      { ...ref('Story') },
      obj({
        first_reporter: { oneOf: [ref('Outlet'), { type: 'null' }] },
        representative: {
          oneOf: [
            obj({ article_id: int, outlet: str, url: str, language: strOrNull, text: str, body_start: int }),
            { type: 'null' },
          ],
        },
        entities: arr(ref('StoryEntity')),
        events: arr(ref('StoryEvent')),
        quotes: arr(ref('Quote')),
        related: arr(ref('Story')),
      }),
    ],
  },
  Entity: obj({ id: str, kind: str, name: str, story_count: int, mention_count: int, path: str }),
  EntityDetail: obj({
    id: str,
    kind: str,
    name: str,
    path: str,
    facts: obj({
      aliases: arr(str),
      country: strOrNull,
      country_name: strOrNull,
      type: strOrNull,
      description: strOrNull,
      members: arr(str),
      vendor: strOrNull,
      kb_source: strOrNull,
    }),
    timeline: arr(obj({ day: str, count: int })),
    co_occurring: arr(obj({ id: str, kind: str, name: str, story_count: int, path: str })),
    ledger: obj({ accuser: int, accused: int, supporter: int, denier: int }),
    stories: arr(ref('Story')),
  }),
  EventArgument: obj({
    role: str,
    text: str,
    entity: strOrNull,
    entity_name: strOrNull,
    entity_path: strOrNull,
  }),
  Event: obj({
    id: int,
    type: str,
    stance: str,
    realis: str,
    trigger: str,
    sentence: str,
    confidence: num,
    rule: strOrNull,
    published_at: str,
    article_id: int,
    story_id: { type: ['integer', 'null'] },
    story_path: strOrNull,
    arguments: arr(ref('EventArgument')),
  }),
  Party: obj({ id: strOrNull, name: str, path: strOrNull }),
  Attribution: {
    allOf: [
      ref('Event'),
      obj({
        accusers: arr(ref('Party')),
        accused: arr(ref('Party')),
        supporters: arr(ref('Party')),
        deniers: arr(ref('Party')),
      }),
    ],
  },
  MatrixCell: obj({
    accuser: obj({ id: str, name: str, path: str }),
    accused: obj({ id: str, name: str, path: str }),
    count: int,
  }),
  Facet: obj({ value: str, label: str, count: int }),
  SearchHit: obj({
    story: ref('Story'),
    article_id: int,
    score: num,
    snippet: obj({ text: str, highlights: arr(span) }),
  }),
  SearchResult: obj({
    query: str,
    total_articles: int,
    total_capped: bool,
    story_count: int,
    data: arr(ref('SearchHit')),
    facets: obj({
      entity_kinds: arr(ref('Facet')),
      entities: arr(ref('Facet')),
      event_types: arr(ref('Facet')),
      sources: arr(ref('Facet')),
    }),
    next_cursor: strOrNull,
  }),
  Source: obj({
    id: int,
    name: str,
    url: str,
    failing: bool,
    consecutive_failures: int,
    last_error_code: strOrNull,
    last_error_message: strOrNull,
    last_fetched_at: strOrNull,
    last_success_at: strOrNull,
    next_poll_at: strOrNull,
    created_at: str,
  }),
  DigestSummary: obj({ date: str, subject: str, story_count: int, path: str }),
  Digest: {
    allOf: [ref('DigestSummary'), obj({ timezone: str, created_at: str, html: str, text: str })],
  },
};

/** A `{data: …}` envelope schema, with `next_cursor` when paged. */
export function envelope(data: Schema, paged: boolean): Schema {
  return paged ? obj({ data, next_cursor: strOrNull }) : obj({ data });
}

export { arr, ref };
