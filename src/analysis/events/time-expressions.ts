import type { Span } from '../../domain/analysis.ts';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '(?:19|20)\\d{2}';
const PERIOD = new RegExp(
  String.raw`\b(?:between ${MONTH} ?${YEAR}|between ${YEAR}|from ${YEAR})(?: and| to|-|–) (?:${MONTH} ?)?${YEAR}\b`,
  'g',
);
const POINT = new RegExp(
  String.raw`\b(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:,? ${YEAR})?|\d{1,2} ${MONTH}(?: ${YEAR})?|${MONTH}(?: ${YEAR})?|${DAY}|(?:last|this|next|earlier this|later this) (?:week|month|year|quarter|summer|spring|autumn|fall|winter)|yesterday|(?:in|since|during|by) ${YEAR}|${YEAR})\b`,
  'g',
);

/** A time expression found in text, marked `period` for ranges ("between 2011 and 2018"). */
export type TimeExpression = Span & { readonly period: boolean };

/** Finds time expressions inside [start, end); "May" is only a month when followed by a day or year. */
export function findTimes(text: string, start: number, end: number): TimeExpression[] {
  const slice = text.slice(start, end);
  const found: TimeExpression[] = [];
  for (const match of slice.matchAll(PERIOD)) {
    found.push({ start: start + match.index, end: start + match.index + match[0].length, period: true });
  }
  for (const match of slice.matchAll(POINT)) {
    let s = start + match.index;
    const e = s + match[0].length;
    if (found.some((t) => s < t.end && e > t.start)) continue;
    if (/^May$/.test(match[0])) continue;
    const prep = /^(?:in|since|during|by) /.exec(match[0]);
    if (prep) s += prep[0].length;
    found.push({ start: s, end: e, period: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
