import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'threatbrief.js');
const SEED = path.resolve(import.meta.dirname, '..', '..', 'shared', 'examples', 'seed-article.txt');
const cwd = mkdtempSync(path.join(tmpdir(), 'threatbrief-cli-'));

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', THREATBRIEF_LOG_LEVEL: 'silent' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('threatbrief CLI', () => {
  after(() => rmSync(cwd, { recursive: true, force: true }));

  it('has --help on every command and exits 2 on usage errors', () => {
    // Each spawn costs a process start; the root help and a nested command cover the help machinery.
    for (const args of [[], ['sources', 'add']]) {
      const result = cli([...args, '--help']);
      assert.equal(result.code, 0, `${args.join(' ')} --help`);
      assert.match(result.stdout, /Usage: threatbrief/);
    }
    assert.equal(cli(['no-such-command']).code, 2);
    assert.equal(cli(['sources', 'add', 'not a url']).code, 2);
    assert.equal(cli(['sources', 'remove', 'abc']).code, 2);
    assert.equal(cli(['digest', 'build', '--date', '2026-13-45']).code, 2);
    assert.equal(cli(['analyze']).code, 2);
    const noWorkers = cli(['serve', '--workers', '0']);
    assert.equal(noWorkers.code, 2);
    assert.match(noWorkers.stderr, /--workers must be 1 or more/);
  });

  it('manages sources in ./data/threatbrief.db with --json output', () => {
    const added = cli([
      'sources',
      'add',
      'https://news.example/feed.xml',
      '--name',
      'Example News',
      '--json',
    ]);
    assert.equal(added.code, 0, added.stderr);
    const source = JSON.parse(added.stdout) as { id: number; name: string; created: boolean };
    assert.equal(source.name, 'Example News');
    assert.equal(source.created, true);
    assert.ok(existsSync(path.join(cwd, 'data', 'threatbrief.db')), 'default database under ./data');
    const listed = JSON.parse(cli(['sources', 'list', '--json']).stdout) as Array<{ id: number }>;
    assert.deepEqual(
      listed.map((s) => s.id),
      [source.id],
    );
    assert.equal(cli(['sources', 'remove', String(source.id)]).code, 0);
    assert.equal(cli(['sources', 'remove', String(source.id)]).code, 1, 'removing a missing source fails');
    assert.deepEqual(JSON.parse(cli(['sources', 'list', '--json']).stdout), []);
  });

  it('analyses a document to the contract, and JSON Lines keeping each id', {
    skip: !existsSync(SEED) && 'shared/examples is absent',
  }, () => {
    const result = cli(['analyze', SEED, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const analysis = JSON.parse(result.stdout) as {
      text_length: number;
      entities: Array<{ id: string; mentions: Array<{ start: number; end: number; text: string }> }>;
    };
    const text = readFileSync(SEED, 'utf8');
    assert.equal(analysis.text_length, text.length);
    for (const id of ['country:US', 'country:CN', 'country:RU']) {
      const entity = analysis.entities.find((e) => e.id === id);
      assert.ok(entity, `${id} found`);
      for (const m of entity.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    }
    const lines = cli(
      ['analyze', '--jsonl'],
      `${JSON.stringify({ id: 'a1', title: 'T', text: 'Russia denied it.' })}\n${JSON.stringify({ id: 7, title: null, text: 'CVE-2024-3400 hit PAN-OS.' })}\n`,
    );
    assert.equal(lines.code, 0, lines.stderr);
    const out = lines.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; entities: Array<{ id: string }> });
    assert.deepEqual(
      out.map((o) => o.id),
      ['a1', 7],
    );
    assert.ok(out[0]?.entities.some((e) => e.id === 'country:RU'));
    assert.ok(out[1]?.entities.some((e) => e.id === 'cve:CVE-2024-3400'));
  });
});
