import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared data folder beside the repository, where the corpora live (never copied into the repo). */
export const SHARED_DATA = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data');

/** Resolves a corpus folder or file under ../shared/data, or throws a clear error when it is absent. */
export function sharedPath(...parts: string[]): string {
  const full = path.join(SHARED_DATA, ...parts);
  if (!existsSync(full)) {
    throw new Error(
      `eval: ${full} not found — the shared data folder (../shared/data beside the repo) is absent; pass --dir <path>`,
    );
  }
  return full;
}
