/** Options for {@link createHttpGet}. */
export type HttpGetOptions = {
  /** User-Agent header sent with every request (and matched against robots.txt). */
  readonly userAgent: string;
  /** Whole-request deadline including redirects and body (default 15000). */
  readonly timeoutMs?: number;
  /** Cap on the decompressed body (default 10 MB). */
  readonly maxBytes?: number;
  /** Hosts or IP addresses exempt from the SSRF guard, e.g. '127.0.0.1' for tests. */
  readonly allowHosts?: readonly string[];
  /** Requests in flight per host (default 2). */
  readonly perHostConcurrency?: number;
  /** Requests in flight overall (default 8). */
  readonly globalConcurrency?: number;
  /** Check robots.txt before fetching (default false). */
  readonly respectRobots?: boolean;
};

/** One GET, optionally conditional (RFC 9110 section 13.1). */
export type HttpGetRequest = {
  readonly url: string;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
};

/** The outcome of one GET: a body, "not modified", or an expected failure with a stable code. */
export type FetchResult =
  | {
      readonly kind: 'ok';
      /** Final URL after redirects. */
      readonly url: string;
      readonly status: number;
      readonly body: Uint8Array;
      readonly contentType: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
      /** Where the request URL now lives, when every redirect from it so far was permanent (301/308). */
      readonly permanentRedirect: string | null;
      readonly retryAfterSeconds: number | null;
      /** Seconds the body stays fresh per Cache-Control max-age (minus Age); 0 for no-cache/no-store;
       * null when the server says nothing. A poller should not refetch sooner. */
      readonly maxAgeSeconds?: number | null;
    }
  | {
      readonly kind: 'not_modified';
      readonly url: string;
      readonly etag: string | null;
      readonly lastModified: string | null;
      /** As on 'ok': a 304 refreshes the stored response's freshness (RFC 9111 section 4.3.4). */
      readonly maxAgeSeconds?: number | null;
    }
  | {
      readonly kind: 'error';
      /** http_<status>, timeout, too_large, dns_error, connection_refused, connection_reset, tls_error,
       * ssrf_blocked, redirect_loop, robots_disallowed, invalid_url or network_error. */
      readonly code: string;
      readonly message: string;
      readonly status?: number;
      /** From Retry-After (delay-seconds or HTTP-date, capped at a week) on any non-2xx answer, in
       * particular 429 and 503; null when absent or unparseable. */
      readonly retryAfterSeconds?: number | null;
    };

/** The network port of the pipeline: never throws for an expected failure. */
export type HttpGet = (request: HttpGetRequest) => Promise<FetchResult>;

/** The error variant of {@link FetchResult}. */
export type FetchError = Extract<FetchResult, { kind: 'error' }>;

/** Builds an error result. */
export function fetchError(
  code: string,
  message: string,
  extra: { status?: number; retryAfterSeconds?: number | null } = {},
): FetchError {
  return { kind: 'error', code, message, ...extra };
}
