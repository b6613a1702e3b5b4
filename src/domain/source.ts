/** A feed or page we poll, with its HTTP cache validators and health. */
export type Source = {
  readonly id: number;
  readonly url: string;
  readonly name: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastFetchedAt: string | null;
  readonly lastSuccessAt: string | null;
  readonly lastErrorCode: string | null;
  readonly lastErrorMessage: string | null;
  readonly consecutiveFailures: number;
  readonly nextPollAt: string | null;
  readonly createdAt: string;
};

/** A source is failing when its last poll ended in an error. */
export function isFailing(source: Source): boolean {
  return source.consecutiveFailures > 0;
}
