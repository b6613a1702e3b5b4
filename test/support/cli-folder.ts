import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A temporary working folder as the CLI expects one: `threatbrief.config.json` holding `config` and an empty
 * `data/` (where the default database goes). Returns the folder; the caller removes it.
 */
export function makeCliFolder(prefix: string, config: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'threatbrief.config.json'), JSON.stringify(config));
  return dir;
}
