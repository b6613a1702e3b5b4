import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FeedDocument } from './feed-document.ts';
import { renderRss } from './render-rss.ts';

const feed: FeedDocument = {
  id: 'tag:x.example,2026:feed',
  title: 'Cyber & Ledger',
  description: 'News <daily>',
  homeUrl: 'http://127.0.0.1:1/x/',
  feedUrl: 'http://127.0.0.1:1/x/feed.xml',
  updated: '2026-03-14T09:30:00.000Z',
  entries: [
    {
      id: 'http://127.0.0.1:1/x/a.html',
      url: 'http://127.0.0.1:1/x/a.html',
      title: 'AT&T <patched> "now"',
      summary: 'Fix for CVE-2026-1 & more',
      contentHtml: '<p>Body with ]]> inside</p>',
      author: 'Ann O’Neil',
      publishedAt: '2026-03-14T08:05:09.000Z',
      tags: ['a&b'],
    },
  ],
};

it('renderRss escapes text, uses RFC 822 dates and wraps full content in CDATA', () => {
  const xml = renderRss(feed);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"'));
  assert.ok(xml.includes('<title>Cyber &amp; Ledger</title>'));
  assert.ok(xml.includes('<title>AT&amp;T &lt;patched&gt; &quot;now&quot;</title>'));
  assert.ok(xml.includes('<pubDate>Sat, 14 Mar 2026 08:05:09 GMT</pubDate>'));
  assert.ok(xml.includes('<lastBuildDate>Sat, 14 Mar 2026 09:30:00 GMT</lastBuildDate>'));
  assert.ok(xml.includes('<guid isPermaLink="true">http://127.0.0.1:1/x/a.html</guid>'));
  assert.ok(
    xml.includes('<content:encoded><![CDATA[<p>Body with ]]]]><![CDATA[> inside</p>]]></content:encoded>'),
  );
  assert.ok(xml.includes('<category>a&amp;b</category>'));
  assert.ok(
    xml.includes('<atom:link href="http://127.0.0.1:1/x/feed.xml" rel="self" type="application/rss+xml"/>'),
  );
  assert.ok(xml.trimEnd().endsWith('</channel>\n</rss>'));
});

it('renderRss omits content:encoded for summary-only entries', () => {
  const entry = feed.entries[0]!;
  const xml = renderRss({ ...feed, entries: [{ ...entry, contentHtml: undefined }] });
  assert.ok(!xml.includes('<content:encoded>'));
  assert.ok(xml.includes('<description>Fix for CVE-2026-1 &amp; more</description>'));
});
