import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FeedDocument } from './feed-document.ts';
import { renderJsonFeed } from './render-json-feed.ts';

const feed: FeedDocument = {
  id: 'tag:tpd.example,2026:feed',
  title: 'Threat Post Daily',
  description: 'Daily',
  homeUrl: 'http://127.0.0.1:1/tpd/',
  feedUrl: 'http://127.0.0.1:1/tpd/feed.json',
  updated: '2026-03-14T09:30:00.000Z',
  entries: [
    {
      id: 'http://127.0.0.1:1/tpd/a.html',
      url: 'http://127.0.0.1:1/tpd/a.html?utm_source=rss',
      title: 'Title "quoted"',
      summary: 'Summary',
      contentHtml: '<p>Body</p>',
      author: 'Priya',
      publishedAt: '2026-03-14T08:05:09.000Z',
      tags: ['ddos'],
    },
    {
      id: 'http://127.0.0.1:1/tpd/b.html',
      url: 'http://127.0.0.1:1/tpd/b.html',
      title: 'Summary only',
      summary: 'Just this',
      contentHtml: undefined,
      author: 'Marcus',
      publishedAt: '2026-03-13T08:05:09.000Z',
      tags: [],
    },
  ],
};

it('renderJsonFeed writes JSON Feed 1.1 with RFC 3339 dates and content on every item', () => {
  const parsed: unknown = JSON.parse(renderJsonFeed(feed));
  assert.deepEqual(parsed, {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Threat Post Daily',
    home_page_url: 'http://127.0.0.1:1/tpd/',
    feed_url: 'http://127.0.0.1:1/tpd/feed.json',
    description: 'Daily',
    language: 'en',
    authors: [{ name: 'Threat Post Daily' }],
    items: [
      {
        id: 'http://127.0.0.1:1/tpd/a.html',
        url: 'http://127.0.0.1:1/tpd/a.html?utm_source=rss',
        title: 'Title "quoted"',
        summary: 'Summary',
        content_html: '<p>Body</p>',
        date_published: '2026-03-14T08:05:09Z',
        authors: [{ name: 'Priya' }],
        tags: ['ddos'],
      },
      {
        id: 'http://127.0.0.1:1/tpd/b.html',
        url: 'http://127.0.0.1:1/tpd/b.html',
        title: 'Summary only',
        summary: 'Just this',
        content_text: 'Just this',
        date_published: '2026-03-13T08:05:09Z',
        authors: [{ name: 'Marcus' }],
        tags: [],
      },
    ],
  });
});
