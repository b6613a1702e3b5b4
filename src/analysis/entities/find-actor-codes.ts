import type { Span } from '../../domain/analysis.ts';
import { type Candidate, PRIORITY } from './candidate.ts';

/**
 * Tracking designations security vendors and CERTs give threat clusters before (or instead of) a name:
 * Mandiant's UNC#### / FIN## / APT##, Microsoft's Storm-#### and older DEV-####, Proofpoint's TA###, CERT-UA's
 * UAC-####, Recorded Future's TAG-##, Palo Alto's CL-STA-#### / CL-CRI-####. Upper case as published.
 */
const CODE_RE =
  /(?<![\w-])(?:UNC\d{3,5}|FIN\d{1,2}|APT\d{1,3}|Storm-\d{4}|DEV-\d{4}|TA\d{3,4}|UAC-\d{4}|TAG-\d{2,3}|CL-(?:STA|CRI|UNK)-\d{4})(?![\w-])/g;

/**
 * Threat-actor mentions by tracking designation ("UNC6395", "Storm-0501") outside `occupied` spans (a known
 * actor whose alias the code is keeps its own id). Returns candidates `actor:<lower-case code>`, rule
 * `pattern:actor-code`; pure.
 */
export function findActorCodes(text: string, occupied: readonly Span[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(CODE_RE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (occupied.some((span) => span.start < end && span.end > start)) continue;
    candidates.push({
      start,
      end,
      id: `actor:${match[0].toLowerCase()}`,
      kind: 'threat-actor',
      name: match[0],
      rule: 'pattern:actor-code',
      priority: PRIORITY.imported,
    });
  }
  return candidates;
}
