// `npm run bench -- <name>`: benchmarks with their targets; results are printed and appended to
// bench/results/<name>.jsonl so numbers can be compared over time.
const BENCHES: Readonly<Record<string, string>> = {
  analyze: './analyze.ts',
  stories: './stories.ts',
  ingest: './ingest.ts',
  digest: './digest.ts',
  web: './web.ts',
  linearity: './linearity.ts',
};

const [name, ...args] = process.argv.slice(2);
const modulePath = name ? BENCHES[name] : undefined;
if (!modulePath) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]\n`);
  process.exit(2);
}
const { run } = (await import(modulePath)) as { run: (args: string[]) => Promise<number> };
process.exitCode = await run(args);
