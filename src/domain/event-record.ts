/** An event as stored for browsing (one per analysis event of an article), with its arguments. */
export type EventRecord = {
  readonly id: number;
  readonly articleId: number;
  readonly storyId: number | null;
  readonly type: string;
  readonly stance: string;
  readonly realis: string;
  readonly triggerText: string;
  readonly sentenceText: string;
  readonly confidence: number;
  readonly rule: string | null;
  readonly publishedAt: string;
  readonly arguments: ReadonlyArray<{ role: string; entityId: string | null; text: string }>;
};
