import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './schema.ts';

/**
 * The secret that signs subscription links: `config.secret` (THREATBRIEF_SECRET) when set; otherwise
 * `<dataDir>/secret`, created at first use with 32 random bytes and mode 0600 (`wx`, so two processes
 * starting together agree on one). Deleting the file revokes every confirm, preferences and unsubscribe
 * link already mailed. Throws when the file cannot be read or written.
 */
export function ensureSecret(config: Pick<Config, 'secret' | 'dataDir'>): string {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, 'secret');
  try {
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecret(file);
}

function readSecret(file: string): string {
  const value = readFileSync(file, 'utf8').trim();
  if (value.length < 32)
    throw new Error(`config: ${file} holds no usable secret (32+ characters); delete it`);
  return value;
}
