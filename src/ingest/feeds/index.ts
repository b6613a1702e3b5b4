export {
  type ParseFeedError,
  type ParseFeedOptions,
  parseFeed,
  type ReadFeed,
  readFeed,
} from './parse-feed.ts';
