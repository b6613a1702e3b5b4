/** The List-* headers of one message (RFC 2369, RFC 2919, RFC 8058). */
export type ListHeaders = Readonly<Record<string, string>>;

/**
 * List headers for a digest message: `List-Unsubscribe` with the https one-click URL first and a mailto
 * fallback, and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058 §3.1: the POST must
 * unsubscribe without further interaction, so the URL carries its own signed token).
 */
export function listUnsubscribeHeaders(input: {
  unsubscribeUrl: string;
  mailto: string;
  listId: string;
  archiveUrl: string;
}): ListHeaders {
  return {
    'List-Unsubscribe': `<${input.unsubscribeUrl}>, <${input.mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': input.listId,
    'List-Archive': `<${input.archiveUrl}>`,
  };
}

/** How a mail client may unsubscribe, as the list-unsubscribe conformance cases classify it. */
export type UnsubscribeMethod =
  | { readonly kind: 'OneClick'; readonly url: string }
  | { readonly kind: 'HttpLink'; readonly url: string }
  | { readonly kind: 'Mailto'; readonly address: string; readonly subject: string | null }
  | { readonly kind: 'None' };

function parseUri(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/**
 * Receiver-side classification of `List-Unsubscribe` (+ `List-Unsubscribe-Post`): one-click needs both
 * headers and an https URI (RFC 8058 §3.1); otherwise mailto is preferred over http(s), the first URI of
 * a scheme wins and a mailto `body` is dropped (the conformance fixtures' documented choices). Never throws.
 */
export function classifyListUnsubscribe(header: string, post: string | null): UnsubscribeMethod {
  const uris = [...header.matchAll(/<([^>]*)>/g)]
    .map((m) => parseUri((m[1] ?? '').trim()))
    .filter((u): u is URL => u !== undefined);
  const https = uris.find((u) => u.protocol === 'https:');
  const http = uris.find((u) => u.protocol === 'http:' || u.protocol === 'https:');
  const mailto = uris.find((u) => u.protocol === 'mailto:');
  if (https && post !== null && post.trim().toLowerCase() === 'list-unsubscribe=one-click')
    return { kind: 'OneClick', url: https.href };
  if (mailto) {
    const address = decodeURIComponent(mailto.pathname);
    if (address) return { kind: 'Mailto', address, subject: mailto.searchParams.get('subject') };
  }
  if (http) return { kind: 'HttpLink', url: http.href };
  return { kind: 'None' };
}
