import type { Span } from '../../domain/analysis.ts';

/** Whole-line patterns of non-content: aggregator links, sign-up and share prompts, cookie notices. */
const LINE_PATTERNS: readonly RegExp[] = [
  /^(?:source|original|via)(?: link| article)?:?$/i,
  /^source link\b/i,
  /^(?:sign up|subscribe|register)\b.{0,160}\b(?:newsletter|news|updates|digest|briefing|inbox|alerts?)\b.{0,40}$/i,
  /^(?:subscribe|sign up)(?: now| today| here)?[.!]?$/i,
  /^(?:get|receive) (?:our|the) .{0,80}\b(?:newsletter|updates|digest)\b/i,
  /^share (?:this|on|via|the)\b.{0,80}$/i,
  /^(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit)(?:\s*[|,/·•]\s*\w+)*$/i,
  /^(?:read more|read next|see also|also read|continue reading)\b.{0,120}$/i,
  /^(?:related(?: articles?| stories| posts| news)?|recommended(?: for you)?|more from .{1,60}|you may also like|trending(?: now)?)\s*(?:[:»>…-].{0,120})?$/i,
  /^(?:click here|tap here)\b.{0,120}$/i,
  /^(?:advertisement|sponsored(?: content)?|promoted|ad)$/i,
  /^(?:follow us|follow @|join us on)\b.{0,100}$/i,
  /^(?:tags?|topics?|filed under|categories?):.{0,200}$/i,
  /^(?:©|\(c\)|copyright\b).{0,160}$/i,
  /^all rights reserved\.?$/i,
  /^this (?:site|website) uses cookies\b.{0,300}$/i,
  /^we use cookies\b.{0,300}$/i,
  /^.{0,120}\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.{0,80}\bcookies\b.{0,200}$/i,
  /^(?:accept(?: all)?(?: cookies)?|manage cookies|cookie settings|reject all)$/i,
  /^(?:image|photo|picture) (?:credit|source|courtesy)\b.{0,120}$/i,
  /^(?:previous|next) (?:article|post|story)\b.{0,120}$/i,
  /^(?:leave a (?:comment|reply)|comments? \(\d+\)|\d+ comments?)$/i,
];

const MAX_LINE = 400;

/** Finds boilerplate lines in `text` and returns their trimmed spans in document order; never throws. */
export function detectBoilerplate(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const span = trimmed(text, lineStart, lineEnd);
    if (span && span.end - span.start <= MAX_LINE) {
      const line = text.slice(span.start, span.end);
      if (LINE_PATTERNS.some((pattern) => pattern.test(line))) spans.push(span);
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** True when `span` overlaps any of the sorted, disjoint `regions`. */
export function overlapsAny(span: Span, regions: readonly Span[]): boolean {
  for (const region of regions) {
    if (region.start >= span.end) return false;
    if (region.end > span.start) return true;
  }
  return false;
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}
