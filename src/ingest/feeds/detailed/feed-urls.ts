import { ACCEPTABLE_URI_SCHEMES } from './sanitiser-lists.ts';

/** Resolves `uri` against `base` (either may be empty or relative); returns `uri` when that fails. */
export function joinUrl(base: string | undefined, uri: string): string {
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
    const scheme = schemeOf(base);
    return !scheme || ACCEPTABLE_URI_SCHEMES.has(scheme) ? base : '';
  }
  const uri = joinUrl(base, rel);
  return ACCEPTABLE_URI_SCHEMES.has(schemeOf(uri)) ? uri : '';
}
