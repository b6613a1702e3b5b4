import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '../../ingest/feeds/index.ts';
import type { FeedChannel, FeedEntry } from './feed-model.ts';
import { renderJsonFeed } from './render-json-feed.ts';
import { renderRss } from './render-rss.ts';

const channel: FeedChannel = {
  title: 'Threatbrief & <friends>',
  homeUrl: 'https://brief.example/',
  feedUrl: 'https://brief.example/feeds/stories.xml',
  description: 'Stories "quoted"',
  language: 'en',
  updatedAt: '2026-03-02T10:00:00Z',
};
const entries: FeedEntry[] = [
  {
    url: 'https://brief.example/stories/1?a=1&b=2',
    title: '<script>alert(1)</script> Ransomware & more',
    summary: 'A hospital was hit. Bad \u0001 control char.',
    publishedAt: '2026-03-02T09:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    categories: ['Breaches and ransomware'],
  },
  {
    url: 'https://brief.example/stories/2',
    title: 'Plain',
    summary: '',
    publishedAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    categories: [],
  },
];

describe('feeds out', () => {
  for (const [name, text] of [
    ['RSS 2.0', renderRss(channel, entries)],
    ['JSON Feed 1.1', renderJsonFeed(channel, entries)],
  ] as const)
    it(`${name} reads back through our parser without warnings`, () => {
      const parsed = parseFeed(text, { baseUrl: channel.feedUrl });
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
      assert.deepEqual(parsed.value.warnings, []);
      // Readers (ours included) treat title text as possibly-HTML, so a literal "<friends>" is dropped.
      assert.match(parsed.value.title ?? '', /^Threatbrief &/);
      assert.deepEqual(
        parsed.value.items.map((i) => [
          i.url,
          i.title?.endsWith('Ransomware & more') ? 'ok' : i.title,
          i.publishedAt,
        ]),
        [
          ['https://brief.example/stories/1?a=1&b=2', 'ok', '2026-03-02T09:00:00.000Z'],
          ['https://brief.example/stories/2', 'Plain', '2026-03-01T09:00:00.000Z'],
        ],
      );
    });
});
