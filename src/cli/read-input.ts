import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/index.ts';
import { createHttpGet } from '../ingest/fetch/index.ts';

/** Bytes of a document named on the command line: an http(s) URL (fetched politely), `-` (stdin) or a file. */
export async function readInput(
  input: string,
  config: Config,
): Promise<{ bytes: Uint8Array; url: string; contentType: string | null }> {
  if (/^https?:\/\//i.test(input)) {
    const get = createHttpGet({
      userAgent: config.http.userAgent,
      timeoutMs: config.http.timeoutMs,
      maxBytes: config.http.maxBytes,
      allowHosts: config.http.allowHosts,
    });
    const response = await get({ url: input });
    if (response.kind !== 'ok') {
      throw new Error(
        `cannot fetch ${input}: ${response.kind === 'error' ? `${response.code} ${response.message}` : response.kind}`,
      );
    }
    return { bytes: response.body, url: response.url, contentType: response.contentType };
  }
  try {
    const bytes = input === '-' ? await readStdinBytes() : await readFile(input);
    return {
      bytes,
      url: input === '-' ? 'file:///stdin' : pathToFileURL(input).toString(),
      contentType: null,
    };
  } catch (cause) {
    throw new Error(
      `cannot read ${input}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`,
      { cause },
    );
  }
}

async function readStdinBytes(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
