import { eld } from 'eld/medium';

/** Primary language subtag of a BCP 47 tag ("en-GB" -> "en"), or null when it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Language of a page as an ISO 639-1 code: the declared one (html lang), unless eld is confident about
 * enough text and disagrees (templates often hard-code lang="en"); null when neither is known. Never throws.
 */
export function detectLanguage(declared: string | null, text: string): string | null {
  const fromMarkup = primaryLanguage(declared);
  const sample = text.slice(0, 5000);
  if (sample.trim().length < 20) return fromMarkup;
  const result = eld.detect(sample);
  const detected = result.language || null;
  if (!fromMarkup) return detected;
  if (detected && detected !== fromMarkup && sample.length >= 400 && result.isReliable()) return detected;
  return fromMarkup;
}
