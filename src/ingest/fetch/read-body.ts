import { type FetchError, fetchError } from './types.ts';

/**
 * Reads a (already decompressed) response body up to `maxBytes`, cancelling the stream as soon as the cap
 * is passed; returns the bytes or a `too_large` error. Rejects only when the stream itself fails.
 */
export async function readCappedBody(
  response: Response,
  maxBytes: number,
  url: string,
): Promise<Uint8Array | FetchError> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  // Content-Length counts encoded bytes; compressed bodies only grow when decoded, so this is a safe early exit.
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return fetchError('too_large', `${url}: body is ${declared} bytes, more than the ${maxBytes} allowed`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return fetchError('too_large', `${url}: body is more than the ${maxBytes} bytes allowed`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
