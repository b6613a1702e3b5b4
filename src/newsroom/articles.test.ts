import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArticles } from './articles.ts';

const NOW = new Date('2026-03-14T09:30:00Z');
const HOUR_MS = 3_600_000;
const articles = buildArticles(NOW);
const allText = articles.map((article) => `${article.title}\n${article.body}`).join('\n');

describe('buildArticles', () => {
  it('has at least 18 originally written articles of 250-600 words', () => {
    const written = articles.filter((article) => ['original', 'rewrite'].includes(article.origin.kind));
    assert.ok(written.length >= 18, `only ${written.length} articles`);
    for (const article of articles) {
      const words = article.body.split(/\s+/).filter(Boolean).length;
      assert.ok(words >= 250 && words <= 600, `${article.slug} has ${words} words`);
      assert.ok(article.summary.length > 40 && article.author.length > 0 && article.tags.length > 0);
      assert.ok(article.body.includes('\n\n'), `${article.slug} has one paragraph`);
    }
  });

  it('gives every article a unique outlet and slug', () => {
    const keys = articles.map((article) => `${article.outlet}/${article.slug}`);
    assert.equal(new Set(keys).size, keys.length);
    for (const article of articles) assert.match(article.slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('dates articles relative to now: most within 24 hours, a few 1-3 days old, none in the future', () => {
    const ages = articles.map((article) => (NOW.getTime() - Date.parse(article.publishedAt)) / HOUR_MS);
    assert.ok(ages.every((age) => age > 0 && age <= 72));
    assert.ok(ages.filter((age) => age <= 24).length >= 15);
    assert.ok(ages.filter((age) => age > 24).length >= 2);
    for (const article of articles)
      assert.match(article.publishedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('is deterministic for a given now', () => {
    assert.deepEqual(buildArticles(NOW), articles);
  });

  it('copies syndicated and republished articles verbatim and keeps their story id', () => {
    const copies = articles.filter(
      (article) => article.origin.kind === 'syndicated' || article.origin.kind === 'republished',
    );
    assert.ok(copies.some((copy) => copy.origin.kind === 'syndicated'));
    assert.ok(copies.filter((copy) => copy.outlet === 'infosec-roundup').length >= 2);
    for (const copy of copies) {
      assert.ok(copy.origin.kind !== 'original');
      const { of } = copy.origin;
      const source = articles.find((article) => article.outlet === of.outlet && article.slug === of.slug);
      assert.ok(source !== undefined && source.outlet !== copy.outlet);
      assert.equal(copy.body, source.body);
      assert.equal(copy.title, source.title);
      assert.equal(copy.storyId, source.storyId);
      assert.ok(copy.publishedAt > source.publishedAt);
    }
  });

  it('has a same-development rewrite with a different title and text', () => {
    const rewrite = articles.find((article) => article.origin.kind === 'rewrite');
    assert.ok(rewrite !== undefined && rewrite.origin.kind === 'rewrite');
    const { of } = rewrite.origin;
    const source = articles.find((article) => article.outlet === of.outlet && article.slug === of.slug);
    assert.ok(source !== undefined && source.outlet !== rewrite.outlet);
    assert.notEqual(rewrite.title, source.title);
    assert.notEqual(rewrite.body, source.body);
    assert.equal(rewrite.storyId, source.storyId);
  });

  it('covers the story types the pipeline is tested on', () => {
    const needles = [
      'GRU',
      'Kremlin',
      'Lazarus',
      'LockBit',
      '$4.5 million',
      '7.2 million customers',
      'CVE-2026-21001',
      'Known Exploited Vulnerabilities',
      'CVE-2026-21310',
      'Europol',
      'indictment',
      'botnet',
      'Office of Foreign Assets Control',
      'National Security Agency',
      'phishing',
      'DDoS',
      'settlement',
      'T1566.001',
      'hxxp://',
      '198[.]51[.]100[.]23',
    ];
    for (const needle of needles) assert.ok(allText.includes(needle), `no article mentions ${needle}`);
  });

  it('writes indicators defanged only', () => {
    assert.doesNotMatch(allText, /https?:\/\//);
    assert.doesNotMatch(allText, /\b198\.51\.100\.\d+|\b203\.0\.113\.\d+/);
  });
});
