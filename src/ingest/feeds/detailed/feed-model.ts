/** A value in the detailed feed model: strings, numbers, booleans, lists and nested dictionaries. */
export type FeedValue = string | number | boolean | null | FeedValue[] | FeedDict;

/** A dictionary of the detailed feed model, keyed by Universal Feed Parser's canonical names. */
export type FeedDict = { [key: string]: FeedValue };

/**
 * Everything a lenient feed parse found, in the widely used Universal Feed Parser shape (`feed`,
 * `entries`, `*_detail`, `links`, `tags`, ...); dates under `*_parsed` are UTC ISO 8601 strings.
 */
export type DetailedFeed = {
  /** True when the document was not well-formed (or its encoding was wrong) but was recovered. */
  readonly bozo: boolean;
  readonly bozoMessages: readonly string[];
  /** Name of the character encoding the bytes were decoded with. */
  readonly encoding: string;
  /** rss090, rss091u, rss092, rss10, rss20, atom03, atom10, json1, json11, ... or '' when unknown. */
  readonly version: string;
  /** Namespaces declared by the document, by their conventional prefix. */
  readonly namespaces: Readonly<Record<string, string>>;
  readonly feed: FeedDict;
  readonly entries: FeedDict[];
  /** Dates that could not be read, or only loosely ("item 3: unparseable date ..."); not a bozo matter. */
  readonly dateProblems: readonly string[];
  /** DOCTYPE entity declarations refused as unsafe (references to other entities, SYSTEM, too long). */
  readonly refusedEntities: number;
};

/** Alternative names written to their canonical key (RSS and Atom 0.3 words for the same things). */
const WRITE_ALIASES: Readonly<Record<string, string>> = {
  channel: 'feed',
  items: 'entries',
  guid: 'id',
  date: 'updated',
  date_parsed: 'updated_parsed',
  description: 'summary',
  description_detail: 'summary_detail',
  url: 'href',
  modified: 'updated',
  modified_parsed: 'updated_parsed',
  issued: 'published',
  issued_parsed: 'published_parsed',
  copyright: 'rights',
  copyright_detail: 'rights_detail',
  tagline: 'subtitle',
  tagline_detail: 'subtitle_detail',
};

/** Sets `key` (mapped to its canonical name) on `dict`; returns the value. */
export function setKey<T extends FeedValue>(dict: FeedDict, key: string, value: T): T {
  dict[WRITE_ALIASES[key] ?? key] = value;
  return value;
}

/** True when `key` (canonical or alias) is present on `dict`. */
export function hasKey(dict: FeedDict, key: string): boolean {
  return Object.hasOwn(dict, WRITE_ALIASES[key] ?? key);
}

/** Sets `key` unless it is already present; returns the stored value. */
export function setDefault<T extends FeedValue>(dict: FeedDict, key: string, value: T): FeedValue {
  const k = WRITE_ALIASES[key] ?? key;
  if (!Object.hasOwn(dict, k)) dict[k] = value;
  return dict[k] as FeedValue;
}

/** Narrows a model value to a dictionary. */
export function isDict(value: FeedValue | undefined): value is FeedDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
