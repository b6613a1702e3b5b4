import { ACCEPTABLE_URI_SCHEMES } from './sanitiser-lists.ts';

// URLs the WHATWG parser leaves exactly as written: lower-case http(s), a lower-case ASCII host (checked
// by plainHost), no port, and a path, query and fragment of characters that are never percent-encoded,
// with no dot segments. These skip `new URL`, which otherwise dominates feed parsing. The character
// classes either side of each literal are disjoint, so matching is one forward pass.
const PLAIN_ABSOLUTE = /^https?:\/\/([a-z0-9.-]+)\/[A-Za-z0-9\-._~!$&()*+,;=:@%/?#]*$/;
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&()*+,;=:@%/?#]*$/;

/** The `scheme://host` of the last base seen, when it is a plain http(s) base (one-entry memo). */
let memoBase = '';
let memoOrigin: string | null = null;

function plainOrigin(base: string): string | null {
  if (base !== memoBase) {
    memoBase = base;
    memoOrigin = null;
    try {
      const url = new URL(base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password)
        memoOrigin = `${url.protocol}//${url.host}`;
    } catch {
      memoOrigin = null;
    }
  }
  return memoOrigin;
}

/** True for a host of non-empty labels whose last label starts with a letter (so no IPv4 rewriting). */
function plainHost(host: string): boolean {
  const dot = host.lastIndexOf('.');
  const last = host.charCodeAt(dot + 1);
  return last >= 97 && last <= 122 && !host.startsWith('.') && !host.includes('..');
}

/** Resolves `uri` against `base` (either may be empty or relative); returns `uri` when that fails. */
export function joinUrl(base: string | undefined, uri: string): string {
  if (!uri.includes('/.')) {
    const absolute = PLAIN_ABSOLUTE.exec(uri);
    if (absolute && plainHost(absolute[1] ?? '')) return uri;
    if (base && PLAIN_PATH.test(uri)) {
      const origin = plainOrigin(base);
      if (origin) return origin + uri;
    }
  }
  const fixed = uri.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)\/*/, '$1');
  if (!base) return fixed;
  try {
    return new URL(fixed, base).toString();
  } catch {
    return fixed;
  }
}

/** Lower-cased scheme of an absolute URI, or '' for a relative one. */
function schemeOf(uri: string): string {
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri.trim())?.[1]?.toLowerCase() ?? '';
}

/**
 * `rel` resolved against `base`, or '' when the result uses a scheme outside the allow-list
 * (javascript:, data:, vbscript:); with no `rel`, checks `base` itself.
 */
export function safeAbsoluteUrl(base: string | undefined, rel?: string): string {
  if (!base) return rel ?? '';
  if (!rel) {
    if (base.startsWith('https://') || base.startsWith('http://')) return base;
    const scheme = schemeOf(base);
    return !scheme || ACCEPTABLE_URI_SCHEMES.has(scheme) ? base : '';
  }
  const uri = joinUrl(base, rel);
  if (uri.startsWith('https://') || uri.startsWith('http://')) return uri;
  return ACCEPTABLE_URI_SCHEMES.has(schemeOf(uri)) ? uri : '';
}
