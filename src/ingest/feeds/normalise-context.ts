import type { FeedWarning } from '../../domain/feed.ts';
import { resolveUrl } from '../../lib/url.ts';
import { parseDate } from './parse-date.ts';

const MAX_WARNINGS = 100;

/** Shared state of one normalisation run: the warning list and helpers that record into it. */
export type NormaliseContext = {
  readonly warnings: FeedWarning[];
  warn(code: string, message: string): void;
  /** UTC ISO 8601 of the first parseable candidate, recording a warning for each bad one. */
  date(where: string, ...candidates: unknown[]): string | null;
};

/** Creates a context writing into `warnings` (capped at 100 entries); never throws. */
export function createContext(warnings: FeedWarning[]): NormaliseContext {
  const warn = (code: string, message: string): void => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, message });
    else if (warnings.length === MAX_WARNINGS)
      warnings.push({ code: 'too_many_warnings', message: 'further warnings dropped' });
  };
  const date = (where: string, ...candidates: unknown[]): string | null => {
    for (const candidate of candidates) {
      const { iso, problem } = parseDate(candidate);
      if (problem) warn(iso ? 'date_imprecise' : 'date_unparseable', `${where}: ${problem}`);
      if (iso) return iso;
    }
    return null;
  };
  return { warnings, warn, date };
}

/** Non-empty trimmed string or null, for values whose runtime type is not guaranteed. */
export function str(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** First element of an array when it is one, else null. */
export function first<T>(value: readonly T[] | undefined | null): T | null {
  return Array.isArray(value) && value.length > 0 ? (value[0] as T) : null;
}

/** Resolves `base` (xml:base, possibly relative) against `parent`; returns the parent when absent. */
export function childBase(parent: string | undefined, base: unknown): string | undefined {
  const b = str(base);
  if (!b) return parent;
  return resolveUrl(b, parent) ?? parent;
}

/** Absolute http(s) URL of `href` against `base`, or null when it is missing or unusable. */
export function absoluteUrl(href: unknown, base: string | undefined): string | null {
  const h = str(href);
  if (!h) return null;
  const resolved = resolveUrl(h, base);
  if (resolved && /^https?:/i.test(resolved)) return resolved;
  // Keep a relative link when there is nothing to resolve it against, rather than dropping it.
  return resolved ? null : base === undefined && !/^[a-z][a-z0-9+.-]*:/i.test(h) ? h : null;
}

/** De-duplicated, trimmed, non-empty strings. */
export function uniqueStrings(values: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const s = str(v);
    if (s) out.add(s);
  }
  return [...out];
}
