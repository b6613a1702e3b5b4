export type { ExtractInput } from './document.ts';
export { extractEvents } from './extract-events.ts';
