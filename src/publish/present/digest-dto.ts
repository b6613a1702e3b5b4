import type { Digest } from '../../domain/digest.ts';

/** A digest as the archive lists it. */
export type DigestSummaryDto = {
  readonly date: string;
  readonly subject: string;
  readonly story_count: number;
  readonly path: string;
};

/** A stored digest with both renderings. */
export type DigestDto = DigestSummaryDto & {
  readonly timezone: string;
  readonly created_at: string;
  readonly html: string;
  readonly text: string;
};

/** The JSON form of an archive entry. */
export function toDigestSummaryDto(
  digest: Pick<Digest, 'date' | 'subject' | 'storyCount'>,
): DigestSummaryDto {
  return {
    date: digest.date,
    subject: digest.subject,
    story_count: digest.storyCount,
    path: `/digests/${digest.date}`,
  };
}

/** The JSON form of a whole digest, HTML and plain text included. */
export function toDigestDto(digest: Digest): DigestDto {
  return {
    ...toDigestSummaryDto(digest),
    timezone: digest.timezone,
    created_at: digest.createdAt,
    html: digest.html,
    text: digest.text,
  };
}
