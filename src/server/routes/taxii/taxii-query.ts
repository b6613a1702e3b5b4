/** Parsed TAXII 2.1 filter parameters (§3.5): every list is already split on commas. */
export type TaxiiQuery = {
  readonly addedAfter?: string;
  readonly limit: number;
  readonly next?: PageKey;
  readonly types?: readonly string[];
  readonly ids?: readonly string[];
  /** `first`, `last`, `all` and/or timestamps (as instant keys); default `last`. */
  readonly versions: readonly string[];
  readonly specVersions?: readonly string[];
};

/** Where the previous page ended: (date_added key, id, version key). */
export type PageKey = readonly [string, string, string];

/** A rejected parameter: 400 for malformed syntax, 422 for a well-formed but unsupported value. */
export type QueryProblem = { readonly status: 400 | 422; readonly message: string };

/** Default and largest page size. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const SUPPORTED_SPEC_VERSIONS = new Set(['2.0', '2.1']);

/**
 * A sortable key of an RFC 3339 timestamp: UTC, nanosecond-padded fraction, so keys compare as strings with
 * microsecond-precise date_added values (e.g. medallion's `…59.001000Z`); undefined when malformed.
 */
export function instantKey(value: string): string | undefined {
  const utc = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/i.exec(value);
  if (utc)
    return Number.isNaN(Date.parse(`${utc[1]}Z`)) ? undefined : `${utc[1]}.${(utc[2] ?? '').padEnd(9, '0')}Z`;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?[+-]\d{2}:\d{2}$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : instantKey(new Date(ms).toISOString());
}

/** Encodes a page key as an opaque `next` token. */
export function encodeNext(key: PageKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeNext(token: string): PageKey | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'string')
      ? (value as unknown as PageKey)
      : undefined;
  } catch {
    return undefined;
  }
}

function list(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw.split(',').map((item) => item.trim());
}

/** Parses the query parameters of a TAXII request, or says which one is wrong. */
export function parseTaxiiQuery(get: (name: string) => string | undefined): TaxiiQuery | QueryProblem {
  const query: { -readonly [K in keyof TaxiiQuery]: TaxiiQuery[K] } = {
    limit: DEFAULT_LIMIT,
    versions: ['last'],
  };
  const addedAfter = get('added_after');
  if (addedAfter !== undefined) {
    const key = instantKey(addedAfter);
    if (!key)
      return { status: 400, message: `added_after must be an RFC 3339 timestamp, got "${addedAfter}"` };
    query.addedAfter = key;
  }
  const limit = get('limit');
  if (limit !== undefined) {
    if (!/^[1-9]\d{0,9}$/.test(limit))
      return { status: 400, message: `limit must be a positive integer, got "${limit}"` };
    query.limit = Math.min(Number(limit), MAX_LIMIT);
  }
  const next = get('next');
  if (next !== undefined) {
    const key = decodeNext(next);
    if (!key) return { status: 400, message: 'next must be the value of a previous response\'s "next"' };
    query.next = key;
  }
  const types = list(get('match[type]'));
  if (types?.some((type) => !/^[a-z0-9][a-z0-9-]*$/.test(type)))
    return { status: 400, message: 'match[type] must list STIX type names' };
  if (types) query.types = types;
  const ids = list(get('match[id]'));
  if (ids?.some((id) => !/^[a-z0-9-]+--[0-9a-f-]{36}$/i.test(id)))
    return { status: 400, message: 'match[id] must list STIX identifiers' };
  if (ids) query.ids = ids;
  const versions = list(get('match[version]'));
  if (versions) {
    const keys = versions.map((v) => (['first', 'last', 'all'].includes(v) ? v : instantKey(v)));
    if (keys.some((key) => key === undefined))
      return { status: 400, message: 'match[version] must list first, last, all or RFC 3339 timestamps' };
    query.versions = keys as string[];
  }
  const specVersions = list(get('match[spec_version]'));
  if (specVersions) {
    if (specVersions.some((v) => !/^\d+\.\d+$/.test(v)))
      return { status: 400, message: 'match[spec_version] must list versions such as 2.1' };
    const unsupported = specVersions.find((v) => !SUPPORTED_SPEC_VERSIONS.has(v));
    if (unsupported)
      return { status: 422, message: `STIX spec_version ${unsupported} is not supported (2.0, 2.1)` };
    query.specVersions = specVersions;
  }
  return query;
}
