import { createHash } from 'node:crypto';
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
    contentHash: storyContentHash(input.text),
  };
}

/** Reused byte buffer of `storyContentHash` (hashed before the call returns, so no caller shares it). */
let contentBytes = new Uint8Array(4096);

/**
 * Equal to `contentHash(text)` (lib/hash.ts), computed without intermediate strings on ASCII text: there
 * lower-casing, NFKC and "runs of non-letters/digits -> one space, trimmed" reduce to a byte loop.
 */
export function storyContentHash(text: string): string {
  const n = text.length;
  if (contentBytes.length < n) contentBytes = new Uint8Array(Math.max(n, contentBytes.length * 2));
  const bytes = contentBytes;
  let length = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x7f) return contentHash(text);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && length > 0) bytes[length++] = 32;
      gap = false;
      bytes[length++] = c;
    } else gap = true;
  }
  return createHash('sha256').update(bytes.subarray(0, length)).digest('hex');
}
