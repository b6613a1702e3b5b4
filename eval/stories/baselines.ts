import { contentHash } from '../../src/lib/hash.ts';
import { wordTokens } from '../../src/stories/word-tokens.ts';

/** An item of the evaluation corpus. */
export type EvalItem = {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
};

/** Baseline 1: items with the same normalised title+text hash share a story. */
export function exactHashBaseline(items: readonly EvalItem[]): Map<string, string> {
  const first = new Map<string, string>();
  return new Map(
    items.map((item) => {
      const hash = contentHash(`${item.title}\n${item.text}`);
      if (!first.has(hash)) first.set(hash, item.id);
      return [item.id, first.get(hash) as string];
    }),
  );
}

/** Baseline 2: greedy single pass, joining the story of the earlier item whose title word Jaccard is >= threshold. */
export function titleOverlapBaseline(items: readonly EvalItem[], threshold = 0.5): Map<string, string> {
  const seen: { words: Set<string>; story: string }[] = [];
  const out = new Map<string, string>();
  for (const item of items) {
    const words = new Set(wordTokens(item.title));
    let story = item.id;
    let best = threshold;
    for (const other of seen) {
      let shared = 0;
      for (const w of words) if (other.words.has(w)) shared++;
      const jaccard = shared / (words.size + other.words.size - shared || 1);
      if (jaccard >= best) {
        best = jaccard;
        story = other.story;
      }
    }
    seen.push({ words, story });
    out.set(item.id, story);
  }
  return out;
}
