import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { StixBundle, StixObject } from '../src/publish/stix/stix-types.ts';
import { createStixValidator, STIX_SCHEMAS_MISSING } from './stix-validator.ts';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'threatbrief.js');
const TAXII = 'application/taxii+json;version=2.1';
const ENV = { ...process.env, DATABASE_URL: '', THREATBRIEF_LOG_LEVEL: 'silent' };

function run(cwd: string, args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
    timeout: 180_000,
  });
  assert.equal(result.status, 0, `threatbrief ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  assert.ok(address && typeof address === 'object');
  return address.port;
}

/** The issue's "done when", literally: `demo --once`, `export stix --out bundle.json`, `serve` answering TAXII. */
describe('STIX/TAXII done-when: a folder where `threatbrief demo --once` has run', () => {
  let dir: string;
  let bundle: StixBundle;
  let serve: ChildProcess | undefined;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-stix-demo-'));
    run(dir, ['demo', '--once']);
    assert.match(run(dir, ['export', 'stix', '--out', 'bundle.json']), /wrote \d+ STIX objects/);
    bundle = JSON.parse(readFileSync(path.join(dir, 'bundle.json'), 'utf8')) as StixBundle;
  });
  after(() => {
    if (serve?.pid !== undefined && serve.exitCode === null) serve.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a bundle whose every object validates', { skip: STIX_SCHEMAS_MISSING }, () => {
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.length > 0);
    assert.deepEqual(createStixValidator().validateBundle(bundle), []);
  });

  it('re-exports byte for byte, and honours --story and --since', { skip: STIX_SCHEMAS_MISSING }, () => {
    run(dir, ['export', 'stix', '--out', 'again.json']);
    const first = readFileSync(path.join(dir, 'bundle.json'), 'utf8');
    assert.equal(readFileSync(path.join(dir, 'again.json'), 'utf8'), first, 'a re-export is identical');
    const report = bundle.objects.find((o) => o.type === 'report')!;
    const storyRef = (report.external_references as { source_name: string; external_id?: string }[]).find(
      (r) => r.source_name === 'threatbrief',
    );
    assert.ok(storyRef?.external_id, 'the report links its story page');
    const one = JSON.parse(run(dir, ['export', 'stix', '--story', storyRef.external_id])) as StixBundle;
    assert.deepEqual(
      one.objects.filter((o) => o.type === 'report').map((o) => o.id),
      [report.id],
    );
    const future = JSON.parse(run(dir, ['export', 'stix', '--since', '2999-01-01'])) as StixBundle;
    assert.equal(future.objects, undefined, 'an empty bundle has no "objects" (STIX 2.1 §8: one or more)');
    const validator = createStixValidator();
    assert.deepEqual(validator.validateBundle(one), []);
    assert.deepEqual(validator.validateBundle(future), []);
    assert.notDeepEqual(validator.validateBundle({ ...future, objects: [] }), [], 'an empty list is invalid');
  });

  it('carries the kinds of intelligence the demo stories hold', () => {
    const byId = new Map(bundle.objects.map((o) => [o.id, o]));
    const count = (type: string) => bundle.objects.filter((o) => o.type === type).length;
    for (const type of [
      'report',
      'identity',
      'location',
      'malware',
      'vulnerability',
      'indicator',
      'incident',
    ])
      assert.ok(count(type) > 0, `has ${type}`);
    assert.ok(count('intrusion-set') + count('threat-actor') > 0, 'has an actor');
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    const basedOn = bundle.objects.filter((o) => o.relationship_type === 'based-on');
    for (const indicator of indicators) {
      const observable = byId.get(String(basedOn.find((r) => r.source_ref === indicator.id)?.target_ref));
      assert.ok(observable, `${indicator.id} is based on an observable in the bundle`);
      assert.ok(String(indicator.pattern).startsWith(`[${observable.type}:`), String(indicator.pattern));
    }
    const isAccuser = (o: StixObject) =>
      o.relationship_type === 'attributed-to' &&
      byId.get(String(o.created_by_ref))?.type === 'identity' &&
      byId.get(String(o.created_by_ref))?.identity_class !== 'system';
    const claims = bundle.objects.filter(isAccuser);
    assert.ok(claims.length > 0, 'an attribution claimed by the accusing identity, not by Threatbrief');
    const agree = bundle.objects.filter((o) => o.type === 'opinion' && o.opinion === 'agree');
    assert.ok(agree.length > 0, "the allies' agreement");
    for (const opinion of agree)
      for (const ref of opinion.object_refs as string[]) {
        const claim = byId.get(ref);
        assert.equal(claim?.relationship_type, 'attributed-to');
        assert.notEqual(claim?.created_by_ref, opinion.created_by_ref, 'an ally agrees with someone else');
      }
  });

  it('serves the same objects over TAXII 2.1 from `threatbrief serve`', async () => {
    const port = await freePort();
    serve = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { cwd: dir, env: ENV });
    let output = '';
    serve.stdout?.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      serve!.stdout!.on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('serving ')) resolve();
      });
      serve!.once('exit', (code) => reject(new Error(`serve exited with ${String(code)}: ${output}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const discovery = await fetch(`${base}/taxii2/`, { headers: { Accept: TAXII } });
    assert.equal(discovery.status, 200);
    assert.equal(discovery.headers.get('content-type'), TAXII);
    const { default: root } = (await discovery.json()) as { default: string };
    const wrong = await fetch(`${base}/taxii2/`, { headers: { Accept: 'application/json' } });
    assert.equal(wrong.status, 406);
    assert.equal(wrong.headers.get('content-type'), TAXII);
    const { collections } = (await (
      await fetch(`${root}collections/`, { headers: { Accept: TAXII } })
    ).json()) as { collections: { id: string; alias: string }[] };
    const stories = collections.find((c) => c.alias === 'stories');
    assert.ok(stories);
    const served: string[] = [];
    let next: string | undefined;
    do {
      const url = `${root}collections/${stories.id}/objects/?limit=100${next ? `&next=${next}` : ''}`;
      const page = (await (await fetch(url, { headers: { Accept: TAXII } })).json()) as {
        objects?: StixObject[];
        more?: boolean;
        next?: string;
      };
      served.push(...(page.objects ?? []).map((o) => `${o.id}@${String(o.modified ?? '')}`));
      next = page.more ? page.next : undefined;
    } while (next);
    assert.deepEqual(
      served.sort(),
      bundle.objects.map((o) => `${o.id}@${String(o.modified ?? '')}`).sort(),
      'the stories collection is the exported bundle',
    );
    serve.kill('SIGTERM');
    await once(serve, 'exit');
  });
});
