import type { DetailedFeed, FeedDict, FeedValue } from '../../src/ingest/feeds/detailed/feed-model.ts';
import { literalMapping, type PyMapping, type PyValue, type Scope } from './python-expr.ts';

// Read-side key aliases of feedparser's FeedParserDict (feedparser/util.py keymap).
const READ_ALIASES: Readonly<Record<string, readonly string[]>> = {
  channel: ['feed'],
  items: ['entries'],
  guid: ['id'],
  date: ['updated'],
  date_parsed: ['updated_parsed'],
  description: ['summary', 'subtitle'],
  description_detail: ['summary_detail', 'subtitle_detail'],
  url: ['href'],
  modified: ['updated'],
  modified_parsed: ['updated_parsed'],
  issued: ['published'],
  issued_parsed: ['published_parsed'],
  copyright: ['rights'],
  copyright_detail: ['rights_detail'],
  tagline: ['subtitle'],
  tagline_detail: ['subtitle_detail'],
};

/** A UTC ISO 8601 string as Python's time.struct_time 9-tuple (weekday Monday=0, day of year, isdst 0). */
export function structTime(iso: string): PyValue {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
    0,
  ];
}

function toPy(value: FeedValue, key = ''): PyValue {
  if (Array.isArray(value)) return value.map((v) => toPy(v));
  if (value !== null && typeof value === 'object') return view(value);
  if (key.endsWith('_parsed') && typeof value === 'string') return structTime(value);
  return value;
}

function raw(dict: FeedDict, key: string): FeedValue | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

function links(dict: FeedDict): FeedDict[] {
  const list = raw(dict, 'links');
  return Array.isArray(list)
    ? (list.filter((l) => l !== null && typeof l === 'object' && !Array.isArray(l)) as FeedDict[])
    : [];
}

/** Wraps a model dictionary with FeedParserDict lookup semantics (aliases, category, enclosures, license). */
export function view(dict: FeedDict): PyMapping {
  const get = (key: string): PyValue | undefined => {
    if (key === 'category') {
      const tags = raw(dict, 'tags');
      const first = Array.isArray(tags) ? tags[0] : undefined;
      return first && typeof first === 'object' && !Array.isArray(first)
        ? toPy(first.term ?? null)
        : undefined;
    }
    if (key === 'enclosures') {
      const found = links(dict).filter((l) => l.rel === 'enclosure');
      if (!Object.hasOwn(dict, 'links')) return undefined;
      return found.map((l) => {
        const { rel: _rel, ...rest } = l;
        return view(rest);
      });
    }
    if (key === 'license') {
      const found = links(dict).find((l) => l.rel === 'license' && l.href !== undefined);
      if (found) return toPy(found.href ?? null);
    }
    if (key === 'updated' && !Object.hasOwn(dict, 'updated') && Object.hasOwn(dict, 'published')) {
      return toPy(dict.published ?? null, 'published');
    }
    if (
      key === 'updated_parsed' &&
      !Object.hasOwn(dict, 'updated_parsed') &&
      Object.hasOwn(dict, 'published_parsed')
    ) {
      return toPy(dict.published_parsed ?? null, 'published_parsed');
    }
    for (const alias of READ_ALIASES[key] ?? []) {
      const v = raw(dict, alias);
      if (v !== undefined) return toPy(v, alias);
    }
    const v = raw(dict, key);
    return v === undefined ? undefined : toPy(v, key);
  };
  return { kind: 'mapping', get, keys: () => Object.keys(dict) };
}

/** What the HTTP layer reported for a case served over HTTP. */
export type HttpContext = { readonly headers: readonly [string, string][]; readonly href: string };

/** The names an `Expect:` expression can use: feedparser's result dictionary, built from our model. */
export function resultScope(result: DetailedFeed, http: HttpContext | null): Scope {
  const headers = literalMapping((http?.headers ?? []).map(([k, v]) => [k.toLowerCase(), v]));
  const lastModified = http?.headers.find(([k]) => k.toLowerCase() === 'last-modified')?.[1];
  const etag = http?.headers.find(([k]) => k.toLowerCase() === 'etag')?.[1];
  const names: Record<string, PyValue> = {
    bozo: result.bozo ? 1 : false,
    bozo_exception: { kind: 'marker', name: classify(result.bozoMessages) },
    feed: view(result.feed),
    channel: view(result.feed),
    entries: result.entries.map((e) => view(e)),
    items: result.entries.map((e) => view(e)),
    encoding: result.encoding,
    version: result.version,
    namespaces: literalMapping(Object.entries(result.namespaces)),
    headers,
    feedparser: { kind: 'marker', name: 'feedparser' },
    len: {
      kind: 'callable',
      call: ([x]) =>
        typeof x === 'string' || Array.isArray(x)
          ? x.length
          : x && typeof x === 'object' && x.kind === 'mapping'
            ? x.keys().length
            : 0,
    },
    ord: {
      kind: 'callable',
      call: ([x]) => (typeof x === 'string' && [...x].length === 1 ? (x.codePointAt(0) ?? 0) : -1),
    },
    isinstance: {
      kind: 'callable',
      call: ([x, cls]) =>
        !!x &&
        typeof x === 'object' &&
        !Array.isArray(x) &&
        x.kind === 'marker' &&
        !!cls &&
        typeof cls === 'object' &&
        !Array.isArray(cls) &&
        cls.kind === 'marker' &&
        cls.name.endsWith(x.name),
    },
  };
  if (http) {
    names.href = http.href;
    names.status = 200;
  }
  if (lastModified) names.modified = lastModified;
  if (etag) names.etag = etag;
  names.locals = { kind: 'callable', call: () => literalMapping(Object.entries(names)) };
  return (name) => names[name];
}

function classify(messages: readonly string[]): string {
  if (messages.some((m) => /decoded as|served as|undecodable/.test(m))) return 'CharacterEncodingOverride';
  return messages.length > 0 ? 'NotWellFormed' : 'None';
}
