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
    http: z.object({
      userAgent: z.string().min(1),
      timeoutMs: z.number().int().min(100),
      maxBytes: z.number().int().min(1024),
      /** Hosts or IPs exempt from the SSRF guard (loopback/private addresses are refused otherwise). */
      allowHosts: z.array(z.string()),
    }),
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
