import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/connect.ts';

/** Admin URL of the test PostgreSQL server (trust auth on 127.0.0.1 by default). */
export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestStore = Store & { readonly label: string; dispose(): Promise<void> };

/** A fresh SQLite file in a temporary folder. */
export async function openTempSqlite(): Promise<TestStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-test-'));
  const store = await openStore(path.join(dir, 'test.db'));
  return {
    ...store,
    label: 'sqlite',
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An empty PostgreSQL database made for one test: its URL, and `drop()` that removes it (forcing connections). */
export async function createTempPostgresDatabase(
  prefix = 'threatbrief_test',
): Promise<{ readonly url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A fresh PostgreSQL database created for one test and dropped by `dispose()`. */
export async function openTempPostgres(): Promise<TestStore> {
  const database = await createTempPostgresDatabase();
  const store = await openStore(database.url);
  return {
    ...store,
    label: 'postgres',
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/** Both dialects, so every repository test runs on SQLite and on PostgreSQL. */
export const STORE_FACTORIES: ReadonlyArray<readonly [string, () => Promise<TestStore>]> = [
  ['sqlite', openTempSqlite],
  ['postgres', openTempPostgres],
];
