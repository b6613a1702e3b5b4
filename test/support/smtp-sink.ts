import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../../src/config/schema.ts';

/** A message the sink accepted: envelope recipients and the raw RFC 5322 bytes. */
export type ReceivedMessage = { readonly to: readonly string[]; readonly raw: Buffer };

/** What to answer a message with: accept (undefined) or an SMTP error with a reply code. */
export type Verdict = undefined | { code: number; message: string };

/** A real SMTP server on 127.0.0.1 that keeps what it accepts. */
export type SmtpSink = {
  readonly port: number;
  readonly url: string;
  readonly received: ReceivedMessage[];
  close(): Promise<void>;
};

/**
 * Starts smtp-server on a free loopback port (no TLS; AUTH only when `auth` is given). `verdict` decides per message, after its
 * data has arrived, whether to accept it or answer 4xx/5xx; `onData` runs before the verdict (a test can
 * kill the sender there, before the 250 reply is written).
 */
export async function startSmtpSink(
  options: {
    verdict?: (to: readonly string[], raw: Buffer, index: number) => Verdict;
    onData?: (to: readonly string[], index: number) => void;
    keep?: boolean;
    /** Require AUTH PLAIN/LOGIN with these credentials (allowed without TLS: loopback only). */
    auth?: { user: string; pass: string };
  } = {},
): Promise<SmtpSink> {
  const received: ReceivedMessage[] = [];
  let index = 0;
  const server = new SMTPServer({
    authOptional: options.auth === undefined,
    allowInsecureAuth: true,
    disabledCommands: options.auth ? ['STARTTLS'] : ['AUTH', 'STARTTLS'],
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.auth?.user && auth.password === options.auth?.pass;
      if (ok) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    logger: false,
    size: 20 * 1024 * 1024,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const raw = Buffer.concat(chunks);
        const n = index++;
        options.onData?.(to, n);
        const verdict = options.verdict?.(to, raw, n);
        if (verdict) {
          const error = new Error(verdict.message) as Error & { responseCode: number };
          error.responseCode = verdict.code;
          callback(error);
          return;
        }
        received.push({ to, raw: options.keep === false ? Buffer.alloc(0) : raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The `smtp` config section that talks to `sink`: plain SMTP on loopback, no retries; override any field. */
export function sinkSmtpConfig(
  sink: Pick<SmtpSink, 'port'>,
  overrides: Partial<NonNullable<Config['smtp']>> = {},
): NonNullable<Config['smtp']> {
  return {
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    requireTls: false,
    pool: false,
    maxConnections: 1,
    from: 'Threatbrief <digest@threatbrief.example>',
    maxRetries: 0,
    retryBaseMs: 1,
    bounceThreshold: 3,
    ...overrides,
  };
}
