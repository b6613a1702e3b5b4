import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTempSqlite, type TestStore } from '../../test/support/stores.ts';
import { createApp } from './app.tsx';
import { startServer } from './node.ts';
import { seedStore, TEST_CONFIG } from './testdata/seed.ts';

describe('startServer', () => {
  let store: TestStore;
  before(async () => {
    store = await openTempSqlite();
    await seedStore(store.db);
  });
  after(() => store.dispose());

  it('listens on a free port on 127.0.0.1, answers, and closes', async () => {
    const server = await startServer(createApp({ db: store.db, config: TEST_CONFIG }), {
      port: 0,
      host: '127.0.0.1',
    });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.notEqual(server.url, 'http://127.0.0.1:0');
      const res = await fetch(`${server.url}/api/v1/sources`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(((await res.json()) as { data: unknown[] }).data.length, 1);
    } finally {
      await server.close();
    }
  });

  it('rejects when the port is taken', async () => {
    const app = createApp({ db: store.db, config: TEST_CONFIG });
    const first = await startServer(app, { port: 0, host: '127.0.0.1' });
    try {
      const port = Number(new URL(first.url).port);
      await assert.rejects(startServer(app, { port, host: '127.0.0.1' }), /EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
