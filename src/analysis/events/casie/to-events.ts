import type { AnalysisEvent, EventArgument, EventType } from '../../../domain/analysis.ts';
import { toArgument } from '../argument-span.ts';
import type { Doc } from '../document.ts';
import { readStance } from '../stance.ts';
import type { CasieMention } from './predict-casie.ts';

/** CASIE subtypes mapped one to one to contract event types (contracts/analysis.md). */
const TYPES: Readonly<Record<string, EventType>> = {
  Databreach: 'attack.databreach',
  Phishing: 'attack.phishing',
  Ransom: 'attack.ransomware',
  DiscoverVulnerability: 'vulnerability.discovery',
  PatchVulnerability: 'vulnerability.patch',
};

/** CASIE roles mapped to contract roles by name; Attack-Pattern is not required and dropped. */
const ROLES: Readonly<Record<string, string>> = {
  Attacker: 'attacker',
  Victim: 'victim',
  'Compromised-Data': 'data',
  'Number-of-Data': 'count',
  'Number-of-Victim': 'count',
  Vulnerable_System: 'product',
  Vulnerable_System_Owner: 'vendor',
  Releaser: 'vendor',
  Discoverer: 'discoverer',
  Capabilities: 'capability',
  CVE: 'cve',
  Patch: 'patch',
  Vulnerable_System_Version: 'version',
  Price: 'price',
  'Payment-Method': 'payment-method',
  'Trusted-Entity': 'trusted-entity',
  'Damage-Amount': 'damage',
  Place: 'place',
  Time: 'time',
  Tool: 'tool',
  Purpose: 'purpose',
  Vulnerability: 'vulnerability',
};

/** Converts tagged CASIE mentions into contract events (stance from the hedge reader, rule `model:casie`). */
export function casieToEvents(doc: Doc, mentions: readonly CasieMention[]): AnalysisEvent[] {
  const events: AnalysisEvent[] = [];
  for (const mention of mentions) {
    const type = TYPES[mention.subtype];
    if (!type) continue;
    const args: EventArgument[] = [];
    for (const arg of mention.arguments) {
      const role = ROLES[arg.role];
      if (role) args.push(toArgument(doc, role, arg));
    }
    const reading = readStance(doc, mention.trigger, mention.sentence);
    events.push({
      type,
      stance: reading.stance,
      realis: reading.realis,
      trigger: { ...mention.trigger, text: doc.text.slice(mention.trigger.start, mention.trigger.end) },
      sentence: { start: mention.sentence.start, end: mention.sentence.end },
      arguments: args,
      confidence: Math.round(0.7 * reading.factor * 100) / 100,
      rule: 'model:casie-perceptron',
    });
  }
  return events;
}
