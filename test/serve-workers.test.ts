import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'threatbrief.js');
const ENV = { ...process.env, DATABASE_URL: '', THREATBRIEF_LOG_LEVEL: 'silent' };

/** Process ids whose parent is `pid` (from /proc: the test machine is Linux, as CI is). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) out.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('`threatbrief serve --workers 2`', () => {
  let dir: string;
  let serve: ChildProcess | undefined;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-workers-'));
    const demo = spawnSync(process.execPath, [BIN, 'demo', '--once'], {
      cwd: dir,
      env: ENV,
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(demo.status, 0, demo.stderr);
  });
  after(() => {
    if (serve?.pid !== undefined && serve.exitCode === null) serve.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves from two processes on one port, replaces a worker that dies, and stops them all on SIGTERM', async () => {
    serve = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--workers', '2'], { cwd: dir, env: ENV });
    let output = '';
    serve.stdout?.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      serve!.stdout!.on('data', (chunk: string) => {
        output += chunk;
        const match = /serving (http:\/\/\S+) with 2 workers/.exec(output);
        if (match) resolve(match[1] as string);
      });
      serve!.once('exit', (code) => reject(new Error(`serve exited with ${String(code)}: ${output}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/, 'the port the workers share, not 0');
    const primary = serve.pid as number;
    const workers = childrenOf(primary);
    assert.equal(workers.length, 2, `two worker processes: ${workers.join(', ')}`);
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${url}/api/v1/stories`);
      assert.equal(res.status, 200, `request ${i + 1}: ${res.status} ${await res.text()}`);
    }

    process.kill(workers[0] as number, 'SIGKILL');
    await until(() => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(workers[0] as number);
    }, 'a replacement worker');
    let answered = 0;
    const deadline = Date.now() + 20_000;
    while (answered < 6 && Date.now() < deadline) {
      const res = await fetch(`${url}/stories/1`).catch(() => undefined);
      if (res?.status === 200) answered++;
    }
    assert.equal(answered, 6, 'the pool answers after losing a worker');

    const replaced = childrenOf(primary);
    serve.kill('SIGTERM');
    const [code] = (await once(serve, 'exit')) as [number | null];
    assert.equal(code, 0);
    for (const pid of replaced)
      assert.ok(!readdirSync('/proc').includes(String(pid)), `worker ${pid} stopped`);
  });
});
