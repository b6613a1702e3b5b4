import type { Section } from '../../domain/story.ts';

/** The heading on top of every digest. */
export const DIGEST_TITLE = 'Cyber Security Analysis and Threat Intelligence';

/** One outlet's article behind a digest item. */
export type DigestSource = { readonly outlet: string; readonly url: string; readonly title: string };

/** A key entity of a digest item, linked to its page. */
export type DigestEntity = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly url: string;
};

/** One story in a digest. */
export type DigestItem = {
  readonly storyId: number;
  readonly title: string;
  /** Absolute link to the story page. */
  readonly url: string;
  readonly summary: string;
  readonly entities: readonly DigestEntity[];
  readonly sources: readonly DigestSource[];
  readonly outletCount: number;
  readonly firstSeenAt: string;
};

/** A non-empty digest section. */
export type DigestSection = {
  readonly id: Section;
  readonly title: string;
  readonly items: readonly DigestItem[];
};

/** Everything both renderings (HTML and plain text) are made from. */
export type DigestModel = {
  readonly title: string;
  readonly subject: string;
  readonly date: string;
  readonly timeZone: string;
  readonly generatedAt: string;
  readonly publicUrl: string;
  /** Absolute link to this digest on the web. */
  readonly webUrl: string;
  readonly archiveUrl: string;
  readonly storyCount: number;
  readonly previousDayCount: number | null;
  /** One honest sentence about the day ("No new stories were collected for ..." on a quiet day). */
  readonly intro: string;
  readonly sections: readonly DigestSection[];
};
