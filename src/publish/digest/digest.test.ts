import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis, AnalysisEntity } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Section, Story } from '../../domain/story.ts';
import { buildDigestModel } from './build-digest-model.ts';
import { renderDigest } from './render-digest.tsx';

const story = (
  id: number,
  section: Section,
  outletCount: number,
  firstSeenAt: string,
  title = `Story ${id}`,
): Story => ({
  id,
  title,
  section,
  representativeArticleId: id * 10,
  articleCount: outletCount,
  outletCount,
  firstSeenAt,
  lastSeenAt: firstSeenAt,
});

const article = (id: number, storyId: number, outlet: string, title: string, text: string): Article => ({
  id,
  sourceId: null,
  storyId,
  url: `https://${outlet}/news/${id}?a=1&b=2`,
  canonicalUrl: `https://${outlet}/news/${id}`,
  originalUrl: null,
  guid: null,
  title,
  author: null,
  text,
  html: null,
  outlet,
  language: 'en',
  contentHash: `h${id}`,
  publishedAt: '2026-03-02T09:00:00Z',
  fetchedAt: '2026-03-02T09:00:00Z',
});

function entityIn(
  text: string,
  id: string,
  name: string,
  kind: AnalysisEntity['kind'],
  surface: string,
): AnalysisEntity {
  const mentions = [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + surface.length,
    text: surface,
    sentence: 0,
    rule: 'test',
  }));
  return { id, kind, name, mentions };
}

const base = {
  date: '2026-03-02',
  timeZone: 'Europe/London',
  publicUrl: 'https://tb.example/',
  generatedAt: '2026-03-02T18:00:00Z',
};

function sampleInput() {
  const hostile = '<script>alert("x")</script> & friends';
  const a1 = article(
    10,
    1,
    'one.example',
    'China accused of hacking',
    'Source link. The UK accused China of hacking. China denied it. More text.',
  );
  const text1 = `${a1.title}\n\n${a1.text}`;
  const analysis1: Analysis = {
    title: a1.title,
    language: 'en',
    text_length: text1.length,
    boilerplate: [{ start: text1.indexOf('Source link'), end: text1.indexOf('Source link') + 12 }],
    entities: [
      entityIn(text1, 'country:CN', 'China', 'country', 'China'),
      entityIn(text1, 'country:GB', 'United Kingdom', 'country', 'UK'),
      entityIn(text1, 'org:source', 'Source', 'organization', 'Source'),
    ],
    events: [],
    quotes: [],
  };
  return {
    ...base,
    previousDayCount: 4,
    stories: [
      {
        story: story(2, 'breaches', 1, '2026-03-02T08:00:00Z', hostile),
        articles: [article(20, 2, 'two.example', hostile, 'Body.')],
        analysis: undefined,
      },
      {
        story: story(3, 'vulnerabilities', 1, '2026-03-02T07:00:00Z'),
        articles: [article(30, 3, 'three.example', 'T', 'Patch now.')],
        analysis: undefined,
      },
      {
        story: story(1, 'attributions', 2, '2026-03-02T06:00:00Z'),
        articles: [a1, article(11, 1, 'four.example', 'Copy', 'Copy.')],
        analysis: analysis1,
      },
      {
        story: story(4, 'breaches', 3, '2026-03-02T05:00:00Z'),
        articles: [article(40, 4, 'five.example', 'B', 'Breach.')],
        analysis: undefined,
      },
    ],
  };
}

describe('buildDigestModel', () => {
  it('groups stories into sections in SECTIONS order and ranks by outlets then time', () => {
    const model = buildDigestModel(sampleInput());
    assert.equal(model.subject, 'Cyber Security Analysis and Threat Intelligence — 2026-03-02');
    assert.deepEqual(
      model.sections.map((s) => [s.id, s.items.map((i) => i.storyId)]),
      [
        ['attributions', [1]],
        ['breaches', [4, 2]],
        ['vulnerabilities', [3]],
      ],
    );
    assert.equal(model.storyCount, 4);
    assert.match(model.intro, /4 stories collected for 2026-03-02 \(4 the day before\)/);
  });

  it('summarises the representative text and picks key entities outside boilerplate', () => {
    const item = buildDigestModel(sampleInput()).sections[0]?.items[0];
    assert.equal(item?.summary, 'The UK accused China of hacking. China denied it.');
    assert.deepEqual(
      item?.entities.map((e) => [e.id, e.url]),
      [
        ['country:CN', 'https://tb.example/entities/country:CN'],
        ['country:GB', 'https://tb.example/entities/country:GB'],
      ],
    );
    assert.equal(item?.url, 'https://tb.example/stories/1');
    assert.deepEqual(
      item?.sources.map((s) => s.outlet),
      ['one.example', 'four.example'],
    );
  });

  it('gives a quiet day an honest digest, not an error', () => {
    const model = buildDigestModel({ ...base, stories: [] });
    assert.deepEqual(model.sections, []);
    assert.equal(model.intro, 'No new stories were collected for 2026-03-02.');
    const { html, text } = renderDigest(model);
    assert.match(html, /No new stories were collected for 2026-03-02\./);
    assert.match(text, /No new stories were collected for 2026-03-02\./);
  });
});

describe('renderDigest', () => {
  const rendered = renderDigest(buildDigestModel(sampleInput()));

  it('escapes hostile titles in the HTML', () => {
    assert.ok(!rendered.html.includes('<script>'), 'no raw script tag');
    assert.match(rendered.html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; friends/);
    assert.match(rendered.html, /href="https:\/\/two\.example\/news\/20\?a=1&amp;b=2"/);
  });

  it('links only http(s) sources, whatever a feed supplied', () => {
    const input = sampleInput();
    const [first, ...rest] = input.stories;
    const evil = { ...article(21, 2, 'evil.example', 'Evil', 'Body.'), url: 'javascript:alert(1)//' };
    const model = buildDigestModel({
      ...input,
      stories: [{ ...first!, articles: [...first!.articles, evil] }, ...rest],
    });
    const { html, text } = renderDigest(model);
    assert.doesNotMatch(html, /javascript:/i);
    assert.doesNotMatch(text, /javascript:/i);
    assert.ok(html.includes('two.example'), 'the other source is still linked');
  });

  it('renders an email-safe document with absolute links and the title on top', () => {
    assert.ok(rendered.html.startsWith('<!DOCTYPE html><html lang="en">'));
    assert.match(rendered.html, /<h1[^>]*>Cyber Security Analysis and Threat Intelligence<\/h1>/);
    assert.match(rendered.html, /<table width="100%" cellpadding="0"/);
    assert.doesNotMatch(rendered.html, /<style|<link|<script|class=/);
    for (const [, href] of rendered.html.matchAll(/href="([^"]*)"/g)) assert.match(href ?? '', /^https:\/\//);
    assert.ok(
      rendered.html.indexOf('Attributions and state activity') <
        rendered.html.indexOf('Breaches and ransomware'),
    );
  });

  it('renders the plain-text version from the same model', () => {
    const { text } = rendered;
    assert.ok(text.startsWith('CYBER SECURITY ANALYSIS AND THREAT INTELLIGENCE\n2026-03-02\n'));
    assert.match(text, /== Attributions and state activity ==\n\n1\. Story 1\n {3}The UK accused China/);
    assert.match(text, /Key entities: China, United Kingdom/);
    assert.match(text, / {3}- one\.example: https:\/\/one\.example\/news\/10\?a=1&b=2/);
    assert.match(text, /Read more: https:\/\/tb\.example\/stories\/1/);
    assert.match(text, /<script>alert/, 'plain text is not HTML-escaped');
    assert.equal(rendered.subject, 'Cyber Security Analysis and Threat Intelligence — 2026-03-02');
  });
});
