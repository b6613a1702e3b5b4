#!/usr/bin/env node
// Entry point: registers tsx (with the package's own tsconfig, so JSX works from any working
// directory) and hands over to the TypeScript CLI.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
