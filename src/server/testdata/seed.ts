import type { Analysis, AnalysisEntity, EntityKind } from '../../domain/analysis.ts';
import type { Config } from '../../config/schema.ts';
import type { Db } from '../../store/database.ts';
import { insertArticle, saveArticleAnalysis } from '../../store/repositories/articles.ts';
import { saveDigest } from '../../store/repositories/digests.ts';
import { saveArticleEntities } from '../../store/repositories/entities.ts';
import { addSource } from '../../store/repositories/sources.ts';
import { attachArticle, createStory, refreshStory } from '../../store/repositories/stories.ts';

/** A complete config for tests. */
export const TEST_CONFIG: Config = {
  databaseUrl: ':memory:',
  dataDir: '/tmp/threatbrief-test',
  timezone: 'Europe/London',
  digestTime: '07:00',
  pollIntervalMinutes: 30,
  publicUrl: 'https://threatbrief.example',
  port: 0,
  logLevel: 'silent',
  http: { userAgent: 'test', timeoutMs: 1000, maxBytes: 100000, allowHosts: [] },
};

export const HOSTILE_TITLE = '<script>alert("pwned")</script> Ransomware & more';

const article = (n: number, outlet: string, title: string, text: string, publishedAt: string) => ({
  source_id: null,
  story_id: null,
  url: `https://${outlet}/news/${n}?ref=a&x=1`,
  canonical_url: `https://${outlet}/news/${n}`,
  original_url: null,
  guid: null,
  title,
  author: null,
  text,
  html: null,
  outlet,
  language: 'en',
  content_hash: `hash-${n}`,
  published_at: publishedAt,
  fetched_at: publishedAt,
});

function entity(text: string, id: string, kind: EntityKind, name: string, surface: string, rule: string): AnalysisEntity {
  const mentions = [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + surface.length,
    text: surface,
    sentence: 0,
    rule,
  }));
  return { id, kind, name, mentions };
}

/** Seeds two stories today (2026-03-02), one older story, a source and a stored digest; returns their ids. */
export async function seedStore(db: Db) {
  await addSource(db, { url: 'https://one.example/feed', name: 'One', now: '2026-01-01T00:00:00Z' });
  const title = 'UK accuses China over Exchange hacking';
  const body = 'The United Kingdom accused China of hacking Microsoft Exchange servers. China denied it.\n\nSource link';
  const a1 = await insertArticle(db, article(1, 'one.example', title, body, '2026-03-02T08:00:00Z'));
  const a2 = await insertArticle(db, article(2, 'two.example', 'China blamed', 'China was blamed.', '2026-03-02T09:30:00Z'));
  const s1 = await createStory(db, { title, section: 'other', seenAt: a1.publishedAt });
  await attachArticle(db, s1.id, a1.id);
  await attachArticle(db, s1.id, a2.id);
  await refreshStory(db, s1.id, 'attributions');
  const text = `${title}\n\n${body}`;
  const analysis: Analysis = {
    title,
    language: 'en',
    text_length: text.length,
    boilerplate: [{ start: text.indexOf('Source link'), end: text.length }],
    entities: [
      entity(text, 'country:CN', 'country', 'China', 'China', 'gazetteer:country-name'),
      entity(text, 'country:GB', 'country', 'United Kingdom', 'United Kingdom', 'gazetteer:country-name'),
      entity(text, 'product:microsoft-exchange-server', 'product', 'Microsoft Exchange Server', 'Microsoft Exchange', 'gazetteer:product'),
    ],
    events: [],
    quotes: [],
  };
  await saveArticleAnalysis(db, a1.id, analysis);
  await saveArticleEntities(db, a1.id, s1.id, analysis.entities);
  await saveArticleEntities(db, a2.id, s1.id, [entity('China was blamed.', 'country:CN', 'country', 'China', 'China', 'r')]);

  const a3 = await insertArticle(db, article(3, 'three.example', HOSTILE_TITLE, 'A hospital was hit.', '2026-03-02T10:00:00Z'));
  const s2 = await createStory(db, { title: HOSTILE_TITLE, section: 'other', seenAt: a3.publishedAt });
  await attachArticle(db, s2.id, a3.id);
  await refreshStory(db, s2.id, 'breaches');

  const a4 = await insertArticle(db, article(4, 'four.example', 'Old patch news', 'Patch it.', '2026-02-20T10:00:00Z'));
  const s3 = await createStory(db, { title: 'Old patch news', section: 'other', seenAt: a4.publishedAt });
  await attachArticle(db, s3.id, a4.id);
  await refreshStory(db, s3.id, 'vulnerabilities');

  await saveDigest(db, {
    date: '2026-03-01',
    timezone: 'Europe/London',
    subject: 'Cyber Security Analysis and Threat Intelligence — 2026-03-01',
    html: '<!DOCTYPE html><html><body style="margin:0"><h1>Digest of 2026-03-01</h1></body></html>',
    text: 'Digest of 2026-03-01\n',
    storyCount: 3,
    createdAt: '2026-03-01T18:00:00Z',
  });
  return { attributionId: s1.id, breachId: s2.id, oldId: s3.id, representativeId: a1.id };
}
