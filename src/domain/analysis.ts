/**
 * The analysis contract (shared/contracts/analysis.md, v1): what `analyzeText` returns and what the CLI,
 * web UI, digest and exports read. Offsets are half-open UTF-16 ranges into the analysed text.
 */

export type Span = { readonly start: number; readonly end: number };

export type TextSpan = Span & { readonly text: string };

export const ENTITY_KINDS = [
  'country',
  'organization',
  'person',
  'threat-actor',
  'malware',
  'tool',
  'product',
  'vendor',
  'vulnerability',
  'technique',
  'sector',
  'indicator',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One occurrence of an entity, with the rule that matched it (e.g. `gazetteer:country-name`). */
export type Mention = TextSpan & { readonly sentence: number; readonly rule: string };

export type AnalysisEntity = {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Organisation subtype (alliance, intergovernmental, government-agency, company) or indicator type. */
  readonly type?: string;
  /** Country id (`country:US`) an agency, person or actor belongs to, when known. */
  readonly country?: string;
  readonly mentions: readonly Mention[];
};

export const EVENT_TYPES = [
  'attack.databreach',
  'attack.phishing',
  'attack.ransomware',
  'attack.ddos',
  'attack.intrusion',
  'vulnerability.discovery',
  'vulnerability.patch',
  'vulnerability.exploitation',
  'attribution',
  'responsibility-claim',
  'denial',
  'law-enforcement.arrest',
  'law-enforcement.charge',
  'law-enforcement.takedown',
  'sanction',
  'advisory',
  'legal.action',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type Stance = 'asserted' | 'denied' | 'possible' | 'reported';
export type Realis = 'actual' | 'generic' | 'other';

export type EventArgument = TextSpan & {
  readonly role: string;
  readonly entity?: string;
  /** For an alliance or body among the parties (accuser, supporter, ...): its member states' ids. */
  readonly members?: readonly string[];
};

/** A relation from one event to another in the same document (a denial answers a claim). */
export type EventLink = { readonly relation: 'denies'; readonly event: string };

export type AnalysisEvent = {
  /** Document-local id (`ev1`, `ev2`, ... in text order), the target of `links`. */
  readonly id?: string;
  readonly type: EventType;
  readonly stance: Stance;
  readonly realis: Realis;
  readonly trigger: TextSpan;
  readonly sentence: Span;
  readonly arguments: readonly EventArgument[];
  readonly confidence: number;
  /** The rule or model that produced the event, for explanation in the UI. */
  readonly rule?: string;
  /** Relations to other events of the document: a denial `denies` the claim it answers. */
  readonly links?: readonly EventLink[];
};

export type Quote = TextSpan & {
  /** Entity id of the speaker when resolved (`person:antony-blinken`, `org:nato`). */
  readonly speaker?: string;
  readonly speaker_text?: string;
  readonly confidence: number;
};

export type Analysis = {
  readonly title: string | null;
  readonly language: string;
  readonly text_length: number;
  readonly boilerplate: readonly Span[];
  readonly entities: readonly AnalysisEntity[];
  readonly events: readonly AnalysisEvent[];
  readonly quotes: readonly Quote[];
};
