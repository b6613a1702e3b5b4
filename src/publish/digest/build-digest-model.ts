import type { Analysis } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Section, Story } from '../../domain/story.ts';
import {
  analysedText,
  bodyOffset,
  compareArticles,
  representativeArticle,
} from '../present/analysed-text.ts';
import { groupBySection } from '../present/group-by-section.ts';
import { entityPath } from '../present/highlight.ts';
import { keyEntities } from '../present/key-entities.ts';
import { buildAnalysisBlock } from './analysis-block.ts';
import { DIGEST_TITLE, type DigestItem, type DigestModel } from './digest-model.ts';
import { type DigestMemory, scoreStory, storySignals } from './score-story.ts';
import { summarise, withoutSpans } from './summarise.ts';

/** What a digest is built from: one day's stories with their articles and representative analysis. */
export type DigestInput = {
  readonly date: string;
  readonly timeZone: string;
  readonly publicUrl: string;
  readonly generatedAt: string;
  readonly stories: ReadonlyArray<{ story: Story; articles: Article[]; analysis: Analysis | undefined }>;
  readonly previousDayCount?: number;
  /** The previous day's stories per section (sections without stories may be left out). */
  readonly previousSectionCounts?: Readonly<Partial<Record<Section, number>>>;
  /** What the previous day mentioned; without it nothing counts as novel and every CVE as new. */
  readonly memory?: DigestMemory;
};

/** Highest score first, then most outlets, then the newest, then the highest id. */
function compareItems(a: DigestItem, b: DigestItem): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.outletCount !== b.outletCount) return b.outletCount - a.outletCount;
  if (a.firstSeenAt !== b.firstSeenAt) return a.firstSeenAt < b.firstSeenAt ? 1 : -1;
  return b.storyId - a.storyId;
}

/** The ids a topic filter can select a story by: its entities and the countries they belong to. */
function topicIds(analysis: Analysis | undefined): string[] {
  const ids = new Set<string>();
  for (const e of analysis?.entities ?? []) {
    ids.add(e.id);
    if (e.country) ids.add(e.country);
  }
  return [...ids].sort();
}

function toItem(
  base: string,
  entry: DigestInput['stories'][number],
  memory: DigestMemory | undefined,
): DigestItem {
  const { story, articles, analysis } = entry;
  const rep = representativeArticle(story.representativeArticleId, articles);
  const body = rep ? withoutSpans(analysedText(rep), analysis?.boilerplate ?? [], bodyOffset(rep)) : '';
  const seen = new Set<string>();
  const sources = [...articles]
    .sort(compareArticles)
    // Only web links leave in an email: a feed's `javascript:` or `data:` link is dropped, not escaped.
    .filter((a) => /^https?:\/\//i.test(a.url) && !seen.has(a.url) && seen.add(a.url))
    .map((a) => ({ outlet: a.outlet, url: a.url, title: a.title }));
  const outletCount = Math.max(story.outletCount, new Set(articles.map((a) => a.outlet)).size);
  const signals = storySignals(`${story.title}\n${body}`, analysis, memory);
  return {
    storyId: story.id,
    title: story.title,
    url: `${base}/stories/${story.id}`,
    summary: summarise(body),
    entities: (analysis ? keyEntities(analysis, 5) : []).map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      url: `${base}${entityPath(e.id)}`,
    })),
    sources,
    outletCount,
    firstSeenAt: story.firstSeenAt,
    entityIds: topicIds(analysis),
    signals,
    score: scoreStory(outletCount, signals),
  };
}

function introFor(date: string, count: number, previous: number | undefined): string {
  if (count === 0)
    return `No new stories were collected for ${date}.${previous ? ` The day before had ${previous}.` : ''}`;
  const stories = `${count} ${count === 1 ? 'story' : 'stories'}`;
  const before = previous === undefined ? '' : ` (${previous} the day before)`;
  return `${stories} collected for ${date}${before}, grouped by section and ranked by outlets reporting them, severity and novelty.`;
}

/**
 * Builds the digest model of a day: an analysis block, then sections in SECTIONS order (empty ones
 * skipped) with stories ranked by score (outlets, exploited CVEs, state attribution, large breaches,
 * novelty), then outlets and time. A day without stories gives a short, honest model.
 */
export function buildDigestModel(input: DigestInput): DigestModel {
  const base = input.publicUrl.replace(/\/+$/, '');
  const items = input.stories.map((entry) => toItem(base, entry, input.memory));
  const sectionOf = new Map<number, Section>(input.stories.map((s) => [s.story.id, s.story.section]));
  const ranked = [...items].sort(compareItems);
  const analysisOf = new Map(input.stories.map((s) => [s.story.id, s.analysis]));
  return {
    title: DIGEST_TITLE,
    subject: `${DIGEST_TITLE} — ${input.date}`,
    date: input.date,
    timeZone: input.timeZone,
    generatedAt: input.generatedAt,
    publicUrl: base,
    webUrl: `${base}/digests/${input.date}`,
    archiveUrl: `${base}/digests`,
    subscribeUrl: `${base}/subscribe`,
    storyCount: items.length,
    previousDayCount: input.previousDayCount ?? null,
    intro: introFor(input.date, items.length, input.previousDayCount),
    analysis: buildAnalysisBlock(
      base,
      ranked.map((item) => ({
        item,
        section: sectionOf.get(item.storyId) ?? 'other',
        analysis: analysisOf.get(item.storyId),
      })),
      input.memory,
      input.previousSectionCounts,
    ),
    sections: groupBySection(ranked, (item) => sectionOf.get(item.storyId) ?? 'other').map((g) => ({
      id: g.section,
      title: g.title,
      items: g.items,
    })),
    recipient: null,
  };
}
