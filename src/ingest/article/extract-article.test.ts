import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeHtml } from './decode-html.ts';
import { extractArticle } from './extract-article.ts';
import { htmlToText } from './html-to-text.ts';
import { detectSourceLink } from './source-link.ts';

const page = (name: string): string => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const URL_ = 'https://www.aggregator.example/news/ivanti-flaw';

describe('extractArticle', () => {
  it('extracts metadata, paragraph text, sanitised html and the source link', () => {
    const result = extractArticle(page('republished.html'), URL_);
    assert.ok(result.ok);
    const a = result.value;
    assert.equal(a.title, 'Hackers exploit Ivanti flaw');
    assert.equal(a.byline, 'Alex Analyst');
    assert.equal(a.publishedAt, '2024-01-10T07:30:00.000Z');
    assert.equal(a.siteName, 'Cyber Aggregator');
    assert.equal(a.language, 'en');
    assert.equal(a.canonicalUrl, 'https://aggregator.example/news/ivanti-flaw');
    assert.equal(a.originalUrl, 'https://www.bleepingcomputer.com/news/security/ivanti-flaw-exploited/');
    const paragraphs = a.text.split('\n\n');
    assert.equal(paragraphs.length, 4);
    assert.match(paragraphs[0] ?? '', /^Threat actors are exploiting/);
    assert.doesNotMatch(a.text, /Home|Copyright|alert/);
    assert.doesNotMatch(a.html, /<script|onclick|evil/);
    assert.match(a.html, /href="https:\/\/www\.aggregator\.example\/advisories\/ivanti"/);
    assert.match(a.html, /src="https:\/\/www\.aggregator\.example\/img\/chain\.png"/);
  });

  it('finds a "Source link" anchor and detects language from the text', () => {
    const result = extractArticle(page('source-link.html'), 'https://republisher.example/a/1');
    assert.ok(result.ok);
    assert.equal(result.value.originalUrl, 'https://original.example.com/story/42?ref=rss');
    assert.equal(result.value.language, 'fr');
  });

  it('returns no_content for pages without an article and too_large past the cap', () => {
    const empty = extractArticle(page('empty.html'), URL_);
    assert.equal(empty.ok ? 'ok' : empty.code, 'no_content');
    const big = extractArticle('x'.repeat(50), URL_, { maxChars: 10 });
    assert.equal(big.ok ? 'ok' : big.code, 'too_large');
  });

  it('never throws on arbitrary markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (html) => {
        const result = extractArticle(`<html><body><article>${html}</article></body></html>`, URL_);
        assert.equal(typeof result.ok, 'boolean');
      }),
      { numRuns: 100 },
    );
  });
});

describe('detectSourceLink', () => {
  const cases: [string, string | null][] = [
    ['<p><a href="https://orig.example/x">Original article</a></p>', 'https://orig.example/x'],
    ['<p><a href="https://orig.example/y">Read the original</a></p>', 'https://orig.example/y'],
    ['<p>Via: <a href="https://orig.example/z">The Record</a></p>', 'https://orig.example/z'],
    // A labelled link may point at another article on the same host (one host serving several outlets),
    // but never at the site root or at the page itself.
    [
      '<p><a href="/news/original-story">Source link</a></p>',
      'https://www.aggregator.example/news/original-story',
    ],
    ['<p><a href="/">Source link</a></p>', null],
    ['<p><a href="#top">Source link</a></p>', null],
    ['<p>Via: <a href="/local">our archive</a></p>', null],
    ['<p><a href="https://other.example/">Some unrelated link</a></p>', null],
    ['<head><link rel="canonical" href="https://orig.example/c"></head><p>x</p>', 'https://orig.example/c'],
    ['<head><link rel="canonical" href="https://www.aggregator.example/self"></head>', null],
  ];
  it('table', () => {
    for (const [html, expected] of cases) assert.equal(detectSourceLink(html, URL_), expected, html);
  });
});

it('htmlToText separates paragraphs by a blank line', () => {
  assert.equal(
    htmlToText('<p>One <b>bold</b></p><ul><li>a</li><li>b</li></ul>tail<br>end'),
    'One bold\n\na\n\nb\n\ntail\n\nend',
  );
  assert.equal(htmlToText(''), '');
});

it('decodeHtml honours the meta charset and the HTTP charset', () => {
  const latin = Buffer.from(
    '<html><head><meta charset="iso-8859-1"></head><body>Café</body></html>',
    'latin1',
  );
  assert.match(decodeHtml(latin), /Café/);
  assert.match(decodeHtml(Buffer.from('<p>Grüße</p>', 'latin1'), 'text/html; charset=windows-1252'), /Grüße/);
  assert.match(decodeHtml(Buffer.from('<p>Grüße</p>', 'utf8')), /Grüße/);
});
