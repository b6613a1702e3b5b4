import { analyzeText } from '../analysis/analyze.ts';
import type { Analysis } from '../domain/analysis.ts';
import { analysisTextOf } from '../domain/article-text.ts';
import type { FeedItem } from '../domain/feed.ts';
import type { Source } from '../domain/source.ts';
import { sectionForEvents } from '../domain/story.ts';
import { decodeHtml, detectSourceLink, extractArticle, htmlToText } from '../ingest/article/index.ts';
import { canonicalUrl, hostOf } from '../lib/url.ts';
import {
  findArticleByCanonicalUrl,
  findArticleByGuid,
  insertArticle,
  saveArticleAnalysis,
} from '../store/repositories/articles.ts';
import { saveArticleEntities } from '../store/repositories/entities.ts';
import { saveArticleEvents } from '../store/repositories/events.ts';
import { attachArticle, createStory, findStory, refreshStory } from '../store/repositories/stories.ts';
import { createStoryIndex, relateStories } from '../store/repositories/story-index.ts';
import { indexEntryOf, placeArticle, prepareArticle } from '../stories/cluster-article.ts';
import { storyInputOf } from '../stories/story-input.ts';
import type { PipelineDeps } from './deps.ts';

/** Below this many characters a feed's content is taken as a summary and the page is fetched. */
const MIN_FULL_TEXT_CHARS = 600;

export type ItemOutcome =
  | { readonly kind: 'new'; readonly articleId: number; readonly storyId: number }
  | { readonly kind: 'known'; readonly articleId: number }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

/**
 * Ingests one feed item: skips what is already stored, gets the full text (from the feed or the page),
 * analyses it, and stores article, analysis, entities and story membership in one transaction.
 */
export async function ingestItem(
  deps: PipelineDeps,
  input: { source: Source; item: FeedItem; outlet: string; feedUrl: string },
): Promise<ItemOutcome> {
  const { item, source } = input;
  if (item.guid) {
    const byGuid = await findArticleByGuid(deps.db, source.id, item.guid);
    if (byGuid) return { kind: 'known', articleId: byGuid.id };
  }
  if (!item.url)
    return { kind: 'failed', code: 'missing_link', message: `item "${item.title ?? '?'}" has no link` };
  const canonical = canonicalUrl(item.url);
  const byUrl = await findArticleByCanonicalUrl(deps.db, canonical);
  if (byUrl) return { kind: 'known', articleId: byUrl.id };

  const body = await fullText(deps, item);
  if (!body.ok) return { kind: 'failed', code: body.code, message: body.message };
  const title = (item.title ?? body.title ?? '').trim() || '(untitled)';
  const text = body.text;
  const original = body.originalUrl ? canonicalUrl(body.originalUrl) : null;
  const analysis = analyzeText(
    { title, text: analysisTextOf({ title, text }), url: item.url, language: body.language ?? undefined },
    deps.kb,
    { ignore: deps.ignore },
  );
  const now = deps.now().toISOString();
  const publishedAt = item.publishedAt ?? body.publishedAt ?? now;
  const prepared = prepareArticle(
    storyInputOf(
      { title, text, publishedAt, url: item.url, originalUrl: original, guid: item.guid, source: source.id },
      analysis,
    ),
  );

  return deps.db.transaction().execute(async (trx) => {
    const index = createStoryIndex(trx);
    const placement = await placeArticle(prepared, index);
    if (placement.kind === 'known' || placement.kind === 'version') {
      return { kind: 'known', articleId: placement.articleId } as const;
    }
    const article = await insertArticle(trx, {
      source_id: source.id,
      story_id: null,
      url: item.url as string,
      canonical_url: canonical,
      original_url: original,
      guid: item.guid,
      title,
      author: item.author ?? body.byline ?? null,
      text,
      html: body.html,
      outlet: input.outlet || hostOf(item.url as string) || source.name,
      language: body.language ?? analysis.language,
      content_hash: prepared.exact.contentHash,
      published_at: publishedAt,
      fetched_at: now,
    });
    const section = sectionOf(analysis);
    const existing = placement.kind === 'join' ? await findStory(trx, placement.storyId) : undefined;
    const story = existing ?? (await createStory(trx, { title, section, seenAt: publishedAt }));
    await saveArticleAnalysis(trx, article.id, analysis);
    await saveArticleEntities(trx, article.id, story.id, analysis.entities);
    await attachArticle(trx, story.id, article.id);
    await saveArticleEvents(trx, article.id, story.id, analysis);
    await refreshStory(trx, story.id, existing && existing.section !== 'other' ? existing.section : section);
    await index.add(indexEntryOf(prepared, article.id, story.id));
    if (placement.related.length > 0) {
      await relateStories(
        trx,
        story.id,
        placement.related.map((id, rank) => ({ storyId: id, score: 1 / (rank + 1) })),
      );
    }
    return { kind: 'new', articleId: article.id, storyId: story.id } as const;
  });
}

function sectionOf(analysis: Analysis) {
  return sectionForEvents(
    analysis.events.map((e) => e.type),
    analysis.entities.map((e) => e.kind),
  );
}

type FullText =
  | {
      ok: true;
      text: string;
      html: string | null;
      title: string | null;
      byline: string | null;
      language: string | null;
      publishedAt: string | null;
      originalUrl: string | null;
    }
  | { ok: false; code: string; message: string };

/** The item's full text: the feed's content when long enough, else the extracted page, else the summary. */
async function fullText(deps: PipelineDeps, item: FeedItem): Promise<FullText> {
  const fromFeed = item.contentHtml ? htmlToText(item.contentHtml) : '';
  if (fromFeed.length >= MIN_FULL_TEXT_CHARS) {
    const originalUrl = detectSourceLink(item.contentHtml as string, item.url as string);
    return {
      ok: true,
      text: fromFeed,
      html: item.contentHtml,
      title: null,
      byline: null,
      language: null,
      publishedAt: null,
      originalUrl,
    };
  }
  const page = await deps.httpGet({ url: item.url as string });
  if (page.kind === 'ok') {
    const extracted = extractArticle(decodeHtml(page.body, page.contentType), page.url);
    if (extracted.ok) return { ok: true, ...extracted.value };
    deps.logger.warn(
      { url: item.url, code: extracted.code },
      'article extraction failed; using feed summary',
    );
  } else {
    deps.logger.warn(
      { url: item.url, code: page.kind === 'error' ? page.code : page.kind },
      'article fetch failed; using feed summary',
    );
  }
  const summary = fromFeed || (item.summary ? htmlToText(item.summary) : '');
  if (!summary) return { ok: false, code: 'no_content', message: `no text for ${item.url}` };
  return {
    ok: true,
    text: summary,
    html: null,
    title: null,
    byline: null,
    language: null,
    publishedAt: null,
    originalUrl: null,
  };
}
