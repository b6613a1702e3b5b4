import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db, Dialect } from './database.ts';
import { initialMigration } from './migrations/0001-initial.ts';
import { storyIndexMigration } from './migrations/0002-story-index.ts';
import { subscriptionsMigration } from './migrations/0003-subscriptions.ts';
import { searchMigration } from './migrations/0004-search.ts';
import { kbEntriesMigration } from './migrations/0005-kb-entries.ts';
import { webIndexesMigration } from './migrations/0006-web-indexes.ts';
import { kbEntriesOrderMigration } from './migrations/0009-kb-entries-order.ts';
import { eventArgumentTypeMigration } from './migrations/0010-event-argument-type.ts';
import { entityStoryTotalsMigration } from './migrations/0011-entity-story-totals.ts';
import { entityPairsMigration } from './migrations/0012-entity-pairs.ts';

/** The static, ordered list of migrations (no directory scanning). */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-story-index': storyIndexMigration(dialect),
    '0003-subscriptions': subscriptionsMigration(dialect),
    '0004-search': searchMigration(dialect),
    '0005-kb-entries': kbEntriesMigration(dialect),
    '0006-web-indexes': webIndexesMigration(dialect),
    '0009-kb-entries-order': kbEntriesOrderMigration(dialect),
    '0010-event-argument-type': eventArgumentTypeMigration(dialect),
    '0011-entity-story-totals': entityStoryTotalsMigration(dialect),
    '0012-entity-pairs': entityPairsMigration(),
  };
}

/** Applies pending migrations; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Db, dialect: Dialect): Promise<void> {
  await migrate(db, dialect, undefined);
}

/** Applies pending migrations up to and including `target` (upgrade tests start from an older schema). */
export async function migrateUpTo(db: Db, dialect: Dialect, target: string): Promise<void> {
  await migrate(db, dialect, target);
}

async function migrate(db: Db, dialect: Dialect, target: string | undefined): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db: db as unknown as Kysely<unknown>, provider });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store: migration ${failed} failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
}
