import assert from 'node:assert/strict';
import { it } from 'node:test';
import { getOutlet } from './outlets.ts';
import { renderArticlePage } from './render-article-page.ts';
import type { NewsroomArticle } from './types.ts';

const article: NewsroomArticle = {
  slug: 'sample-story',
  outlet: 'infosec-roundup',
  title: 'Hackers & <friends> strike',
  summary: 'A summary.',
  body: 'First paragraph with "quotes".\n\n- hxxp://bad[.]example/a\n- 198[.]51[.]100[.]23\n\nLast paragraph.',
  author: 'Karen Holloway',
  publishedAt: '2026-03-14T08:05:09.000Z',
  tags: ['ransomware'],
  storyId: 'sample-story',
  origin: { kind: 'republished', of: { outlet: 'cyber-ledger', slug: 'sample-story' } },
};
const base = 'http://127.0.0.1:9';

it('renderArticlePage writes an HTML5 article page with metadata, byline and time', () => {
  const html = renderArticlePage({
    article,
    outlet: getOutlet('infosec-roundup'),
    baseUrl: base,
    sourceUrl: undefined,
    related: [],
  });
  assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
  assert.ok(html.includes('<meta property="og:title" content="Hackers &amp; &lt;friends&gt; strike">'));
  assert.ok(html.includes('<meta property="og:site_name" content="InfoSec Roundup">'));
  assert.ok(html.includes('<meta property="article:published_time" content="2026-03-14T08:05:09Z">'));
  assert.ok(
    html.includes(`<link rel="canonical" href="${base}/infosec-roundup/articles/sample-story.html">`),
  );
  assert.ok(html.includes('<h1>Hackers &amp; &lt;friends&gt; strike</h1>'));
  assert.ok(html.includes('<time datetime="2026-03-14T08:05:09Z">14 March 2026, 08:05 UTC</time>'));
  assert.ok(html.includes('<p>First paragraph with &quot;quotes&quot;.</p>'));
  assert.ok(html.includes('<ul>\n<li>hxxp://bad[.]example/a</li>\n<li>198[.]51[.]100[.]23</li>\n</ul>'));
  assert.ok(/<header[\s\S]*<nav[\s\S]*<article[\s\S]*<\/article>[\s\S]*<footer/.test(html));
  assert.ok(!html.includes('Source link'));
});

it('renderArticlePage ends a republished story with a "Source link" to the original', () => {
  const original = `${base}/cyber-ledger/articles/sample-story.html`;
  const html = renderArticlePage({
    article,
    outlet: getOutlet('infosec-roundup'),
    baseUrl: base,
    sourceUrl: original,
    related: [{ ...article, slug: 'other', title: 'Other story' }],
  });
  assert.ok(html.includes(`<a href="${original}" rel="noopener" target="_blank">Source link</a>`));
  assert.ok(html.indexOf('Source link') < html.indexOf('</article>'));
  assert.ok(html.includes('<aside class="related">'));
  assert.ok(html.includes('href="/infosec-roundup/articles/other.html"'));
});
