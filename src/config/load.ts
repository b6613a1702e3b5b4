import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, configSchema } from './schema.ts';
import { parseSmtpUrl } from './smtp-url.ts';

export type ConfigOverrides = {
  readonly database?: string;
  readonly configFile?: string;
  readonly port?: number;
  readonly allowHosts?: readonly string[];
  /** `smtp://host:port` (or smtps://) replacing the configured SMTP server. */
  readonly smtpUrl?: string;
};

/** Thrown when configuration is invalid; the message names every bad field and where it came from. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Builds the frozen Config from defaults, `./threatbrief.config.json` (or `configFile`), environment
 * variables (DATABASE_URL, THREATBRIEF_*) and command-line overrides, in that order. Throws ConfigError.
 */
export function loadConfig(cwd: string, env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): Config {
  const dataDir = path.resolve(cwd, env.THREATBRIEF_DATA_DIR ?? 'data');
  const file = overrides.configFile ?? env.THREATBRIEF_CONFIG ?? path.join(cwd, 'threatbrief.config.json');
  const fromFile = readConfigFile(
    file,
    overrides.configFile !== undefined || env.THREATBRIEF_CONFIG !== undefined,
  );
  const port = overrides.port ?? numberFrom(env.THREATBRIEF_PORT, 'THREATBRIEF_PORT') ?? 8080;
  const candidate = {
    databaseUrl: path.join(dataDir, 'threatbrief.db'),
    dataDir,
    timezone: 'UTC',
    digestTime: '07:00',
    pollIntervalMinutes: 30,
    publicUrl: `http://127.0.0.1:${port}`,
    port,
    logLevel: 'info',
    ...fromFile,
    http: {
      userAgent: 'Threatbrief/0.1 (+https://github.com/threatbrief/threatbrief; feed reader)',
      timeoutMs: 15_000,
      maxBytes: 10 * 1024 * 1024,
      allowHosts: [] as string[],
      ...(isRecord(fromFile.http) ? fromFile.http : {}),
    },
  } as Record<string, unknown> & { http: Record<string, unknown> };
  if (env.DATABASE_URL) candidate.databaseUrl = env.DATABASE_URL;
  if (overrides.database) candidate.databaseUrl = overrides.database;
  if (env.THREATBRIEF_TIMEZONE) candidate.timezone = env.THREATBRIEF_TIMEZONE;
  if (env.THREATBRIEF_DIGEST_TIME) candidate.digestTime = env.THREATBRIEF_DIGEST_TIME;
  if (env.THREATBRIEF_PUBLIC_URL) candidate.publicUrl = env.THREATBRIEF_PUBLIC_URL;
  if (env.THREATBRIEF_LOG_LEVEL) candidate.logLevel = env.THREATBRIEF_LOG_LEVEL;
  if (env.THREATBRIEF_ADMIN_TOKEN) candidate.adminToken = env.THREATBRIEF_ADMIN_TOKEN;
  if (env.THREATBRIEF_CORS_ORIGINS)
    candidate.cors = env.THREATBRIEF_CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  if (overrides.port !== undefined) candidate.port = overrides.port;
  candidate.smtp = smtpCandidate(fromFile.smtp, String(candidate.publicUrl), env, overrides.smtpUrl);
  if (env.THREATBRIEF_SECRET) candidate.secret = env.THREATBRIEF_SECRET;
  const allow = [
    ...((candidate.http.allowHosts as string[] | undefined) ?? []),
    ...(env.THREATBRIEF_ALLOW_HOSTS?.split(',')
      .map((h) => h.trim())
      .filter(Boolean) ?? []),
    ...(overrides.allowHosts ?? []),
  ];
  candidate.http = { ...candidate.http, allowHosts: [...new Set(allow)] };
  if (!/^postgres(ql)?:\/\//.test(String(candidate.databaseUrl))) {
    candidate.databaseUrl = path.resolve(cwd, String(candidate.databaseUrl));
  }
  const parsed = configSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ConfigError(
      `config: invalid configuration (${existsSync(file) ? file : 'defaults and environment'}): ${problems}`,
    );
  }
  const { smtp } = parsed.data;
  if (!smtp?.dkim) return deepFreeze(parsed.data);
  const privateKeyFile = checkedDkimKeyFile(smtp.dkim.privateKeyFile, cwd);
  return deepFreeze({ ...parsed.data, smtp: { ...smtp, dkim: { ...smtp.dkim, privateKeyFile } } });
}

/** The DKIM key file resolved against `cwd`, once it is known to hold a PEM private key; else a ConfigError. */
function checkedDkimKeyFile(privateKeyFile: string, cwd: string): string {
  const file = path.resolve(cwd, privateKeyFile);
  try {
    createPrivateKey(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ConfigError(
      `config: smtp.dkim.privateKeyFile: cannot read a PEM private key from ${file}: ${(cause as Error).message}`,
      { cause },
    );
  }
  return file;
}

/** SMTP defaults, then the file's `smtp`, THREATBRIEF_SMTP_URL / _FROM, then `--smtp`. */
function smtpCandidate(
  fromFile: unknown,
  publicUrl: string,
  env: NodeJS.ProcessEnv,
  smtpUrl: string | undefined,
): Record<string, unknown> {
  let host = 'localhost';
  try {
    host = /[a-z]/i.test(new URL(publicUrl).hostname) ? new URL(publicUrl).hostname : 'localhost';
  } catch {}
  const smtp: Record<string, unknown> = {
    host: '127.0.0.1',
    port: 25,
    secure: false,
    requireTls: false,
    pool: true,
    maxConnections: 5,
    from: `Threatbrief <digest@${host}>`,
    maxRetries: 3,
    retryBaseMs: 1000,
    bounceThreshold: 3,
    ...(isRecord(fromFile) ? fromFile : {}),
  };
  if (env.THREATBRIEF_SMTP_FROM) smtp.from = env.THREATBRIEF_SMTP_FROM;
  for (const url of [env.THREATBRIEF_SMTP_URL, smtpUrl]) {
    if (!url) continue;
    const fields = parseSmtpUrl(url);
    if (!fields) throw new ConfigError(`config: SMTP URL must look like smtp://host:port, got "${url}"`);
    Object.assign(smtp, fields);
  }
  return smtp;
}

function readConfigFile(file: string, required: boolean): Record<string, unknown> {
  if (!existsSync(file)) {
    if (required) throw new ConfigError(`config: file not found: ${file}`);
    return {};
  }
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isRecord(value)) throw new Error('top level must be an object');
    return value;
  } catch (cause) {
    throw new ConfigError(`config: cannot read ${file}: ${(cause as Error).message}`, { cause });
  }
}

function numberFrom(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ConfigError(`config: ${name} must be an integer, got "${value}"`);
  return n;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
