import assert from 'node:assert/strict';
import { type IncomingHttpHeaders, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { BROKEN_PATHS, SLOW_ROUTE_DELAY_MS } from './broken-routes.ts';
import { articlePath } from './paths.ts';
import { startNewsroom } from './server.ts';
import type { Newsroom } from './types.ts';

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** GET (or another method) without decompression or connection reuse, so tests see the wire bytes. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

describe('startNewsroom', () => {
  let newsroom: Newsroom;
  before(async () => {
    newsroom = await startNewsroom({ now: new Date('2026-03-14T09:30:00Z') });
  });
  after(() => newsroom.close());

  it('listens on 127.0.0.1 with a random port and lists four feeds', () => {
    assert.match(newsroom.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(
      newsroom.feeds.map((feed) => [feed.name, feed.url.slice(newsroom.url.length), feed.format]),
      [
        ['Cyber Ledger', '/cyber-ledger/feed.xml', 'rss'],
        ['Patch Wire', '/patch-wire/atom.xml', 'atom'],
        ['Threat Post Daily', '/threat-post-daily/feed.json', 'json'],
        ['InfoSec Roundup', '/infosec-roundup/rss.xml', 'rss'],
      ],
    );
    assert.ok(newsroom.articles.length >= 18);
  });

  it('serves each feed with its content type, validators, 304s and gzip', async () => {
    for (const feed of newsroom.feeds) {
      const plain = await get(feed.url);
      assert.equal(plain.status, 200, feed.url);
      assert.equal(plain.headers['content-type'], CONTENT_TYPES[feed.format]);
      assert.equal(plain.headers['content-encoding'], undefined);
      const etag = plain.headers.etag;
      const lastModified = plain.headers['last-modified'];
      assert.ok(etag !== undefined && lastModified !== undefined);
      assert.equal(plain.headers.vary, 'Accept-Encoding');

      const byEtag = await get(feed.url, { 'If-None-Match': etag });
      assert.equal(byEtag.status, 304);
      assert.equal(byEtag.body.length, 0);
      assert.equal(byEtag.headers.etag, etag);
      const byDate = await get(feed.url, { 'If-Modified-Since': lastModified });
      assert.equal(byDate.status, 304);
      assert.equal((await get(feed.url, { 'If-None-Match': '"stale"' })).status, 200);

      const zipped = await get(feed.url, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.notEqual(zipped.headers.etag, etag);
      assert.deepEqual(gunzipSync(zipped.body), plain.body);
      assert.equal(
        (await get(feed.url, { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.etag ?? '' }))
          .status,
        304,
      );
    }
  });

  it('puts full content in the Cyber Ledger feed, summaries in Patch Wire and tracking links in Threat Post Daily', async () => {
    const rss = (await get(`${newsroom.url}/cyber-ledger/feed.xml`)).body.toString('utf8');
    assert.ok(rss.includes('<content:encoded><![CDATA[<p>'));
    const atom = (await get(`${newsroom.url}/patch-wire/atom.xml`)).body.toString('utf8');
    assert.ok(atom.includes('<summary type="text">') && !atom.includes('<content'));
    const json = JSON.parse(
      (await get(`${newsroom.url}/threat-post-daily/feed.json`)).body.toString('utf8'),
    ) as {
      items: { url: string }[];
    };
    assert.ok(json.items.every((item) => item.url.includes('?utm_source=rss')));
  });

  it('serves a syndicated copy with the same text at a different URL, query string ignored', async () => {
    const copy = newsroom.articles.find((article) => article.origin.kind === 'syndicated');
    assert.ok(copy !== undefined && copy.origin.kind === 'syndicated');
    const copyPage = await get(`${newsroom.url}${articlePath(copy)}?utm_source=rss&utm_medium=feed`);
    const originalPage = await get(`${newsroom.url}${articlePath(copy.origin.of)}`);
    assert.equal(copyPage.status, 200);
    const paragraphs = (html: string) =>
      html.slice(html.indexOf('<div class="article-body">'), html.indexOf('</div>'));
    assert.equal(paragraphs(copyPage.body.toString('utf8')), paragraphs(originalPage.body.toString('utf8')));
  });

  it('serves article pages a Readability-style extractor can read', async () => {
    const article = newsroom.articles.find((candidate) => candidate.outlet === 'patch-wire');
    assert.ok(article !== undefined);
    const page = await get(`${newsroom.url}${articlePath(article)}`);
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    assert.ok(html.includes('<html lang="en">'));
    assert.ok(html.includes('<meta property="og:site_name" content="Patch Wire">'));
    assert.ok(html.includes(`<link rel="canonical" href="${newsroom.url}${articlePath(article)}">`));
    assert.ok(html.includes('<time datetime="'));
    assert.ok(html.includes(`By <a rel="author" href="/patch-wire/#authors">${article.author}</a>`));
  });

  it('ends aggregator pages with a "Source link" to the original article, which resolves', async () => {
    const republished = newsroom.articles.filter((article) => article.origin.kind === 'republished');
    assert.ok(republished.length >= 2);
    for (const article of republished) {
      assert.ok(article.origin.kind === 'republished');
      const html = (await get(`${newsroom.url}${articlePath(article)}`)).body.toString('utf8');
      const match = /<a href="([^"]+)"[^>]*>Source link<\/a>/.exec(html);
      assert.equal(match?.[1], `${newsroom.url}${articlePath(article.origin.of)}`);
      assert.equal((await get(match[1])).status, 200);
    }
    const feed = (await get(`${newsroom.url}/infosec-roundup/rss.xml`)).body.toString('utf8');
    assert.ok(feed.includes(`<link>${newsroom.url}/infosec-roundup/articles/`));
  });

  it('serves robots.txt, home pages, HEAD and 404/405 answers', async () => {
    const robots = await get(`${newsroom.url}/robots.txt`);
    assert.equal(robots.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(robots.body.toString('utf8'), 'User-agent: *\nAllow: /\n');
    const home = (await get(`${newsroom.url}/`)).body.toString('utf8');
    assert.ok(home.includes('<link rel="alternate" type="application/atom+xml"'));
    assert.equal((await get(`${newsroom.url}/cyber-ledger/`)).status, 200);
    const head = await get(`${newsroom.url}/cyber-ledger/feed.xml`, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.ok(Number(head.headers['content-length']) > 1000);
    assert.equal((await get(`${newsroom.url}/nope.html`)).status, 404);
    assert.equal((await get(`${newsroom.url}/cyber-ledger/articles/nope.html`)).status, 404);
    const post = await get(`${newsroom.url}/cyber-ledger/feed.xml`, {}, 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  it('serves a malformed feed and a missing feed', async () => {
    const malformed = await get(`${newsroom.url}${BROKEN_PATHS.malformed}`);
    assert.equal(malformed.status, 200);
    assert.equal(malformed.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.ok(malformed.body.includes(0x00));
    assert.ok(!malformed.body.subarray(10).includes('<'));
    assert.equal((await get(`${newsroom.url}${BROKEN_PATHS.missing}`)).status, 404);
  });
});

describe('startNewsroom close()', () => {
  it('returns promptly while a slow request is held open, failing that request', async () => {
    const newsroom = await startNewsroom();
    let settled = false;
    const slow = get(`${newsroom.url}${BROKEN_PATHS.slow}`).then(
      (response) => ({ kind: 'response' as const, status: response.status }),
      (error: unknown) => ({ kind: 'error' as const, error }),
    );
    void slow.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(settled, false, 'the slow route answered too early');
    // close() must not wait for the held request to run its course.
    const closed = await Promise.race([
      newsroom.close().then(() => 'closed' as const),
      new Promise<'held'>((resolve) => setTimeout(() => resolve('held'), SLOW_ROUTE_DELAY_MS / 2).unref()),
    ]);
    assert.equal(closed, 'closed');
    assert.equal((await slow).kind, 'error');
    await newsroom.close(); // idempotent
  });
});
