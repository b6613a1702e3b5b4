// `node --import tsx eval/stories/tune.ts '[{"minScore":0.7}, {"minAgreement":0.25}]'`: dev-only tuning aid.
// Clusters both slices' streams with each variant of the rule and prints B-cubed and pair scores on their dev
// parts only (the held-out test part is never scored here). Analysis results are cached in the temp folder
// (delete threatbrief-tune-*.json there after changing the analysis).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileKb, loadBuiltinKb } from '../../src/analysis/kb/index.ts';
import { CLUSTER_OPTIONS, type ClusterOptions } from '../../src/stories/cluster-article.ts';
import { clusterStream, type StreamItem } from '../../src/stories/cluster-stream.ts';
import { InMemoryStoryIndex } from '../../src/stories/in-memory-story-index.ts';
import { SAME_DEVELOPMENT_RULE } from '../../src/stories/same-development.ts';
import { scoreClusters } from './cluster-metrics.ts';
import { DEFAULT_GOLD, loadGold, loadItems, SECOND_DEV_GOLD, THIRD_DEV_GOLD } from './load-gold.ts';
import { analysedStreamItem } from './run-clusterer.ts';

const sets = [
  ['dev1', DEFAULT_GOLD],
  ['dev2', SECOND_DEV_GOLD],
  ['dev3', THIRD_DEV_GOLD],
] as const;
const data = sets.map(([name, file]) => {
  const gold = loadGold(file);
  const cache = path.join(tmpdir(), `threatbrief-tune-${name}.json`);
  let stream: StreamItem[];
  if (existsSync(cache)) stream = JSON.parse(readFileSync(cache, 'utf8'));
  else {
    const kb = compileKb(loadBuiltinKb());
    stream = loadItems(gold).map((item) => analysedStreamItem(item, kb));
    writeFileSync(cache, JSON.stringify(stream));
  }
  const devIds = new Set(gold.filter((g) => g.part === 'dev').map((g) => g.id));
  const goldDev = new Map(gold.filter((g) => g.part === 'dev').map((g) => [g.id, g.story]));
  return { name, stream, devIds, goldDev };
});

async function score(options: ClusterOptions): Promise<string> {
  const out: string[] = [];
  for (const d of data) {
    const res = await clusterStream(d.stream, new InMemoryStoryIndex(), options);
    const ours = new Map(res.filter((r) => d.devIds.has(r.key)).map((r) => [r.key, r.story]));
    const s = scoreClusters(d.goldDev, ours);
    out.push(
      `${d.name} F1 ${s.bcubedF1.toFixed(3)} P ${s.bcubedPrecision.toFixed(3)} R ${s.bcubedRecall.toFixed(3)} pP ${s.pairPrecision.toFixed(3)} pR ${s.pairRecall.toFixed(3)}`,
    );
  }
  return out.join(' | ');
}

const grid = JSON.parse(process.argv[2] ?? '[{}]') as Record<string, unknown>[];
for (const g of grid) {
  const { minAgreement, candidateLimit, ...rule } = g as Record<string, number>;
  const options: ClusterOptions = {
    ...CLUSTER_OPTIONS,
    ...(minAgreement !== undefined ? { minAgreement } : {}),
    rule: { ...SAME_DEVELOPMENT_RULE, ...rule },
  };
  console.log(JSON.stringify(g), await score(options));
}
