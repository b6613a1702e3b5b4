import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../../domain/article.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { canonicalUrl, hostOf } from '../../lib/url.ts';
import { parseDate } from '../feeds/parse-date.ts';
import { sanitiseHtml } from '../feeds/sanitise-html.ts';
import { detectLanguage } from './detect-language.ts';
import { type DomDocument, parseDocument } from './dom.ts';
import { htmlToText } from './html-to-text.ts';
import { readPageMetadata } from './page-metadata.ts';
import { findSourceLink } from './source-link.ts';

/** Why no article could be extracted. */
export type ExtractArticleError = 'no_content' | 'too_large';

/** Options for {@link extractArticle}. */
export type ExtractArticleOptions = {
  /** Refuse pages longer than this many characters (default 5 MB). */
  readonly maxChars?: number;
  /** Minimum characters of readable text for a page to count as an article (default 100). */
  readonly minTextLength?: number;
};

const DEFAULT_MAX_CHARS = 5 * 1024 * 1024;

/** Readability resolves links against document.baseURI, which linkedom takes from <base href>. */
function injectBase(doc: DomDocument, url: string): void {
  if (doc.querySelector('base[href]')) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  const head = doc.head ?? doc.documentElement;
  head.prepend(base);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * Extracts the readable article of an HTML page (Readability on linkedom) with title, byline, date, site,
 * language, paragraph text, sanitised HTML, canonical and original URLs; returns an error value for pages
 * that are too large or have no readable content, and never throws for malformed HTML.
 */
export function extractArticle(
  html: string,
  url: string,
  options: ExtractArticleOptions = {},
): Result<ExtractedArticle, ExtractArticleError> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (html.length > maxChars)
    return err('too_large', `page is ${html.length} characters, more than ${maxChars}`);
  const doc = parseDocument(html);
  injectBase(doc, url);
  // Read everything Readability would strip or rewrite (JSON-LD scripts, head links) first.
  const meta = readPageMetadata(doc, url);
  const originalUrl = findSourceLink(doc, url);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch (error) {
    return err('no_content', `readability failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const content = sanitiseHtml(parsed?.content ?? null, url);
  const text = content ? htmlToText(content) : '';
  if (!content || text.length < (options.minTextLength ?? 100)) {
    return err('no_content', 'no readable article text found on the page');
  }
  const sameHostCanonical = meta.canonical && hostOf(meta.canonical) === hostOf(url) ? meta.canonical : null;
  return ok({
    title: clean(parsed?.title) ?? clean(meta.title),
    byline: clean(parsed?.byline) ?? clean(meta.byline),
    publishedAt: meta.publishedAt ?? parseDate(parsed?.publishedTime).iso,
    siteName: clean(meta.siteName) ?? clean(parsed?.siteName),
    language: detectLanguage(meta.language ?? parsed?.lang ?? null, text),
    text,
    html: content,
    canonicalUrl: canonicalUrl(sameHostCanonical ?? url),
    originalUrl,
  });
}
