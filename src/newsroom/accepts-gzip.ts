/**
 * Returns whether an Accept-Encoding header value allows gzip (RFC 9110 §12.5.3): `gzip`, `x-gzip` or `*`
 * with a non-zero quality, where an explicit gzip entry overrides `*`.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let wildcard: boolean | undefined;
  for (const part of header.split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    const qParam = params.map((param) => param.trim().toLowerCase()).find((param) => param.startsWith('q='));
    const quality = qParam === undefined ? 1 : Number(qParam.slice(2));
    const allowed = Number.isFinite(quality) && quality > 0;
    if (name === 'gzip' || name === 'x-gzip') return allowed;
    if (name === '*') wildcard = allowed;
  }
  return wildcard ?? false;
}
