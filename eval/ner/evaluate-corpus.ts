import { analyzeText } from '../../src/analysis/analyze.ts';
import type { CompiledKb } from '../../src/analysis/entities/compile-kb.ts';
import { buildText, toTokenSpan } from './build-text.ts';
import type { GoldDocument } from './corpus-types.ts';
import type { DatasetSpec, EvalType } from './datasets.ts';
import { addExact, type Counts, type OverlapCounts, zeroCounts } from './score.ts';

/** A scored span: document, sentence, inclusive token range, eval type and surface text. */
type Scored = {
  readonly doc: number;
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly type: string;
  readonly text: string;
};

/** Per-type exact and partial-overlap counts, plus the CVE subset and error examples by type. */
export type CorpusScores = {
  readonly exact: Map<string, Counts>;
  readonly partial: Map<string, OverlapCounts>;
  readonly errors: Map<string, { fp: Map<string, number>; fn: Map<string, number> }>;
};

/** The pseudo-type scoring CVE ids only: gold vulnerability spans that are CVE ids vs our `cve:` entities. */
export const CVE_TYPE = 'vulnerability/cve';
const CVE_TEXT = /^CVE[-\u2010-\u2013 ]?\d{4}/i;

/**
 * Analyses every document with `analyzeText`, converts mentions of claimed kinds to token spans and scores them
 * against the gold spans of mapped tags: exact span+type matches, and partial overlap (same type, any overlap).
 */
export function evaluateCorpus(
  documents: readonly GoldDocument[],
  spec: DatasetSpec,
  kb: CompiledKb,
): CorpusScores {
  const gold: Scored[] = [];
  const predicted: Scored[] = [];
  documents.forEach((document, doc) => {
    const rebuilt = buildText(document);
    document.sentences.forEach((sentence, s) => {
      for (const span of sentence.spans) {
        const type = spec.gold[span.type];
        if (!type) continue;
        const text = sentence.tokens.slice(span.first, span.last + 1).join(' ');
        gold.push({ doc, sentence: s, first: span.first, last: span.last, type, text });
        if (type === 'vulnerability' && CVE_TEXT.test(text))
          gold.push({ doc, sentence: s, first: span.first, last: span.last, type: CVE_TYPE, text });
      }
    });
    const analysis = analyzeText({ title: null, text: rebuilt.text }, kb);
    // Gold spans are flat: a mention nested in a longer one (the vendor inside a product name) is not scored.
    const all = analysis.entities.flatMap((entity) => entity.mentions);
    const nested = (m: { start: number; end: number }) =>
      all.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    for (const entity of analysis.entities) {
      const type: EvalType | undefined = spec.predicted[entity.kind];
      if (!type) continue;
      for (const mention of entity.mentions) {
        if (nested(mention)) continue;
        const place = toTokenSpan(rebuilt, mention.start, mention.end);
        if (!place) continue;
        predicted.push({ doc, ...place, type, text: mention.text });
        if (entity.id.startsWith('cve:'))
          predicted.push({ doc, ...place, type: CVE_TYPE, text: mention.text });
      }
    }
  });
  return score(gold, predicted);
}

function score(gold: readonly Scored[], predicted: readonly Scored[]): CorpusScores {
  const exact = new Map<string, Counts>();
  const partial = new Map<string, OverlapCounts>();
  const errors: CorpusScores['errors'] = new Map();
  const types = new Set([...gold, ...predicted].map((span) => span.type));
  for (const type of types) {
    const goldOfType = gold.filter((span) => span.type === type);
    const predOfType = predicted.filter((span) => span.type === type);
    const goldKeys = new Set(goldOfType.map(key));
    const predKeys = new Set(predOfType.map(key));
    const counts = zeroCounts();
    addExact(counts, predKeys, goldKeys);
    exact.set(type, counts);
    partial.set(type, overlapCounts(goldOfType, predOfType));
    const fp = new Map<string, number>();
    const fn = new Map<string, number>();
    for (const span of predOfType) if (!goldKeys.has(key(span))) bump(fp, span.text);
    for (const span of goldOfType) if (!predKeys.has(key(span))) bump(fn, span.text);
    errors.set(type, { fp, fn });
  }
  return { exact, partial, errors };
}

function overlapCounts(gold: readonly Scored[], predicted: readonly Scored[]): OverlapCounts {
  const bySentence = new Map<string, Scored[]>();
  for (const span of gold) {
    const id = `${span.doc}|${span.sentence}`;
    bySentence.set(id, [...(bySentence.get(id) ?? []), span]);
  }
  const hit = new Set<string>();
  const seen = new Set<string>();
  let matched = 0;
  for (const span of predicted) {
    if (seen.has(key(span))) continue;
    seen.add(key(span));
    const overlapping = (bySentence.get(`${span.doc}|${span.sentence}`) ?? []).filter(
      (g) => g.first <= span.last && span.first <= g.last,
    );
    if (overlapping.length > 0) matched++;
    for (const g of overlapping) hit.add(key(g));
  }
  return { predicted: seen.size, matched, gold: new Set(gold.map(key)).size, hit: hit.size };
}

function key(span: Scored): string {
  return `${span.doc}|${span.sentence}|${span.first}|${span.last}|${span.type}`;
}

function bump(map: Map<string, number>, text: string): void {
  map.set(text, (map.get(text) ?? 0) + 1);
}
