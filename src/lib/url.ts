/** Query parameters that only track the click and never change the page. */
const TRACKING_PARAMS =
  /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_hsenc|_hsmi|igshid|ref|ref_src|cmpid|ncid|ocid|sr_share|__twitter_impression)$/i;

/**
 * Canonical form of an article URL for exact de-duplication: lower-case host without `www.`/`m.`/`amp.`,
 * no fragment, no tracking parameters, no AMP path suffix, sorted query, no trailing slash.
 * Returns the input unchanged when it is not an absolute http(s) URL.
 */
export function canonicalUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input.trim();
  url.protocol = 'https:';
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^(www|m|mobile|amp)\./, '');
  url.port = url.port === '80' || url.port === '443' ? '' : url.port;
  const kept = [...url.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAMS.test(key) && key.toLowerCase() !== 'amp' && key !== 'outputType')
    .sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  url.pathname =
    url.pathname
      .replace(/\/amp\/?$/i, '/')
      .replace(/\.amp(\.html)?$/i, '$1')
      .replace(/\/+$/, '') || '/';
  const text = url.toString();
  return text.endsWith('/') && url.pathname === '/' && !url.search ? text.slice(0, -1) : text;
}

/** Resolves `href` against `base`; undefined when either is unusable. */
export function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).toString();
  } catch {
    return undefined;
  }
}

/** Host name of a URL without `www.`, or undefined when it does not parse. */
export function hostOf(input: string): string | undefined {
  try {
    return new URL(input).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
