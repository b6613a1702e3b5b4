/** TAXII 2.1 §1.6.8: the media type of every TAXII resource. */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';

/** STIX 2.1 content inside TAXII envelopes and manifests. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

type MediaRange = { type: string; version: string | undefined; q: number };

function parseRanges(header: string): MediaRange[] {
  return header.split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const value = (name: string) =>
      params
        .find((p) => p.startsWith(`${name}=`))
        ?.slice(name.length + 1)
        .replace(/^"|"$/g, '');
    const q = Number(value('q') ?? '1');
    return { type, version: value('version'), q: Number.isNaN(q) ? 1 : q };
  });
}

/**
 * Whether an Accept header admits TAXII 2.1 (§1.6.8.1): absent, `application/taxii+json` with no version or
 * version 2.1, or a wildcard; anything else (application/json, version=2.0) earns a 406.
 */
export function acceptsTaxii(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  return parseRanges(accept).some(
    (range) =>
      range.q > 0 &&
      (range.type === '*/*' ||
        range.type === 'application/*' ||
        (range.type === 'application/taxii+json' &&
          (range.version === undefined || range.version === '2.1'))),
  );
}

/** Whether a request body's Content-Type is TAXII 2.1 (§1.6.8.2): otherwise the answer is 415. */
export function isTaxiiContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [range] = parseRanges(contentType);
  return range?.type === 'application/taxii+json' && (range.version === undefined || range.version === '2.1');
}
