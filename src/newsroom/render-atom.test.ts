import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FeedDocument } from './feed-document.ts';
import { renderAtom } from './render-atom.ts';

const feed: FeedDocument = {
  id: 'tag:patch-wire.example,2026:feed',
  title: 'Patch Wire',
  description: 'Patches & exploits',
  homeUrl: 'http://127.0.0.1:1/patch-wire/',
  feedUrl: 'http://127.0.0.1:1/patch-wire/atom.xml',
  updated: '2026-03-14T09:30:00.123Z',
  entries: [
    {
      id: 'tag:patch-wire.example,2026:articles/a',
      url: 'http://127.0.0.1:1/patch-wire/articles/a.html?x=1&y=2',
      title: 'Flaw in <FortiOS>',
      summary: 'Summary only',
      contentHtml: undefined,
      author: 'Owen',
      publishedAt: '2026-03-14T08:05:09.000Z',
      tags: ['kev'],
    },
  ],
};

it('renderAtom writes RFC 3339 dates, escaped text and links, and summary-only entries', () => {
  const xml = renderAtom(feed);
  assert.ok(xml.includes('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'));
  assert.ok(xml.includes('<updated>2026-03-14T09:30:00Z</updated>'));
  assert.ok(xml.includes('<published>2026-03-14T08:05:09Z</published>'));
  assert.ok(xml.includes('<title type="text">Flaw in &lt;FortiOS&gt;</title>'));
  assert.ok(xml.includes('href="http://127.0.0.1:1/patch-wire/articles/a.html?x=1&amp;y=2"'));
  assert.ok(
    xml.includes(
      '<link rel="self" type="application/atom+xml" href="http://127.0.0.1:1/patch-wire/atom.xml"/>',
    ),
  );
  assert.ok(xml.includes('<summary type="text">Summary only</summary>'));
  assert.ok(!xml.includes('<content'));
  assert.ok(xml.includes('<category term="kev"/>'));
});

it('renderAtom escapes full content as type="html"', () => {
  const entry = feed.entries[0]!;
  const xml = renderAtom({ ...feed, entries: [{ ...entry, contentHtml: '<p>a & b</p>' }] });
  assert.ok(xml.includes('<content type="html">&lt;p&gt;a &amp; b&lt;/p&gt;</content>'));
});
