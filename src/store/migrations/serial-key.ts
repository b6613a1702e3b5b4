import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * The column type and builder of an auto-increment integer primary key on either dialect. SQLite needs
 * AUTOINCREMENT so ids of deleted rows are never reused; PostgreSQL gets that from `serial`.
 */
export function serialKey(dialect: Dialect): {
  type: 'serial' | 'integer';
  build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
} {
  return dialect === 'postgres'
    ? { type: 'serial', build: (c) => c.primaryKey() }
    : { type: 'integer', build: (c) => c.primaryKey().autoIncrement() };
}
