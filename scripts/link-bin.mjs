// npm links the bins of dependencies into node_modules/.bin but not the package's own; link ours too,
// so `node_modules/.bin/threatbrief` works after `npm ci` as well as `npx threatbrief`.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'threatbrief');
if (existsSync(path.join(root, 'node_modules'))) {
  mkdirSync(binDir, { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(path.join('..', '..', 'bin', 'threatbrief.js'), link);
  chmodSync(path.join(root, 'bin', 'threatbrief.js'), 0o755);
}
