import type { KnowledgeBase } from '../analysis/kb/kb-types.ts';
import { loadBuiltinKb } from '../analysis/kb/load-builtin-kb.ts';
import type { Story } from '../domain/story.ts';
import { isIsoDate } from '../lib/time.ts';
import { provenanceFromKb } from '../publish/stix/provenance-from-kb.ts';
import type { StixExport, StixStoryInput } from '../publish/stix/stix-types.ts';
import { toStixBundle } from '../publish/stix/to-stix-bundle.ts';
import type { Db } from '../store/database.ts';
import { findArticleAnalysis, listStoryArticles } from '../store/repositories/articles.ts';
import { findStory, listRecentStories } from '../store/repositories/stories.ts';

/** Which stories to export: all, those seen since an instant, or one story. */
export type StixExportFilter = {
  /** ISO 8601 instant or date: stories whose last article is at or after it. */
  readonly since?: string;
  readonly storyId?: number;
};

/** What the export reads: the database, optionally the knowledge base (provenance) and the public URL. */
export type ExportStixDeps = {
  readonly db: Db;
  readonly kb?: KnowledgeBase;
  readonly publicUrl?: string;
};

const PAGE = 500;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A `since` value (YYYY-MM-DD, taken as UTC midnight, or an RFC 3339 instant) as an ISO instant, or undefined. */
export function parseSince(raw: string): string | undefined {
  if (isIsoDate(raw)) return `${raw}T00:00:00.000Z`;
  if (!INSTANT.test(raw) || !isIsoDate(raw.slice(0, 10))) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * Loads the selected stories with their articles and analyses and maps them to one STIX 2.1 bundle
 * (publish/stix). An unknown `storyId` gives an empty bundle. Throws only on database errors.
 */
export async function exportStix(deps: ExportStixDeps, filter: StixExportFilter = {}): Promise<StixExport> {
  const stories = await selectStories(deps.db, filter);
  const inputs: StixStoryInput[] = [];
  for (const story of stories) {
    const articles = await listStoryArticles(deps.db, story.id);
    const items = await Promise.all(
      articles.map(async (article) => {
        const analysis = await findArticleAnalysis(deps.db, article.id);
        return analysis ? { article, analysis } : { article };
      }),
    );
    inputs.push({ story, articles: items });
  }
  const base = deps.publicUrl?.replace(/\/+$/, '');
  return toStixBundle({
    stories: inputs,
    provenance: provenanceFromKb(deps.kb ?? loadBuiltinKb()),
    ...(base ? { storyUrl: (id: number) => `${base}/stories/${id}` } : {}),
  });
}

async function selectStories(db: Db, filter: StixExportFilter): Promise<Story[]> {
  if (filter.storyId !== undefined) {
    const story = await findStory(db, filter.storyId);
    return story && story.articleCount > 0 ? [story] : [];
  }
  const all: Story[] = [];
  for (let beforeId: number | undefined; ; ) {
    const page = await listRecentStories(db, { limit: PAGE, ...(beforeId ? { beforeId } : {}) });
    all.push(...page);
    if (page.length < PAGE) break;
    beforeId = page.at(-1)!.id;
  }
  const since = filter.since === undefined ? undefined : Date.parse(filter.since);
  return all
    .filter((story) => since === undefined || Date.parse(story.lastSeenAt) >= since)
    .sort((a, b) => a.id - b.id);
}
