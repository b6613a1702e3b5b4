import type { EntityKind, EventType } from '../../domain/analysis.ts';

/** How an event type takes its arguments: the agent (subject), the patient (object) and prepositional roles. */
export type Frame = {
  readonly agent?: string;
  readonly patient?: string;
  /** Preposition -> role for phrases after the trigger. */
  readonly preps: Readonly<Record<string, string>>;
  /** Entity kinds an agent may have. */
  readonly agentKinds: readonly EntityKind[];
  /** Entity kinds the subject of a passive trigger may have to fill the patient (default: parties). */
  readonly patientKinds?: readonly EntityKind[];
  /** Roles whose filler is a clause-long phrase (an incident, a reason), not a noun phrase. */
  readonly clauses?: readonly string[];
};

const ACTORS: readonly EntityKind[] = ['country', 'organization', 'person', 'threat-actor'];
const AUTHORITIES: readonly EntityKind[] = ['country', 'organization'];
const ATTACKERS: readonly EntityKind[] = ['threat-actor', 'country', 'organization', 'person', 'malware'];

/** Frames for the event types the rules produce. */
export const FRAMES: Readonly<Partial<Record<EventType, Frame>>> = {
  attribution: {
    agent: 'accuser',
    patient: 'accused',
    preps: { of: 'incident', for: 'incident', over: 'incident', to: 'accused', in: 'incident' },
    agentKinds: ACTORS,
    clauses: ['incident'],
  },
  'responsibility-claim': {
    agent: 'claimant',
    patient: 'incident',
    preps: { for: 'incident' },
    agentKinds: ATTACKERS,
  },
  denial: {
    agent: 'denier',
    patient: 'incident',
    preps: { of: 'incident', over: 'incident' },
    agentKinds: ACTORS,
  },
  'law-enforcement.arrest': {
    agent: 'authority',
    patient: 'suspect',
    preps: { of: 'suspect', in: 'place', for: 'incident', over: 'incident', after: 'incident' },
    agentKinds: AUTHORITIES,
    clauses: ['incident'],
  },
  'law-enforcement.charge': {
    agent: 'authority',
    patient: 'defendant',
    preps: {
      against: 'defendant',
      of: 'defendant',
      for: 'incident',
      with: 'charge',
      over: 'incident',
      in: 'incident',
    },
    agentKinds: AUTHORITIES,
    clauses: ['incident', 'charge'],
  },
  'law-enforcement.takedown': {
    agent: 'authority',
    patient: 'target',
    preps: { of: 'target', against: 'target', in: 'place' },
    agentKinds: AUTHORITIES,
  },
  sanction: {
    agent: 'imposer',
    patient: 'target',
    preps: { on: 'target', against: 'target', over: 'reason', for: 'reason' },
    agentKinds: ['country', 'organization', 'person'],
    clauses: ['reason'],
  },
  advisory: {
    agent: 'issuer',
    patient: 'subject',
    preps: { about: 'subject', of: 'subject', on: 'subject', over: 'subject', that: 'subject' },
    agentKinds: ['country', 'organization', 'vendor'],
    clauses: ['subject'],
  },
  'legal.action': {
    agent: 'plaintiff',
    patient: 'defendant',
    preps: { against: 'defendant', over: 'incident', for: 'incident' },
    agentKinds: ACTORS,
    clauses: ['incident'],
  },
  'attack.ddos': {
    agent: 'attacker',
    preps: { on: 'victim', against: 'victim', targeting: 'victim' },
    agentKinds: ATTACKERS,
  },
  'attack.intrusion': {
    agent: 'attacker',
    patient: 'victim',
    preps: { on: 'victim', against: 'victim', targeting: 'victim', targeted: 'victim', into: 'victim' },
    agentKinds: ATTACKERS,
  },
  'vulnerability.exploitation': {
    agent: 'attacker',
    patient: 'vulnerability',
    preps: { in: 'product', against: 'victim', targeting: 'victim' },
    agentKinds: ATTACKERS,
    // "Ivanti bugs exploited in attacks": the vendor is not the vulnerability.
    patientKinds: ['vulnerability', 'product'],
  },
};

/** Roles filled by the party that acts (the subject of an active trigger). */
export const AGENT_ROLES = new Set([
  'accuser',
  'supporter',
  'imposer',
  'authority',
  'issuer',
  'plaintiff',
  'claimant',
  'denier',
]);
