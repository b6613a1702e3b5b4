import { type ArticleProfile, recallKeys } from './article-profile.ts';
import { BandTable } from './band-table.ts';
import type { ArticleMatch, ExactMatches } from './decide-story.ts';
import { fnv1a32 } from './hash32.ts';
import { KeyTable } from './key-table.ts';
import { NumberColumn } from './number-column.ts';
import { SAME_DEVELOPMENT_RULE } from './same-development.ts';
import type { BandCandidate, ExactKeys, IndexEntry, IndexedArticle, StoryIndex } from './story-index.ts';

const DAY_MS = 86_400_000;

/** 52-bit key of a string (two 32-bit FNV hashes): collisions are negligible at millions of keys. */
function key52(text: string): number {
  return fnv1a32(text) * 0x100000 + (fnv1a32(text, 0x9747b28c) & 0xfffff);
}

/**
 * The story index in process memory: exact keys for every article; band postings, profiles and name
 * postings only for about the last `windowDays` (by publication time), so memory stays bounded per article.
 */
export class InMemoryStoryIndex implements StoryIndex {
  // Per-article data lives in typed arrays, off the JS heap: at a million articles a Map or an array of
  // numbers per key would cost hundreds of megabytes and slow every major GC.
  private readonly urls = new KeyTable();
  private readonly originals = new KeyTable();
  private readonly guids = new KeyTable();
  private readonly hashes = new KeyTable();
  /**
   * Band postings in two generations by insertion: a near-duplicate joins only an article whose profile is
   * still kept (within `windowDays`), so older postings could only ever be skipped. Once the current
   * generation started more than `windowDays` before the newest day, the older one holds only expired
   * articles and is dropped (see `rotateBands`): memory and lookups stay bounded by the window, not the stream.
   */
  private bands = new BandTable();
  private olderBands: BandTable | undefined;
  /** The newest publication day seen when `bands` was started. */
  private bandsFrom = Number.NEGATIVE_INFINITY;
  private readonly slots = new NumberColumn();
  private readonly storyOf = new NumberColumn();
  private readonly hashOf = new NumberColumn();
  /** Profiles by slot while within the window (undefined once expired). */
  private readonly profiles: (ArticleProfile | undefined)[] = [];
  /** Slots by recall key (name or headline key), in insertion order; expired slots are swept daily. */
  private readonly postings = new Map<string, number[]>();
  /** Slots by publication day, to expire profiles. */
  private readonly days = new Map<number, number[]>();
  /** Per-slot stamp of the last `findRecent` call that saw it, to deduplicate without a Set. */
  private readonly seenAt = new NumberColumn();
  private calls = 0;
  private latestDay = Number.NEGATIVE_INFINITY;

  /**
   * `windowDays` bounds how far back same-development candidates are kept; the default covers the default
   * rule's `maxDays` (a smaller window than the rule's would silently miss candidates).
   */
  constructor(private readonly windowDays = SAME_DEVELOPMENT_RULE.maxDays + 1) {}

  /** Band postings held (both generations): bounded by the window's articles, not the stream's. */
  get bandPostings(): number {
    return this.bands.size + (this.olderBands?.size ?? 0);
  }

  async findExact(keys: ExactKeys): Promise<ExactMatches> {
    const incoming = key52(keys.contentHash);
    const sameUrl =
      this.match(this.urls, keys.canonicalUrl, incoming) ?? this.match(this.guids, keys.guidKey, incoming);
    // A copy names its original; an original already copied is found by its own URL among the copies' originals.
    const sameOriginal = keys.originalUrl
      ? (this.match(this.urls, keys.originalUrl, incoming) ??
        this.match(this.originals, keys.originalUrl, incoming))
      : this.match(this.originals, keys.canonicalUrl, incoming);
    const sameContent = this.match(this.hashes, keys.contentHash, incoming);
    return {
      ...(sameUrl ? { sameUrl } : {}),
      ...(sameOriginal ? { sameOriginal } : {}),
      ...(sameContent ? { sameContent } : {}),
    };
  }

  async findNearDuplicates(bands: readonly number[] | Uint32Array): Promise<readonly BandCandidate[]> {
    const hits: number[] = [];
    for (const band of bands) {
      this.bands.collect(band, hits);
      this.olderBands?.collect(band, hits);
    }
    if (hits.length === 0) return [];
    // Slots come band by band; sorting groups each article's hits so they are counted without a Map.
    hits.sort((a, b) => a - b);
    const out: BandCandidate[] = [];
    for (let i = 0; i < hits.length; ) {
      const slot = hits[i] as number;
      let j = i + 1;
      while (j < hits.length && hits[j] === slot) j++;
      const profile = this.profiles[slot];
      const candidate = {
        articleId: this.slots.at(slot) as number,
        storyId: this.storyOf.at(slot) as number,
        sharedBands: j - i,
      };
      out.push(profile ? { ...candidate, profile } : candidate);
      i = j;
    }
    return out;
  }

  async findRecent(
    names: readonly string[],
    fromMs: number,
    toMs: number,
    limit: number,
  ): Promise<readonly IndexedArticle[]> {
    const call = ++this.calls;
    const found: IndexedArticle[] = [];
    for (const name of names) {
      const list = this.postings.get(name);
      if (!list) continue;
      for (const slot of list) {
        if (this.seenAt.at(slot) === call) continue;
        this.seenAt.set(slot, call);
        const profile = this.profiles[slot];
        if (profile && profile.t >= fromMs && profile.t <= toMs) {
          found.push({
            articleId: this.slots.at(slot) as number,
            storyId: this.storyOf.at(slot) as number,
            profile,
          });
        }
      }
    }
    return found.sort((a, b) => b.profile.t - a.profile.t || b.articleId - a.articleId).slice(0, limit);
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
    this.rotateBands(Math.max(Math.floor(entry.profile.t / DAY_MS), this.latestDay), slot);
    for (const band of entry.bands) this.bands.add(band, slot);
    this.remember(slot, entry.profile, entry.keys ?? recallKeys(entry.profile));
  }

  private match(table: KeyTable, key: string | null, incomingHash: number): ArticleMatch | undefined {
    const slot = key === null ? undefined : table.get(key52(key));
    if (slot === undefined) return undefined;
    return {
      articleId: this.slots.at(slot) as number,
      storyId: this.storyOf.at(slot) as number,
      contentChanged: this.hashOf.at(slot) !== incomingHash,
    };
  }

  /**
   * Starts a new band generation (from `slot`) once the current one began more than `windowDays` before
   * `latestDay`, dropping the older one: every article in it was added while the newest day was at most the
   * current generation's start, so its day is before `latestDay - windowDays` and its profile has expired.
   */
  private rotateBands(latestDay: number, slot: number): void {
    if (this.bandsFrom === Number.NEGATIVE_INFINITY) this.bandsFrom = latestDay;
    if (this.bandsFrom >= latestDay - this.windowDays) return;
    this.olderBands = this.bands;
    this.bands = new BandTable(this.olderBands.size, slot);
    this.bandsFrom = latestDay;
  }

  /** Keeps the profile and its key postings while its day is in the window; expires older days. */
  private remember(slot: number, profile: ArticleProfile, keys: readonly string[]): void {
    const day = Math.floor(profile.t / DAY_MS);
    this.seenAt.push(0);
    if (day < this.latestDay - this.windowDays) {
      this.profiles.push(undefined);
      return;
    }
    this.profiles.push(profile);
    const bucket = this.days.get(day);
    if (bucket) bucket.push(slot);
    else this.days.set(day, [slot]);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list) list.push(slot);
      else this.postings.set(key, [slot]);
    }
    if (day > this.latestDay) {
      this.latestDay = day;
      let expired = false;
      for (const [old, slots] of this.days) {
        if (old >= day - this.windowDays) continue;
        for (const s of slots) this.profiles[s] = undefined;
        this.days.delete(old);
        expired = true;
      }
      if (expired) this.sweep();
    }
  }

  /**
   * Drops expired slots from the postings (once per new day: linear in the window's postings), compacting
   * each list in place: a new array per list per day was a fifth of all the bytes placement allocated.
   */
  private sweep(): void {
    for (const [key, list] of this.postings) {
      let live = 0;
      for (const slot of list) if (this.profiles[slot] !== undefined) list[live++] = slot;
      if (live === 0) this.postings.delete(key);
      else list.length = live;
    }
  }
}
