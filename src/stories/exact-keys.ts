import { contentHash } from '../lib/hash.ts';
import { canonicalUrl } from '../lib/url.ts';
import type { ExactKeys } from './story-index.ts';

/** Input of `exactKeysOf`. */
export type ExactInput = {
  readonly url?: string | null;
  readonly originalUrl?: string | null;
  readonly guid?: string | null;
  readonly source?: string | number | null;
  readonly text: string;
};

/** Exact-layer keys: canonical URL and original (tracking, AMP, fragments stripped), source-scoped GUID, content hash. */
export function exactKeysOf(input: ExactInput): ExactKeys {
  const url = input.url?.trim() ? canonicalUrl(input.url) : null;
  const original = input.originalUrl?.trim() ? canonicalUrl(input.originalUrl) : null;
  return {
    canonicalUrl: url,
    originalUrl: original && original !== url ? original : null,
    guidKey: input.guid?.trim() ? `${input.source ?? ''}:${input.guid.trim()}` : null,
    contentHash: contentHash(input.text),
  };
}
