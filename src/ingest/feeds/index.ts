export { type ParseFeedError, type ParseFeedOptions, parseFeed } from './parse-feed.ts';
