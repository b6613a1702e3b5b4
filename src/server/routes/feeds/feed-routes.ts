import type { Context, Hono } from 'hono';
import { DIGEST_TITLE } from '../../../publish/digest/digest-model.ts';
import { digestEntry, storyEntry } from '../../../publish/feeds-out/feed-entries.ts';
import type { FeedChannel, FeedEntry } from '../../../publish/feeds-out/feed-model.ts';
import { renderJsonFeed } from '../../../publish/feeds-out/render-json-feed.ts';
import { renderRss } from '../../../publish/feeds-out/render-rss.ts';
import { listStoryArticles } from '../../../store/repositories/articles.ts';
import { findDigest, listDigests } from '../../../store/repositories/digests.ts';
import { listRecentStories } from '../../../store/repositories/stories.ts';
import { type AppDeps, nowOf } from '../../deps.ts';

const STORY_LIMIT = 50;
const DIGEST_LIMIT = 30;

type Kind = 'rss' | 'json';

function send(c: Context, kind: Kind, channel: FeedChannel, entries: readonly FeedEntry[]) {
  if (kind === 'rss')
    return c.body(renderRss(channel, entries), 200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
  return c.body(renderJsonFeed(channel, entries), 200, {
    'Content-Type': 'application/feed+json; charset=utf-8',
  });
}

/** The latest update among the entries (ISO strings sort chronologically), or `fallback`. */
const newest = (entries: readonly FeedEntry[], fallback: Date) =>
  entries
    .map((e) => e.updatedAt)
    .sort()
    .at(-1) ?? fallback.toISOString();

/** Adds /feeds/stories.{xml,json} (latest stories) and /feeds/digests.{xml,json} (the digest archive). */
export function registerFeedRoutes(app: Hono, deps: AppDeps): void {
  const base = deps.config.publicUrl.replace(/\/+$/, '');
  const stories = (kind: Kind) => async (c: Context) => {
    const list = await listRecentStories(deps.db, { limit: STORY_LIMIT });
    const entries = await Promise.all(
      list.map(async (s) => storyEntry(base, s, (await listStoryArticles(deps.db, s.id))[0])),
    );
    return send(
      c,
      kind,
      {
        title: 'Threatbrief: latest stories',
        homeUrl: `${base}/`,
        feedUrl: `${base}/feeds/stories.${kind === 'rss' ? 'xml' : 'json'}`,
        description: 'Cyber news merged into stories, newest first.',
        language: 'en',
        updatedAt: newest(entries, nowOf(deps)),
      },
      entries,
    );
  };
  const digests = (kind: Kind) => async (c: Context) => {
    const dates = await listDigests(deps.db, DIGEST_LIMIT);
    const found = await Promise.all(dates.map((d) => findDigest(deps.db, d.date)));
    const entries = found.flatMap((d) => (d ? [digestEntry(base, d)] : []));
    return send(
      c,
      kind,
      {
        title: `Threatbrief: ${DIGEST_TITLE}`,
        homeUrl: `${base}/digests`,
        feedUrl: `${base}/feeds/digests.${kind === 'rss' ? 'xml' : 'json'}`,
        description: 'The daily brief, one entry per day.',
        language: 'en',
        updatedAt: newest(entries, nowOf(deps)),
      },
      entries,
    );
  };
  app.get('/feeds/stories.xml', stories('rss'));
  app.get('/feeds/stories.json', stories('json'));
  app.get('/feeds/digests.xml', digests('rss'));
  app.get('/feeds/digests.json', digests('json'));
}
