import { arr, envelope, ref, SCHEMAS } from './schemas.ts';

type Param = { name: string; in: 'query' | 'path'; description: string; schema: object; required?: boolean };

const q = (name: string, description: string, schema: object = { type: 'string' }): Param => ({
  name,
  in: 'query',
  description,
  schema,
});
const path = (name: string, description: string, schema: object = { type: 'string' }): Param => ({
  name,
  in: 'path',
  description,
  schema,
  required: true,
});
const limit = (max: number) =>
  q('limit', `page size, 1 to ${max}`, { type: 'integer', minimum: 1, maximum: max });
const cursor = q('cursor', 'next_cursor of the previous page');
const range = [
  q('from', 'first day (YYYY-MM-DD, UTC), inclusive', { type: 'string', format: 'date' }),
  q('to', 'last day (YYYY-MM-DD, UTC), inclusive', { type: 'string', format: 'date' }),
];
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errors = {
  '400': { description: 'malformed parameter', ...json(ref('Error')) },
  '404': { description: 'not found', ...json(ref('Error')) },
};
const admin = [{ adminToken: [] }];

function get(summary: string, parameters: Param[], schema: object) {
  return {
    get: { summary, parameters, responses: { '200': { description: 'OK', ...json(schema) }, ...errors } },
  };
}

/** The OpenAPI 3.1 document of /api/v1, built once per app; `serverUrl` is the public base URL. */
export function openApiDocument(serverUrl: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Threatbrief API',
      version: '1.0.0',
      description:
        'Cyber news merged into stories and analysed for entities, events and quotes. Lists are newest first and paged with `cursor` = the previous `next_cursor`. Errors answer `{"error": {"code", "message"}}`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer', description: 'adminToken from the config' },
      },
    },
    paths: {
      '/api/v1/stories': get(
        'Stories, newest first',
        [
          limit(100),
          cursor,
          q('section', 'digest section'),
          q('entity', 'entity id, e.g. country:CN'),
          ...range,
        ],
        envelope(arr(ref('Story')), true),
      ),
      '/api/v1/stories/{id}': get(
        'One story with text, entities, events, quotes and related stories',
        [path('id', 'story id', { type: 'integer' })],
        envelope(ref('StoryDetail'), false),
      ),
      '/api/v1/entities': get(
        'Entities by number of stories',
        [limit(1000), cursor, q('kind', 'entity kind')],
        envelope(arr(ref('Entity')), true),
      ),
      '/api/v1/entities/{id}': get(
        'One entity with KB facts, timeline, co-occurring entities and stories',
        [path('id', 'entity id, e.g. country:CN')],
        envelope(ref('EntityDetail'), false),
      ),
      '/api/v1/events': get(
        'Events, newest first',
        [
          limit(200),
          cursor,
          q('type', 'event type (repeatable)'),
          q('entity', 'entity id in any argument'),
          q('role', 'argument role of entity'),
          q('story', 'story id', { type: 'integer' }),
          q('stance', 'asserted | denied | possible | reported'),
          ...range,
        ],
        envelope(arr(ref('Event')), true),
      ),
      '/api/v1/attributions': get(
        'The attribution ledger: attributions, denials, responsibility claims',
        [
          limit(200),
          cursor,
          q('accuser', 'entity id'),
          q('accused', 'entity id'),
          q('type', 'attribution | denial | responsibility-claim (repeatable)'),
          q('stance', 'stance'),
          ...range,
        ],
        envelope(arr(ref('Attribution')), true),
      ),
      '/api/v1/attributions/matrix': get(
        'Accuser × accused counts',
        [...range],
        envelope(arr(ref('MatrixCell')), false),
      ),
      '/api/v1/search': get(
        'Full-text search over stories with facets and highlighted snippets',
        [
          { ...q('q', 'words, prefix*, "phrases"'), required: true },
          limit(50),
          cursor,
          q('entity', 'entity id (repeatable)'),
          q('kind', 'entity kind (repeatable)'),
          q('type', 'event type (repeatable)'),
          q('source', 'outlet host (repeatable)'),
          ...range,
        ],
        ref('SearchResult'),
      ),
      '/api/v1/sources': {
        ...get('Polled sources with health', [], envelope(arr(ref('Source')), false)),
        post: {
          summary: 'Add a source (admin)',
          security: admin,
          requestBody: json({
            type: 'object',
            properties: { url: { type: 'string' }, name: { type: 'string' } },
            required: ['url'],
          }),
          responses: {
            '201': { description: 'added', ...json(envelope(ref('Source'), false)) },
            '200': { description: 'already there', ...json(envelope(ref('Source'), false)) },
            '401': { description: 'bad token', ...json(ref('Error')) },
            '403': { description: 'admin disabled', ...json(ref('Error')) },
          },
        },
      },
      '/api/v1/sources/{id}': {
        delete: {
          summary: 'Remove a source (admin)',
          security: admin,
          parameters: [path('id', 'source id', { type: 'integer' })],
          responses: { '204': { description: 'removed' }, ...errors },
        },
      },
      '/api/v1/kb/ignore': {
        get: {
          summary: 'Ignored texts (admin)',
          security: admin,
          responses: { '200': { description: 'OK', ...json(envelope(arr({ type: 'string' }), false)) } },
        },
        post: {
          summary: 'Mark a text as a false positive (admin)',
          security: admin,
          requestBody: json({ type: 'object', properties: { text: { type: 'string' } }, required: ['text'] }),
          responses: { '201': { description: 'added', ...json(envelope(arr({ type: 'string' }), false)) } },
        },
      },
      '/api/v1/digests': get('Digest archive', [], envelope(arr(ref('DigestSummary')), false)),
      '/api/v1/digests/{date}': get(
        'One digest',
        [path('date', 'YYYY-MM-DD', { type: 'string', format: 'date' })],
        envelope(ref('Digest'), false),
      ),
    },
  };
}
