/** One annotated sentence: its tokens and gold entity spans over token indices (inclusive). */
export type GoldSentence = {
  readonly tokens: readonly string[];
  readonly spans: readonly TokenSpan[];
};

/** A typed span over tokens `first..last` (inclusive); `type` is the dataset's own tag or our eval type. */
export type TokenSpan = { readonly first: number; readonly last: number; readonly type: string };

/** A document: consecutive sentences analysed together (datasets without document marks are chunked). */
export type GoldDocument = { readonly name: string; readonly sentences: readonly GoldSentence[] };

/** A loaded corpus: documents and the number of malformed lines that were repaired or dropped. */
export type Corpus = { readonly documents: readonly GoldDocument[]; readonly malformed: number };
