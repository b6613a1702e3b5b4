import { isFailing, type Source } from '../../domain/source.ts';

/** A polled source with its health; HTTP cache validators are internal and left out. */
export type SourceDto = {
  readonly id: number;
  readonly name: string;
  readonly url: string;
  readonly failing: boolean;
  readonly consecutive_failures: number;
  readonly last_error_code: string | null;
  readonly last_error_message: string | null;
  readonly last_fetched_at: string | null;
  readonly last_success_at: string | null;
  readonly next_poll_at: string | null;
  readonly created_at: string;
};

/** The JSON form of a source. */
export function toSourceDto(source: Source): SourceDto {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    failing: isFailing(source),
    consecutive_failures: source.consecutiveFailures,
    last_error_code: source.lastErrorCode,
    last_error_message: source.lastErrorMessage,
    last_fetched_at: source.lastFetchedAt,
    last_success_at: source.lastSuccessAt,
    next_poll_at: source.nextPollAt,
    created_at: source.createdAt,
  };
}
