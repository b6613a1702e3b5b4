import { type FetchError, fetchError } from './types.ts';

const BY_CODE: Readonly<Record<string, string>> = {
  ENOTFOUND: 'dns_error',
  EAI_AGAIN: 'dns_error',
  EAI_NODATA: 'dns_error',
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  EPIPE: 'connection_reset',
  UND_ERR_SOCKET: 'connection_reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  EHOSTUNREACH: 'network_error',
  ENETUNREACH: 'network_error',
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string' && own !== 'ABORT_ERR') return own;
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested)) for (const e of nested) if (codeOf(e)) return codeOf(e);
  return codeOf((error as { cause?: unknown }).cause);
}

/** Maps an error thrown by fetch or by reading its body to a stable error result; never throws. */
export function classifyError(error: unknown, url: string, timedOut: boolean, timeoutMs: number): FetchError {
  if (timedOut) return fetchError('timeout', `${url}: no complete response within ${timeoutMs} ms`);
  const code = codeOf(error);
  const detail =
    error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : String(error);
  if (code && BY_CODE[code]) return fetchError(BY_CODE[code], `${url}: ${detail} (${code})`);
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return fetchError('tls_error', `${url}: TLS certificate problem: ${detail} (${code})`);
  }
  return fetchError('network_error', `${url}: ${detail}${code ? ` (${code})` : ''}`);
}
