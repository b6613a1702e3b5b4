export { createHttpGet, type HttpGetDeps } from './http-get.ts';
export { isBlockedAddress } from './ssrf-guard.ts';
export type { FetchResult, HttpGet, HttpGetOptions, HttpGetRequest } from './types.ts';
