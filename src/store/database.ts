import { type Generated, type Kysely, PostgresAdapter } from 'kysely';

/** Table types: the only description of the schema the code relies on (timestamps are ISO 8601 UTC text). */
export type SourceTable = {
  id: Generated<number>;
  url: string;
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_success_at: string | null;
  last_error_code: string | null;
  last_error_message: string | null;
  consecutive_failures: number;
  next_poll_at: string | null;
  created_at: string;
};

export type StoryTable = {
  id: Generated<number>;
  title: string;
  section: string;
  representative_article_id: number | null;
  article_count: number;
  outlet_count: number;
  first_seen_at: string;
  last_seen_at: string;
};

export type ArticleTable = {
  id: Generated<number>;
  source_id: number | null;
  story_id: number | null;
  url: string;
  canonical_url: string;
  original_url: string | null;
  guid: string | null;
  title: string;
  author: string | null;
  text: string;
  html: string | null;
  outlet: string;
  language: string | null;
  content_hash: string;
  published_at: string;
  fetched_at: string;
  /** The Analysis contract as JSON (null until analysed). */
  analysis_json: string | null;
};

export type EntityTable = {
  id: string;
  kind: string;
  name: string;
};

export type ArticleEntityTable = {
  article_id: number;
  entity_id: string;
  story_id: number | null;
  mention_count: number;
};

/** One row per (entity, story mentioning it), with the story's UTC first-seen day (migration 0011). */
export type EntityStoryTable = {
  entity_id: string;
  story_id: number;
  day: string;
};

/** Stories mentioning an entity per UTC first-seen day (migration 0011); rows with no stories are removed. */
export type EntityDayTable = {
  entity_id: string;
  day: string;
  story_count: number;
};

/** Stories shared by an ordered pair of entities (migration 0012); rows reaching zero are removed. */
export type EntityPairTable = {
  entity_id: string;
  other_id: string;
  story_count: number;
};

/** Events per (entity, role, event type) (migration 0011), kept by `saveArticleEvents`. */
export type EntityEventRoleTable = {
  entity_id: string;
  role: string;
  event_type: string;
  event_count: number;
};

export type DigestTable = {
  date: string;
  timezone: string;
  subject: string;
  html: string;
  text: string;
  story_count: number;
  created_at: string;
};

export type KbEntryTable = {
  source: string;
  /** Position in its source's import, which the knowledge-base build depends on. */
  ordinal: number;
  id: string;
  kind: string;
  name: string;
  entry_json: string;
  imported_at: string;
};

export type KbIgnoreTable = {
  text: string;
  created_at: string;
};

/** An event derived from an article's analysis (migration 0004), for the ledger and event facets. */
export type EventTable = {
  id: Generated<number>;
  article_id: number;
  story_id: number | null;
  ordinal: number;
  type: string;
  stance: string;
  realis: string;
  trigger_text: string;
  sentence_text: string;
  confidence: number;
  rule: string | null;
  published_at: string;
};

/** One argument of a stored event (role, resolved entity id when known, evidence text). */
export type EventArgumentTable = {
  event_id: number;
  /** The event's type, copied for index-only counts (null only where written by hand). */
  event_type: string | null;
  ordinal: number;
  role: string;
  entity_id: string | null;
  text: string;
};

/** Digest subscribers; `email` is normalised and unique. */
export type SubscriberTable = {
  id: Generated<number>;
  email: string;
  status: string;
  topics_json: string;
  bounce_count: number;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
};

/** One delivery per (digest date, subscriber). */
export type DeliveryTable = {
  digest_date: string;
  subscriber_id: number;
  status: string;
  attempts: number;
  message_id: string | null;
  last_error: string | null;
  updated_at: string;
};

export type Database = {
  sources: SourceTable;
  stories: StoryTable;
  articles: ArticleTable;
  entities: EntityTable;
  article_entities: ArticleEntityTable;
  entity_stories: EntityStoryTable;
  entity_days: EntityDayTable;
  entity_pairs: EntityPairTable;
  entity_event_roles: EntityEventRoleTable;
  digests: DigestTable;
  kb_ignore: KbIgnoreTable;
  kb_entries: KbEntryTable;
  subscribers: SubscriberTable;
  deliveries: DeliveryTable;
  events: EventTable;
  event_arguments: EventArgumentTable;
};

export type Db = Kysely<Database>;

/** The SQL dialects the same repositories run on. */
export type Dialect = 'sqlite' | 'postgres';

/** The dialect a Kysely instance talks to. */
export function dialectOf(db: Db): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
