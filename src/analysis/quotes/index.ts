export { extractQuotes } from './extract-quotes.ts';
