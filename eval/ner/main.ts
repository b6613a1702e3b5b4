// `npm run eval -- ner --dataset <aptner|dnrti|cyner|cti-reports|annoctr> [--dir <path>] [--errors N]`: token-level
// exact-span precision/recall/F1 of our entities against a CTI NER corpus, per claimed type (see MAPPING.md).
import { sharedPath } from '../shared-data.ts';
import { DATASETS } from './datasets.ts';
import { CVE_TYPE, evaluateCorpus } from './evaluate-corpus.ts';
import { loadCorpus } from './load-corpus.ts';
import { loadFullKb } from './load-full-kb.ts';
import { type Counts, formatOverlapRow, formatRow, prf, zeroCounts } from './score.ts';

const USAGE = `usage: npm run eval -- ner --dataset <${Object.keys(DATASETS).join('|')}> [--dir <file|dir>] [--errors N]\n`;

/** Scores one dataset (default split: dev/valid under ../shared/data); prints rows and `ner <dataset> micro_f1=`. */
export async function run(args: string[]): Promise<number> {
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const spec = DATASETS[option('--dataset') ?? ''];
  if (!spec) {
    process.stderr.write(USAGE);
    return 2;
  }
  let target: string;
  try {
    target = option('--dir') ?? sharedPath(...spec.defaultPath);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const corpus = loadCorpus(target, spec.format);
  const started = performance.now();
  const full = loadFullKb();
  const loadedMs = performance.now() - started;
  const scores = evaluateCorpus(corpus.documents, spec, full.kb);
  const seconds = (performance.now() - started - loadedMs) / 1000;
  const sentences = corpus.documents.reduce((sum, doc) => sum + doc.sentences.length, 0);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const files =
    corpus.files.length <= 3 ? corpus.files.join(', ') : `${corpus.files.length} files in ${target}`;
  out(`ner ${spec.name}: ${files}`);
  out(
    `  ${sentences} sentences, ${corpus.malformed} malformed lines; kb ${loadedMs.toFixed(0)} ms, analysis ${seconds.toFixed(1)} s`,
  );
  if (!option('--dir') && spec.note) out(`  note: ${spec.note}`);
  const claimed = [...new Set(Object.values(spec.gold))];
  const micro = zeroCounts();
  out('exact span + type:');
  for (const type of claimed) {
    const counts = scores.exact.get(type) ?? zeroCounts();
    add(micro, counts);
    out(`  ${formatRow(type, counts)}`);
  }
  const cve = scores.exact.get(CVE_TYPE);
  if (cve) out(`  ${formatRow(CVE_TYPE, cve)}`);
  out(`  ${formatRow('micro', micro)}`);
  out('partial overlap:');
  for (const type of claimed) {
    const counts = scores.partial.get(type);
    if (counts) out(`  ${formatOverlapRow(type, counts)}`);
  }
  const errors = Number(option('--errors') ?? 0);
  if (errors > 0) printErrors(scores.errors, errors, out);
  out(`ner ${spec.name} micro_f1=${prf(micro).f1.toFixed(3)}`);
  return 0;
}

function add(total: Counts, counts: Counts): void {
  total.tp += counts.tp;
  total.fp += counts.fp;
  total.fn += counts.fn;
}

function printErrors(
  errors: Map<string, { fp: Map<string, number>; fn: Map<string, number> }>,
  limit: number,
  out: (line: string) => void,
): void {
  const top = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([text, n]) => `${text}×${n}`)
      .join(' | ');
  for (const [type, { fp, fn }] of errors) {
    out(`errors ${type} FP: ${top(fp)}`);
    out(`errors ${type} FN: ${top(fn)}`);
  }
}
