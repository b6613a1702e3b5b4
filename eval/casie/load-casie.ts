import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A gold span after offset realignment. */
export type CasieSpan = { readonly start: number; readonly end: number; readonly text: string };
export type CasieArgument = CasieSpan & { readonly role: string };
export type CasieEvent = {
  readonly subtype: string;
  readonly realis: string;
  readonly nugget: CasieSpan;
  readonly arguments: readonly CasieArgument[];
};
export type CasieDoc = {
  readonly id: string;
  readonly content: string;
  readonly events: readonly CasieEvent[];
};

type RawSpan = { startOffset: number; endOffset: number; text: string };
type RawArgument = RawSpan & { role: { type: string } };
type RawEvent = { subtype: string; realis: string; nugget: RawSpan; argument?: RawArgument[] };
type RawDoc = { content: string; cyberevent?: { hopper?: { events?: RawEvent[] }[] } };

const WINDOW = 20;

/**
 * Realigns a CASIE span (SOURCE.md: some spans are shifted by 1-12 chars): keeps it when the slice equals its text,
 * else takes the nearest occurrence of the text within ±20 chars of startOffset; undefined when there is none.
 */
export function realign(content: string, span: RawSpan): CasieSpan | undefined {
  if (content.slice(span.startOffset, span.endOffset) === span.text)
    return { start: span.startOffset, end: span.endOffset, text: span.text };
  let best: number | undefined;
  const from = Math.max(0, span.startOffset - WINDOW);
  for (
    let at = content.indexOf(span.text, from);
    at >= 0 && at <= span.startOffset + WINDOW;
    at = content.indexOf(span.text, at + 1)
  ) {
    if (best === undefined || Math.abs(at - span.startOffset) < Math.abs(best - span.startOffset)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + span.text.length, text: span.text };
}

/** Reads every `annotation/<id>.json` of a CASIE split directory (ids.txt order when present), realigned. */
export function loadCasie(dir: string): CasieDoc[] {
  const annotationDir = path.join(dir, 'annotation');
  const files = readdirSync(annotationDir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
  return files.map((file) => {
    const raw = JSON.parse(readFileSync(path.join(annotationDir, file), 'utf8')) as RawDoc;
    const content = raw.content;
    const events: CasieEvent[] = [];
    for (const hopper of raw.cyberevent?.hopper ?? []) {
      for (const event of hopper.events ?? []) {
        const nugget = realign(content, event.nugget);
        if (!nugget) continue;
        const args: CasieArgument[] = [];
        for (const arg of event.argument ?? []) {
          const span = realign(content, arg);
          if (span) args.push({ ...span, role: arg.role.type });
        }
        events.push({ subtype: event.subtype, realis: event.realis, nugget, arguments: args });
      }
    }
    return { id: file.replace(/\.json$/, ''), content, events };
  });
}
