import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Story } from '../../domain/story.ts';
import { toDigestDto } from './digest-dto.ts';
import { groupBySection } from './group-by-section.ts';
import { entityPath, highlightSegments } from './highlight.ts';
import { keyEntities } from './key-entities.ts';
import { toSourceDto } from './source-dto.ts';
import { toStoryDetailDto } from './story-detail-dto.ts';

const mention = (start: number, end: number, text: string) => ({ start, end, text, sentence: 0, rule: 'r' });

describe('highlightSegments', () => {
  const text = 'Title\n\nNATO said China did it.';
  const entities = [
    { id: 'org:nato', kind: 'organization', name: 'NATO', mentions: [mention(7, 11, 'NATO')] },
    {
      id: 'country:CN',
      kind: 'country',
      name: 'China',
      mentions: [mention(17, 22, 'China'), mention(0, 5, 'Title')],
    },
    {
      id: 'x:overlap',
      kind: 'tool',
      name: 'X',
      mentions: [mention(8, 14, 'ATO sa'), mention(25, 99, 'bad')],
    },
  ];

  it('splits text into runs and mentions, dropping overlaps and out-of-range spans', () => {
    const segments = highlightSegments(text, entities, { from: 7 });
    assert.deepEqual(
      segments.map((s) => (s.kind === 'text' ? s.text : `[${s.entityId}:${s.text}]`)),
      ['[org:nato:NATO]', ' said ', '[country:CN:China]', ' did it.'],
    );
    assert.equal(segments.map((s) => s.text).join(''), text.slice(7));
  });

  it('keeps ids readable in paths while escaping slashes', () => {
    assert.equal(entityPath('country:CN'), '/entities/country:CN');
    assert.equal(
      entityPath('indicator:url:https://a.example/x'),
      '/entities/indicator:url:https:%2F%2Fa.example%2Fx',
    );
  });
});

describe('groupBySection and keyEntities', () => {
  it('orders sections, skips empty ones and files unknown sections under other', () => {
    const groups = groupBySection(['other', 'bogus', 'breaches', 'attributions', 'breaches'], (s) => s);
    assert.deepEqual(
      groups.map((g) => [g.section, g.items.length]),
      [
        ['attributions', 1],
        ['breaches', 2],
        ['other', 2],
      ],
    );
  });

  it('ranks entities by content mentions, ignoring boilerplate', () => {
    const analysis: Analysis = {
      title: null,
      language: 'en',
      text_length: 100,
      boilerplate: [{ start: 50, end: 100 }],
      entities: [
        {
          id: 'org:outlet',
          kind: 'organization',
          name: 'Outlet',
          mentions: [mention(60, 66, 'Outlet'), mention(70, 76, 'Outlet')],
        },
        { id: 'country:CN', kind: 'country', name: 'China', mentions: [mention(10, 15, 'China')] },
        { id: 'country:US', kind: 'country', name: 'US', mentions: [mention(1, 3, 'US')] },
      ],
      events: [],
      quotes: [],
    };
    assert.deepEqual(
      keyEntities(analysis).map((e) => e.id),
      ['country:US', 'country:CN'],
    );
  });
});

describe('DTOs', () => {
  const story: Story = {
    id: 7,
    title: 'T',
    section: 'advisories',
    representativeArticleId: 2,
    articleCount: 2,
    outletCount: 2,
    firstSeenAt: '2026-01-01T08:00:00Z',
    lastSeenAt: '2026-01-01T09:00:00Z',
  };
  const article = (id: number, outlet: string, publishedAt: string) =>
    ({
      id,
      title: 'T',
      text: 'Body',
      outlet,
      url: `https://${outlet}/`,
      publishedAt,
      language: 'en',
    }) as Article;

  it('builds a story detail with first reporter and representative text', () => {
    const dto = toStoryDetailDto(
      story,
      [article(3, 'b.example', '2026-01-01T09:00:00Z'), article(2, 'a.example', '2026-01-01T08:00:00Z')],
      undefined,
      [{ id: 'country:CN', kind: 'country', name: 'China', mentionCount: 2 }],
    );
    assert.equal(dto.section_title, 'Advisories');
    assert.equal(dto.first_reporter?.outlet, 'a.example');
    assert.deepEqual(
      dto.outlets.map((o) => o.article_id),
      [2, 3],
    );
    assert.deepEqual(dto.representative, {
      article_id: 2,
      outlet: 'a.example',
      url: 'https://a.example/',
      language: 'en',
      text: 'T\n\nBody',
      body_start: 3,
    });
    assert.deepEqual(dto.entities, [
      { id: 'country:CN', kind: 'country', name: 'China', mention_count: 2, mentions: [] },
    ]);
  });

  it('maps digests and sources to snake_case', () => {
    const digest = toDigestDto({
      date: 'd',
      timezone: 'UTC',
      subject: 's',
      html: 'h',
      text: 't',
      storyCount: 1,
      createdAt: 'c',
    });
    assert.deepEqual(Object.keys(digest).sort(), [
      'created_at',
      'date',
      'html',
      'path',
      'story_count',
      'subject',
      'text',
      'timezone',
    ]);
    const source = toSourceDto({
      id: 1,
      url: 'u',
      name: 'n',
      etag: '"e"',
      lastModified: null,
      lastFetchedAt: null,
      lastSuccessAt: null,
      lastErrorCode: 'http_404',
      lastErrorMessage: 'gone',
      consecutiveFailures: 2,
      nextPollAt: null,
      createdAt: 'c',
    });
    assert.equal(source.failing, true);
    assert.equal(source.last_error_code, 'http_404');
    assert.ok(!('etag' in source));
  });
});
