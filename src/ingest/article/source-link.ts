import { hostOf, resolveUrl } from '../../lib/url.ts';
import { attrOf, type DomDocument, parseDocument } from './dom.ts';

/** Link texts that republishers put on the link to the original story. */
const LINK_TEXT =
  /^(?:source(?: link| article| url)?|original(?: article| story| post| report| source| link)?|read (?:the )?(?:original|full)(?: article| story| post| report)?(?: (?:here|at|on) .*)?|(?:read|continue reading|read more) (?:at|on) .+|originally (?:published|appeared|posted) (?:at|on|in|by) .+|view (?:the )?original(?: article)?|full (?:article|story))\s*[:.»›>→]*$/i;

/** Text just before a link that marks it as the source ("Source: <a>BleepingComputer</a>"). */
const LEAD_IN = /(?:^|\s)(?:source|via|originally published (?:at|on|by)|credit|h\/t)\s*[:\-–]\s*$/i;

/**
 * A usable original URL: another site's page, or — for an explicitly labelled link ("Source link"),
 * where the label already says what it is — another article on the same host (aggregators that
 * host several outlets, such as the sample newsroom).
 */
function candidate(href: string | null, pageUrl: string, sameHostOk = false): string | null {
  const url = href ? resolveUrl(href.trim(), pageUrl) : undefined;
  if (!url || !/^https?:/i.test(url)) return null;
  const host = hostOf(url);
  if (!host) return null;
  if (host !== hostOf(pageUrl)) return url;
  return sameHostOk && new URL(url).pathname.length > 1 && stripHash(url) !== stripHash(pageUrl) ? url : null;
}

function stripHash(url: string): string {
  return url.replace(/#.*$/, '');
}

/**
 * URL of the original story on a republished page: a cross-site link labelled "Source link", "Original
 * article", "Read the original", "Source: …" and the like, else a rel=canonical on another host; null
 * when there is none. Never throws.
 */
export function findSourceLink(doc: DomDocument, pageUrl: string): string | null {
  const anchors = Array.from(doc.querySelectorAll('a[href]'));
  for (const a of anchors) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length < 120 && LINK_TEXT.test(text)) {
      const url = candidate(a.getAttribute('href'), pageUrl, true);
      if (url) return url;
    }
  }
  for (const a of anchors) {
    const before = (a.parentElement?.textContent ?? '').split(a.textContent ?? '\u0000')[0] ?? '';
    if (LEAD_IN.test(before.slice(-60))) {
      const url = candidate(a.getAttribute('href'), pageUrl);
      if (url) return url;
    }
  }
  return candidate(attrOf(doc, 'link[rel="canonical"]', 'href'), pageUrl);
}

/** Parses `html` and returns {@link findSourceLink} for it; never throws. */
export function detectSourceLink(html: string, url: string): string | null {
  return findSourceLink(parseDocument(html), url);
}
