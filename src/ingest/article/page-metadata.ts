import { resolveUrl } from '../../lib/url.ts';
import { parseDate } from '../feeds/parse-date.ts';
import { attrOf, type DomDocument } from './dom.ts';
import { firstValue, nameOf, readJsonLd } from './json-ld.ts';

/** Metadata read from the page head before Readability rewrites the document. */
export type PageMetadata = {
  readonly title: string | null;
  readonly byline: string | null;
  readonly publishedAt: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
  /** rel=canonical, then og:url, absolute; null when the page declares neither. */
  readonly canonical: string | null;
};

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="date"]',
];

function isoOf(value: unknown): string | null {
  return typeof value === 'string' ? parseDate(value).iso : null;
}

function publishedAt(doc: DomDocument, jsonLd: ReturnType<typeof readJsonLd>): string | null {
  for (const selector of DATE_META) {
    const iso = isoOf(attrOf(doc, selector, 'content'));
    if (iso) return iso;
  }
  const fromJsonLd = isoOf(firstValue(jsonLd, 'datePublished'));
  if (fromJsonLd) return fromJsonLd;
  for (const selector of [
    'time[itemprop="datePublished"]',
    'time[pubdate]',
    'article time[datetime]',
    'time[datetime]',
  ]) {
    const iso = isoOf(attrOf(doc, selector, 'datetime'));
    if (iso) return iso;
  }
  return null;
}

function absolute(href: string | null, base: string): string | null {
  const url = href ? resolveUrl(href, base) : undefined;
  return url && /^https?:/i.test(url) ? url : null;
}

/** Reads title, byline, publication date, site name, declared language and canonical URL; never throws. */
export function readPageMetadata(doc: DomDocument, pageUrl: string): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const author = attrOf(doc, 'meta[name="author"]', 'content') ?? nameOf(firstValue(jsonLd, 'author'));
  return {
    title:
      attrOf(doc, 'meta[property="og:title"]', 'content') ??
      nameOf(firstValue(jsonLd, 'headline')) ??
      (doc.title.trim() || null),
    byline: author && !/^https?:/i.test(author) ? author : null,
    publishedAt: publishedAt(doc, jsonLd),
    siteName:
      attrOf(doc, 'meta[property="og:site_name"]', 'content') ?? nameOf(firstValue(jsonLd, 'publisher')),
    language:
      doc.documentElement.getAttribute('lang')?.trim() ||
      attrOf(doc, 'meta[http-equiv="content-language" i]', 'content') ||
      attrOf(doc, 'meta[property="og:locale"]', 'content'),
    canonical:
      absolute(attrOf(doc, 'link[rel="canonical"]', 'href'), pageUrl) ??
      absolute(attrOf(doc, 'meta[property="og:url"]', 'content'), pageUrl),
  };
}
