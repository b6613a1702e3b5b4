import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { urlHost } from './node.ts';

/** What the primary process of `serve --workers` holds: the shared URL, and how to stop every worker. */
export type WorkerPool = {
  readonly url: string;
  readonly size: number;
  /** Process ids of the live workers (for CPU accounting in the benchmark). */
  pids(): number[];
  close(): Promise<void>;
};

export type WorkerPoolOptions = {
  readonly workers: number;
  readonly host: string;
  /** Wait before replacing a worker that died (default 1000 ms), so a worker failing at start cannot spin. */
  readonly restartDelayMs?: number;
  /** Reports restarts and failures (default: stderr). */
  readonly warn?: (message: string) => void;
};

/**
 * Forks `workers` copies of this process (the same command line, so each runs `serve` in its worker role and
 * listens on the same port: node:cluster hands connections to them in turn) and resolves once every one
 * listens. A page build is synchronous CPU work (better-sqlite3, rendering) that holds its process's event
 * loop: with one process, every request queues behind all the others in flight; with one per core they
 * queue behind a share. SQLite in WAL mode lets the workers read while a writer commits, and each worker's
 * response cache checks the data version on every read, so a commit from any process is seen by all.
 * A worker that exits unasked is replaced after `restartDelayMs`; rejects when a worker exits before it
 * ever listened (bad port, unopenable database: the same fault would repeat).
 */
export function startWorkerPool(options: WorkerPoolOptions): Promise<WorkerPool> {
  if (!cluster.isPrimary) throw new Error('server: startWorkerPool must run in the primary process');
  const warn = options.warn ?? ((m: string) => process.stderr.write(`${m}\n`));
  const delay = options.restartDelayMs ?? 1000;
  const live = new Set<Worker>();
  let closing = false;
  let port = 0;

  return new Promise<WorkerPool>((resolve, reject) => {
    let listening = 0;
    const fork = (): void => {
      const worker = cluster.fork();
      live.add(worker);
      let ready = false;
      worker.once('listening', (address: AddressInfo) => {
        ready = true;
        port = address.port;
        if (++listening === options.workers) resolve(pool());
      });
      worker.once('exit', (code, signal) => {
        live.delete(worker);
        if (closing) return;
        if (!ready) {
          closing = true;
          for (const other of live) other.kill('SIGTERM');
          reject(new Error(`server: a worker exited before listening (code ${code ?? signal})`));
          return;
        }
        warn(`server: worker ${worker.process.pid} exited (${code ?? signal}); starting another`);
        setTimeout(() => {
          if (!closing) fork();
        }, delay).unref();
      });
    };
    const pool = (): WorkerPool => ({
      url: `http://${urlHost(options.host)}:${port}`,
      size: options.workers,
      pids: () => [...live].map((w) => w.process.pid).filter((pid): pid is number => pid !== undefined),
      close: async () => {
        closing = true;
        await Promise.all(
          [...live].map(
            (worker) =>
              new Promise<void>((done) => {
                worker.once('exit', () => done());
                // A signal, not `worker.kill()` (which first disconnects, closing the worker's server under
                // it): the worker closes its server, finishing the requests in flight, then its database
                // (see `untilWorkerStops`).
                worker.process.kill('SIGTERM');
              }),
          ),
        );
      },
    });
    for (let i = 0; i < options.workers; i++) fork();
  });
}

/** True in a process forked by `startWorkerPool` (it serves; it must not fork again). */
export function isPoolWorker(): boolean {
  return cluster.isWorker;
}

/**
 * In a worker: resolves on SIGTERM or SIGINT (the pool is closing) or when the channel to the primary
 * closes (the primary died: a worker must not outlive it, holding the port and the database).
 */
function untilWorkerStops(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      process.off('disconnect', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.on('disconnect', stop);
  });
}

/**
 * A worker's life after it started serving: waits until the pool stops it (see `untilWorkerStops`), runs
 * `close` (its server, then its database), then closes the channel to the primary, the last thing keeping
 * the process alive.
 */
export async function serveUntilPoolStops(close: () => Promise<void>): Promise<void> {
  await untilWorkerStops();
  await close();
  if (process.connected) process.disconnect();
}
