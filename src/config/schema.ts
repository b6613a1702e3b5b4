import { z } from 'zod';

/** The whole configuration, validated once at start-up and passed down frozen. */
export const configSchema = z
  .object({
    /** `./data/threatbrief.db` (SQLite file) or a `postgres://` URL. */
    databaseUrl: z.string().min(1),
    dataDir: z.string().min(1),
    /** IANA timezone the digest day and schedule are computed in. */
    timezone: z.string().refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/London' }),
    /** Local time (HH:MM) at which `run` builds the daily digest. */
    digestTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)'),
    /** Minutes between polls of a healthy source. */
    pollIntervalMinutes: z.number().int().min(1).max(1440),
    publicUrl: z.url(),
    port: z.number().int().min(0).max(65535),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    /** Bearer token for admin API actions (sources, kb ignore); admin actions are refused when unset. */
    adminToken: z.string().min(16).optional(),
    /** Origins allowed to call /api/v1 from browsers (CORS); `*` for any. Empty: no CORS headers. */
    cors: z.array(z.string().min(1)).optional(),
    http: z.object({
      userAgent: z.string().min(1),
      timeoutMs: z.number().int().min(100),
      maxBytes: z.number().int().min(1024),
      /** Hosts or IPs exempt from the SSRF guard (loopback/private addresses are refused otherwise). */
      allowHosts: z.array(z.string()),
    }),
    /** Outgoing mail for the digest (defaults: 127.0.0.1:25, pooled; see README "Email digest"). */
    smtp: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535),
        /** Implicit TLS (port 465); otherwise STARTTLS when the server offers it. */
        secure: z.boolean(),
        /** Refuse to send without STARTTLS. */
        requireTls: z.boolean(),
        user: z.string().optional(),
        pass: z.string().optional(),
        pool: z.boolean(),
        maxConnections: z.number().int().min(1).max(50),
        /** From header of digests and confirmations. */
        from: z.string().min(3),
        /** Mailbox named in the `List-Unsubscribe` mailto (default unsubscribe@ the From domain). */
        unsubscribeMailbox: z.string().optional(),
        /** Retries of a temporary (4xx) failure within one run, with exponential backoff from retryBaseMs. */
        maxRetries: z.number().int().min(0).max(10),
        retryBaseMs: z.number().int().min(0).max(600_000),
        /** Permanent failures after which a subscriber is marked bouncing. */
        bounceThreshold: z.number().int().min(1).max(100),
        /**
         * DKIM signing (RFC 6376): Gmail and Yahoo offer one-click unsubscribe only on signed mail. The key
         * stays in its PEM file (path relative to the working directory); it is checked when the config loads.
         */
        dkim: z
          .object({
            domainName: z.string().min(1),
            keySelector: z.string().min(1),
            privateKeyFile: z.string().min(1),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** TAXII 2.1 access (README "STIX and TAXII"): discovery and public collections need no credentials. */
    taxii: z
      .object({
        publicDiscovery: z.boolean().default(true),
        /** Collection aliases or ids anyone may read. */
        publicCollections: z.array(z.string().min(1)).default(['stories', 'attributions', 'indicators']),
        /** HTTP Basic (username + password) or Bearer (token) users and the collections they may read (`*`: all). */
        users: z
          .array(
            z
              .object({
                username: z.string().min(1),
                password: z.string().min(8).optional(),
                token: z.string().min(16).optional(),
                collections: z.array(z.string().min(1)).default(['*']),
              })
              .strict()
              .refine((u) => u.password !== undefined || u.token !== undefined, {
                message: 'a TAXII user needs a password or a token',
              }),
          )
          .default([]),
      })
      .strict()
      .optional(),
    /** Signs subscription links (THREATBRIEF_SECRET); when absent one is generated in `<dataDir>/secret`. */
    secret: z.string().min(32).optional(),
  })
  .strict();

export type Config = Readonly<z.infer<typeof configSchema>>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
