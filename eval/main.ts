// `npm run eval -- <name> [options]`: scorers over the annotated corpora in ../shared/data (or any
// directory in the same format). Each scorer lives in its own folder and exports `run(args)`.
const EVALS: Readonly<Record<string, string>> = {
  feeds: './feeds/main.ts',
  articles: './articles/main.ts',
  robots: './robots/main.ts',
  ner: './ner/main.ts',
  casie: './casie/main.ts',
  events: './events/main.ts',
  stories: './stories/main.ts',
};

const [name, ...args] = process.argv.slice(2);
const modulePath = name ? EVALS[name] : undefined;
if (!modulePath) {
  process.stderr.write(`usage: npm run eval -- <${Object.keys(EVALS).join('|')}> [options]\n`);
  process.exit(2);
}
const { run } = (await import(modulePath)) as { run: (args: string[]) => Promise<number> };
process.exitCode = await run(args);
