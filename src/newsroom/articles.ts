import type { ArticleSpec } from './article-spec.ts';
import { CYBER_LEDGER_ARTICLES } from './articles-cyber-ledger.ts';
import { PATCH_WIRE_ARTICLES } from './articles-patch-wire.ts';
import { THREAT_POST_DAILY_ARTICLES } from './articles-threat-post-daily.ts';
import type { ArticleRef, NewsroomArticle, OutletId } from './types.ts';

/** A verbatim copy of another outlet's article, published `delayMinutes` after the original. */
interface CopySpec {
  readonly kind: 'syndicated' | 'republished';
  readonly of: ArticleRef;
  readonly outlet: OutletId;
  readonly delayMinutes: number;
}

const COPIES: readonly CopySpec[] = [
  // Exact syndicated copy: same text, different outlet and URL (the JSON Feed adds utm_* parameters).
  {
    kind: 'syndicated',
    of: { outlet: 'cyber-ledger', slug: 'uk-allies-blame-gru-for-logistics-hacking-campaign' },
    outlet: 'threat-post-daily',
    delayMinutes: 35,
  },
  // The aggregator republishes full text and ends each page with a "Source link" to the original.
  {
    kind: 'republished',
    of: { outlet: 'cyber-ledger', slug: 'lockbit-ransomware-ohio-hospital-diverts-ambulances' },
    outlet: 'infosec-roundup',
    delayMinutes: 50,
  },
  {
    kind: 'republished',
    of: { outlet: 'patch-wire', slug: 'microsoft-patch-tuesday-67-flaws-two-zero-days' },
    outlet: 'infosec-roundup',
    delayMinutes: 70,
  },
];

const MINUTE_MS = 60_000;

/**
 * Returns every article of the sample newsroom (originals, the syndicated copy and the aggregator's
 * republications) dated relative to `now`, newest first; deterministic for a given `now`.
 */
export function buildArticles(now: Date): NewsroomArticle[] {
  const at = (ageMinutes: number): string => new Date(now.getTime() - ageMinutes * MINUTE_MS).toISOString();
  const originals: NewsroomArticle[] = [
    ...fromSpecs('cyber-ledger', CYBER_LEDGER_ARTICLES, at),
    ...fromSpecs('patch-wire', PATCH_WIRE_ARTICLES, at),
    ...fromSpecs('threat-post-daily', THREAT_POST_DAILY_ARTICLES, at),
  ];
  const copies = COPIES.map((copy): NewsroomArticle => {
    const source = originals.find(
      (article) => article.outlet === copy.of.outlet && article.slug === copy.of.slug,
    );
    if (source === undefined) throw new Error(`newsroom/articles: copy of unknown article ${copy.of.slug}`);
    const publishedAt = new Date(
      Date.parse(source.publishedAt) + copy.delayMinutes * MINUTE_MS,
    ).toISOString();
    return { ...source, outlet: copy.outlet, publishedAt, origin: { kind: copy.kind, of: copy.of } };
  });
  return [...originals, ...copies].toSorted((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}

function fromSpecs(
  outlet: OutletId,
  specs: readonly ArticleSpec[],
  at: (ageMinutes: number) => string,
): NewsroomArticle[] {
  return specs.map((spec) => ({
    slug: spec.slug,
    outlet,
    title: spec.title,
    summary: spec.summary,
    body: spec.body,
    author: spec.author,
    publishedAt: at(spec.ageMinutes),
    tags: spec.tags,
    storyId: spec.rewriteOf?.slug ?? spec.slug,
    origin: spec.rewriteOf === undefined ? { kind: 'original' } : { kind: 'rewrite', of: spec.rewriteOf },
  }));
}
