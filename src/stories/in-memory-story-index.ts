import type { ArticleProfile } from './article-profile.ts';
import { BandTable } from './band-table.ts';
import type { ArticleMatch, ExactMatches } from './decide-story.ts';
import { fnv1a32 } from './hash32.ts';
import type { BandCandidate, ExactKeys, IndexEntry, IndexedArticle, StoryIndex } from './story-index.ts';

const DAY_MS = 86_400_000;

/** 52-bit key of a string (two 32-bit FNV hashes): collisions are negligible at millions of keys. */
function key52(text: string): number {
  return fnv1a32(text) * 0x100000 + (fnv1a32(text, 0x9747b28c) & 0xfffff);
}

/**
 * The story index in process memory: exact keys and band postings for every article, profiles and name
 * postings only for the last `windowDays` (by publication time), so memory stays bounded per article.
 */
export class InMemoryStoryIndex implements StoryIndex {
  private readonly urls = new Map<number, number>();
  private readonly originals = new Map<number, number>();
  private readonly guids = new Map<number, number>();
  private readonly hashes = new Map<number, number>();
  private readonly bands = new BandTable();
  private readonly slots: number[] = [];
  private readonly storyOf: number[] = [];
  private readonly hashOf: number[] = [];
  private readonly profiles = new Map<number, ArticleProfile>();
  private readonly days = new Map<number, { ids: number[]; names: Map<string, number[]> }>();
  private latestDay = Number.NEGATIVE_INFINITY;

  /** `windowDays` bounds how far back same-development candidates are kept. */
  constructor(private readonly windowDays = 14) {}

  async findExact(keys: ExactKeys): Promise<ExactMatches> {
    const incoming = key52(keys.contentHash);
    const match = (map: Map<number, number>, key: string | null): ArticleMatch | undefined => {
      const slot = key === null ? undefined : map.get(key52(key));
      return slot === undefined ? undefined : this.matchAt(slot, incoming);
    };
    const sameUrl = match(this.urls, keys.canonicalUrl) ?? match(this.guids, keys.guidKey);
    // A copy names its original; an original already copied is found by its own URL among the copies' originals.
    const sameOriginal = keys.originalUrl
      ? (match(this.urls, keys.originalUrl) ?? match(this.originals, keys.originalUrl))
      : match(this.originals, keys.canonicalUrl);
    const sameContent = match(this.hashes, keys.contentHash);
    return {
      ...(sameUrl ? { sameUrl } : {}),
      ...(sameOriginal ? { sameOriginal } : {}),
      ...(sameContent ? { sameContent } : {}),
    };
  }

  async findNearDuplicates(bands: readonly number[] | Uint32Array): Promise<readonly BandCandidate[]> {
    const shared = new Map<number, number>();
    for (const band of bands)
      this.bands.forEach(band, (slot) => shared.set(slot, (shared.get(slot) ?? 0) + 1));
    return [...shared].map(([slot, count]) => {
      const articleId = this.slots[slot] as number;
      const profile = this.profiles.get(articleId);
      return {
        articleId,
        storyId: this.storyOf[slot] as number,
        sharedBands: count,
        ...(profile ? { profile } : {}),
      };
    });
  }

  async findRecent(
    names: readonly string[],
    fromMs: number,
    toMs: number,
    limit: number,
  ): Promise<readonly IndexedArticle[]> {
    const found = new Map<number, IndexedArticle>();
    for (let day = Math.floor(toMs / DAY_MS); day >= Math.floor(fromMs / DAY_MS); day--) {
      const bucket = this.days.get(day);
      if (!bucket) continue;
      for (const name of names) {
        for (const slot of bucket.names.get(name) ?? []) {
          const articleId = this.slots[slot] as number;
          const profile = this.profiles.get(articleId);
          if (profile && profile.t >= fromMs && profile.t <= toMs) {
            found.set(articleId, { articleId, storyId: this.storyOf[slot] as number, profile });
          }
        }
      }
    }
    return [...found.values()]
      .sort((a, b) => b.profile.t - a.profile.t || b.articleId - a.articleId)
      .slice(0, limit);
  }

  async add(entry: IndexEntry): Promise<void> {
    const slot = this.slots.length;
    this.slots.push(entry.articleId);
    this.storyOf.push(entry.storyId);
    const hash = key52(entry.exact.contentHash);
    this.hashOf.push(hash);
    if (entry.exact.canonicalUrl) this.urls.set(key52(entry.exact.canonicalUrl), slot);
    if (entry.exact.originalUrl) this.originals.set(key52(entry.exact.originalUrl), slot);
    if (entry.exact.guidKey) this.guids.set(key52(entry.exact.guidKey), slot);
    if (!this.hashes.has(hash)) this.hashes.set(hash, slot);
    for (const band of entry.bands) this.bands.add(band, slot);
    this.remember(slot, entry.articleId, entry.profile);
  }

  private matchAt(slot: number, incomingHash: number): ArticleMatch {
    return {
      articleId: this.slots[slot] as number,
      storyId: this.storyOf[slot] as number,
      contentChanged: this.hashOf[slot] !== incomingHash,
    };
  }

  /** Keeps the profile and its name postings in its day bucket; drops buckets older than the window. */
  private remember(slot: number, articleId: number, profile: ArticleProfile): void {
    const day = Math.floor(profile.t / DAY_MS);
    if (day < this.latestDay - this.windowDays) return;
    let bucket = this.days.get(day);
    if (!bucket) {
      bucket = { ids: [], names: new Map() };
      this.days.set(day, bucket);
    }
    bucket.ids.push(articleId);
    for (const name of profile.names) {
      const list = bucket.names.get(name);
      if (list) list.push(slot);
      else bucket.names.set(name, [slot]);
    }
    this.profiles.set(articleId, profile);
    if (day > this.latestDay) {
      this.latestDay = day;
      for (const [old, expired] of this.days) {
        if (old >= day - this.windowDays) continue;
        for (const id of expired.ids) this.profiles.delete(id);
        this.days.delete(old);
      }
    }
  }
}
