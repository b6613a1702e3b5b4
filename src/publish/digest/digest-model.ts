import type { Section } from '../../domain/story.ts';

/** The heading on top of every digest. */
export const DIGEST_TITLE = 'Cyber Security Analysis and Threat Intelligence';

/** Items shown per section in the email and on the page; the rest are counted ("and 4 more"). */
export const SECTION_ITEM_LIMIT = 10;

/** The shown items of a section and how many more it has. */
export function visibleItems(section: { readonly items: readonly DigestItem[] }): {
  items: readonly DigestItem[];
  more: number;
} {
  return {
    items: section.items.slice(0, SECTION_ITEM_LIMIT),
    more: Math.max(0, section.items.length - SECTION_ITEM_LIMIT),
  };
}

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
  /**
   * Every entity id the story's analysis mentions, plus the countries those entities belong to (an
   * actor attributed to China selects the story for `country:CN`), sorted; for topic filters.
   */
  readonly entityIds: readonly string[];
  /** Why the item ranks high, beyond its outlet count. */
  readonly signals: readonly DigestSignal[];
  /** Ranking score: outlets, severity and novelty (see score-story.ts). */
  readonly score: number;
};

/** A severity or novelty signal of a story. */
export type DigestSignal = 'exploited' | 'state-attribution' | 'large-breach' | 'ransomware' | 'new-cve';

/** Display labels of the signals. */
export const SIGNAL_LABELS: Readonly<Record<DigestSignal, string>> = {
  exploited: 'Exploited vulnerability',
  'state-attribution': 'State attribution',
  'large-breach': 'Large breach',
  ransomware: 'Ransomware',
  'new-cve': 'New CVE',
};

/** A linked name in the analysis block. */
export type DigestRef = { readonly id: string | null; readonly name: string; readonly url: string | null };

/** Who publicly blamed whom, from an `attribution` event of the day. */
export type DigestAttribution = {
  readonly accuser: DigestRef;
  readonly accused: DigestRef;
  /** asserted, reported or possible (denials are not attributions). */
  readonly stance: string;
  readonly storyTitle: string;
  readonly storyUrl: string;
};

/** The analysis on top of a digest. */
export type DigestAnalysis = {
  readonly attributions: readonly DigestAttribution[];
  readonly activeActors: ReadonlyArray<DigestRef & { readonly storyCount: number }>;
  readonly newCves: ReadonlyArray<DigestRef & { readonly storyUrl: string }>;
  /** Today's stories per section, with the previous day's count when known (sections of either day). */
  readonly sectionCounts: ReadonlyArray<{
    readonly id: Section;
    readonly title: string;
    readonly count: number;
    readonly previous: number | null;
  }>;
};

/** Per-recipient parts of a mailed digest. */
export type DigestRecipient = {
  readonly preferencesUrl: string;
  readonly unsubscribeUrl: string;
  /** "Filtered to your topics: …", or null for the whole digest. */
  readonly topicsNote: string | null;
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
  readonly analysis: DigestAnalysis;
  /** Sign-up page, linked from the web version. */
  readonly subscribeUrl: string;
  /** Set on a personalised copy for one subscriber. */
  readonly recipient: DigestRecipient | null;
};
