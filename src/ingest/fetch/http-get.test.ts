import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createHttpGet } from './http-get.ts';
import type { FetchResult } from './types.ts';

const FEED = '<rss version="2.0"><channel><title>t</title></channel></rss>';
let inFlight = 0;
let maxInFlight = 0;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/feed': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
    res
      .writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT',
      })
      .end(FEED);
  },
  '/gzip': (req, res) => {
    assert.match(String(req.headers['accept-encoding']), /gzip/);
    res
      .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' })
      .end(gzipSync('hello gzip'));
  },
  '/missing': (_req, res) => void res.writeHead(404).end('nope'),
  '/busy': (_req, res) => void res.writeHead(503, { 'retry-after': '120' }).end(),
  '/limited': (_req, res) =>
    void res
      .writeHead(429, {
        'retry-after': new Date(Date.now() + 90_000).toUTCString(),
        'content-type': 'text/plain',
      })
      .end('slow down'),
  '/busy-forever': (_req, res) => void res.writeHead(503, { 'retry-after': '99999999999999999999' }).end(),
  '/busy-garbage': (_req, res) => void res.writeHead(503, { 'retry-after': 'soon' }).end(),
  '/cached': (req, res) => {
    const headers = { 'cache-control': 'public, max-age=300, s-maxage=900', age: '100', etag: '"c1"' };
    if (req.headers['if-none-match'] === '"c1"')
      return void res.writeHead(304, { ...headers, 'cache-control': 'max-age=600', age: '0' }).end();
    res.writeHead(200, headers).end(FEED);
  },
  '/no-cache': (_req, res) => void res.writeHead(200, { 'cache-control': 'no-cache, max-age=300' }).end(FEED),
  '/slow': (_req, res) => void setTimeout(() => res.writeHead(200).end('late'), 2000),
  '/slow-body': (_req, res) => {
    res.writeHead(200);
    res.write('start');
    setTimeout(() => res.end('end'), 2000);
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no Content-Length to trust
    for (let i = 0; i < 64; i++) res.write(Buffer.alloc(1024, 97));
    res.end();
  },
  '/loop-a': (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_req, res) => void res.writeHead(302, { location: '/loop-a' }).end(),
  '/moved': (_req, res) => void res.writeHead(301, { location: '/moved-2' }).end(),
  '/moved-2': (_req, res) => void res.writeHead(308, { location: '/feed' }).end(),
  '/temp': (_req, res) => void res.writeHead(302, { location: '/feed' }).end(),
  '/to-metadata': (_req, res) =>
    void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/robots.txt': (_req, res) => void res.writeHead(200).end('User-agent: *\nDisallow: /private\n'),
  '/private': (_req, res) => void res.writeHead(200).end('secret'),
  '/held': (_req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      res.writeHead(200).end('ok');
    }, 50);
  },
};

let server: Server;
let base = '';
const get = (overrides: Partial<Parameters<typeof createHttpGet>[0]> = {}) =>
  createHttpGet({
    userAgent: 'ThreatbriefTest/1.0',
    timeoutMs: 2000,
    maxBytes: 1024 * 1024,
    allowHosts: ['127.0.0.1'],
    ...overrides,
  });

function expectError(result: FetchResult, code: string): void {
  assert.equal(result.kind, 'error', JSON.stringify(result));
  assert.equal(result.kind === 'error' && result.code, code, JSON.stringify(result));
}

describe('createHttpGet', () => {
  before(async () => {
    server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing'])?.(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('returns the body with validators, then not_modified on a conditional GET', async () => {
    const httpGet = get();
    const first = await httpGet({ url: `${base}/feed` });
    assert.equal(first.kind, 'ok');
    if (first.kind !== 'ok') return;
    assert.equal(new TextDecoder().decode(first.body), FEED);
    assert.equal(first.etag, '"v1"');
    assert.equal(first.contentType, 'application/rss+xml; charset=utf-8');
    assert.equal(first.permanentRedirect, null);
    const second = await httpGet({ url: `${base}/feed`, etag: first.etag, lastModified: first.lastModified });
    assert.deepEqual(second, {
      kind: 'not_modified',
      url: `${base}/feed`,
      etag: '"v1"',
      lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT',
      maxAgeSeconds: null,
    });
  });

  it('decompresses gzip', async () => {
    const result = await get()({ url: `${base}/gzip` });
    assert.equal(result.kind === 'ok' && new TextDecoder().decode(result.body), 'hello gzip');
  });

  it('maps statuses to http_<status> with Retry-After in seconds or as an HTTP-date', async () => {
    const missing = await get()({ url: `${base}/missing` });
    expectError(missing, 'http_404');
    assert.equal(missing.kind === 'error' && missing.retryAfterSeconds, null);
    const busy = await get()({ url: `${base}/busy` });
    expectError(busy, 'http_503');
    assert.equal(busy.kind === 'error' && busy.status, 503);
    assert.equal(busy.kind === 'error' && busy.retryAfterSeconds, 120);
    const limited = await get()({ url: `${base}/limited` });
    expectError(limited, 'http_429');
    const wait = limited.kind === 'error' ? (limited.retryAfterSeconds ?? -1) : -1;
    // An HTTP-date has a one-second resolution, and the request takes a moment.
    assert.ok(wait >= 85 && wait <= 91, `Retry-After as a date gave ${wait} s`);
    const forever = await get()({ url: `${base}/busy-forever` });
    assert.equal(forever.kind === 'error' && forever.retryAfterSeconds, 7 * 24 * 60 * 60);
    const garbage = await get()({ url: `${base}/busy-garbage` });
    expectError(garbage, 'http_503');
    assert.equal(garbage.kind === 'error' && garbage.retryAfterSeconds, null);
  });

  it('reports Cache-Control max-age less Age, on 200 and on 304', async () => {
    const httpGet = get();
    const first = await httpGet({ url: `${base}/cached` });
    assert.equal(first.kind, 'ok');
    assert.equal(first.kind === 'ok' && first.maxAgeSeconds, 200);
    const again = await httpGet({ url: `${base}/cached`, etag: '"c1"' });
    assert.equal(again.kind, 'not_modified');
    assert.equal(again.kind === 'not_modified' && again.maxAgeSeconds, 600);
    const noCache = await httpGet({ url: `${base}/no-cache` });
    assert.equal(noCache.kind === 'ok' && noCache.maxAgeSeconds, 0);
    const silent = await httpGet({ url: `${base}/temp` });
    assert.equal(silent.kind === 'ok' && silent.maxAgeSeconds, null);
  });

  it('times out on slow headers and on slow bodies', async () => {
    expectError(await get({ timeoutMs: 200 })({ url: `${base}/slow` }), 'timeout');
    expectError(await get({ timeoutMs: 200 })({ url: `${base}/slow-body` }), 'timeout');
  });

  it('stops reading past maxBytes', async () => {
    expectError(await get({ maxBytes: 10_000 })({ url: `${base}/big` }), 'too_large');
    const ok = await get({ maxBytes: 100_000 })({ url: `${base}/big` });
    assert.equal(ok.kind === 'ok' && ok.body.byteLength, 65_536);
  });

  it('follows redirects, reports permanent ones and stops loops', async () => {
    const moved = await get()({ url: `${base}/moved` });
    assert.equal(moved.kind === 'ok' && moved.url, `${base}/feed`);
    assert.equal(moved.kind === 'ok' && moved.permanentRedirect, `${base}/feed`);
    const temp = await get()({ url: `${base}/temp` });
    assert.equal(temp.kind === 'ok' && temp.permanentRedirect, null);
    expectError(await get()({ url: `${base}/loop-a` }), 'redirect_loop');
  });

  it('refuses loopback, private and metadata addresses unless allow-listed', async () => {
    expectError(await get({ allowHosts: [] })({ url: `${base}/feed` }), 'ssrf_blocked');
    expectError(await get()({ url: `${base}/to-metadata` }), 'ssrf_blocked');
    const viaName = createHttpGet(
      { userAgent: 'T', allowHosts: [] },
      { resolve: async () => ['10.1.2.3', '93.184.216.34'] },
    );
    expectError(await viaName({ url: 'http://intranet.example/' }), 'ssrf_blocked');
  });

  it('reports invalid URLs, DNS failures and refused connections as values', async () => {
    expectError(await get()({ url: 'ftp://example.com/x' }), 'invalid_url');
    expectError(await get()({ url: 'not a url' }), 'invalid_url');
    const noDns = createHttpGet(
      { userAgent: 'T', allowHosts: [] },
      {
        resolve: async () => {
          throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
        },
      },
    );
    expectError(await noDns({ url: 'http://no-such-host.invalid/' }), 'dns_error');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expectError(await get()({ url: `http://127.0.0.1:${port}/` }), 'connection_refused');
  });

  it('honours robots.txt when asked', async () => {
    expectError(await get({ respectRobots: true })({ url: `${base}/private` }), 'robots_disallowed');
    assert.equal((await get({ respectRobots: true })({ url: `${base}/feed` })).kind, 'ok');
    assert.equal((await get()({ url: `${base}/private` })).kind, 'ok');
  });

  it('limits requests in flight per host', async () => {
    maxInFlight = 0;
    const httpGet = get({ perHostConcurrency: 2 });
    const results = await Promise.all(Array.from({ length: 6 }, () => httpGet({ url: `${base}/held` })));
    assert.ok(results.every((r) => r.kind === 'ok'));
    assert.equal(maxInFlight, 2);
  });
});
