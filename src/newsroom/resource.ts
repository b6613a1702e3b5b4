import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A pre-rendered response body with its validators and gzip variant. */
export interface Resource {
  readonly contentType: string;
  readonly body: Buffer;
  readonly gzipped: Buffer;
  /** Strong entity tag of the identity representation, quoted. */
  readonly etag: string;
  /** Strong entity tag of the gzip representation, quoted (RFC 9110 §8.8.3: distinct per encoding). */
  readonly gzipEtag: string;
  /** Last modification time, truncated to whole seconds as HTTP dates are. */
  readonly lastModified: Date;
}

/** Returns a Resource for this body, computing its ETags and gzip bytes once; never throws. */
export function createResource(body: string | Buffer, contentType: string, lastModified: Date): Resource {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const tag = createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
  return {
    contentType,
    body: bytes,
    gzipped: gzipSync(bytes),
    etag: `"${tag}"`,
    gzipEtag: `"${tag}-gzip"`,
    lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000),
  };
}
