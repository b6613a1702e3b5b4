import { HTML_ENTITIES } from './html-entities.ts';
import { ACCEPTABLE_ELEMENTS } from './sanitiser-lists.ts';

// windows-1252 meanings of the C1 control range, which feeds that say ISO-8859-1 really mean.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** True when `text` may need {@link fixDoubleEncoding} or {@link mapCp1252} (one scan instead of two). */
export function mayNeedTextFixes(text: string): boolean {
  return /[\u0080-\u009f\u00c2-\u00f4]/.test(text);
}

/** Replaces C1 control characters with their windows-1252 characters (curly quotes, dashes, euro). */
export function mapCp1252(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c);
}

/** Repairs UTF-8 that was read as ISO-8859-1 and re-encoded (`â€¦` back to `…`); otherwise unchanged. */
export function fixDoubleEncoding(text: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text) || /[^\x20-\u00ff\t\n\r]/.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

/**
 * True when nominally plain text is really HTML: it has an end tag or a reference, every tag is an
 * allowed HTML element and every named reference is an HTML entity (errs towards plain text).
 */
export function looksLikeHtml(text: string): boolean {
  if (!(/<\/(\w+)>/.test(text) || /&#?\w+;/.test(text))) return false;
  for (const m of text.matchAll(/<\/?(\w+)/g))
    if (!ACCEPTABLE_ELEMENTS.has((m[1] ?? '').toLowerCase())) return false;
  for (const m of text.matchAll(/&(\w+);/g)) if (!HTML_ENTITIES.has(m[1] ?? '')) return false;
  return true;
}
