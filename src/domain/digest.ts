/** A rendered daily digest for one local date. */
export type Digest = {
  readonly date: string;
  readonly timezone: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly storyCount: number;
  readonly createdAt: string;
};
