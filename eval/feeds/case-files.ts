import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (recursively) whose name ends with one of `extensions`, sorted by path. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((e) => name.endsWith(e))) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** Decodes a case file the way feedparser's test helper does: UTF-32/16 by BOM or `<?` pattern, else UTF-8. */
export function caseText(bytes: Buffer): string {
  const [a, b, c, d] = bytes;
  const utf32 = (be: boolean): string => {
    let s = '';
    for (let i = 0; i + 3 < bytes.length; i += 4) {
      const cp = be ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
      if (cp <= 0x10ffff) s += String.fromCodePoint(cp);
    }
    return s;
  };
  if ((a === 0 && b === 0 && c === 0xfe && d === 0xff) || (a === 0 && b === 0 && c === 0 && d === 0x3c))
    return utf32(true);
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0x3c && b === 0 && c === 0 && d === 0))
    return utf32(false);
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)) return new TextDecoder('utf-16be').decode(bytes);
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Counts of passes and failures per folder, printed in folder order. */
export class Tally {
  readonly folders = new Map<string, { passed: number; failed: number }>();
  add(folder: string, passed: boolean): void {
    const row = this.folders.get(folder) ?? { passed: 0, failed: 0 };
    if (passed) row.passed++;
    else row.failed++;
    this.folders.set(folder, row);
  }
  get passed(): number {
    return [...this.folders.values()].reduce((n, r) => n + r.passed, 0);
  }
  get failed(): number {
    return [...this.folders.values()].reduce((n, r) => n + r.failed, 0);
  }
  /** Lines "  folder: passed/total". */
  lines(): string[] {
    return [...this.folders.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([f, r]) => `  ${f}: ${r.passed}/${r.passed + r.failed}`);
  }
}
