import type { EntityKind } from '../../src/domain/analysis.ts';

/** The entity types we claim and score (see MAPPING.md); `software` merges malware and tools where a corpus does. */
export type EvalType =
  | 'threat-actor'
  | 'malware'
  | 'tool'
  | 'software'
  | 'vulnerability'
  | 'indicator'
  | 'organization'
  | 'location';

/** File layout of a corpus: token-per-line tag files, or AnnoCTR's per-document `.bio` files. */
export type DatasetFormat = 'token-tags' | 'annoctr';

/** How one corpus is read and scored: default split, gold tag -> eval type, and our kind -> eval type. */
export type DatasetSpec = {
  readonly name: string;
  readonly format: DatasetFormat;
  /** Path parts under ../shared/data of the default (dev/valid) split. */
  readonly defaultPath: readonly string[];
  /** Printed when the default split is not a held-out split. */
  readonly note?: string;
  readonly gold: Readonly<Record<string, EvalType>>;
  readonly predicted: Partial<Record<EntityKind, EvalType>>;
};

const ORGANIZATIONS = { organization: 'organization', vendor: 'organization' } as const;

/** The five supported corpora; tags not listed in `gold` are not scored (their spans are ignored). */
export const DATASETS: Readonly<Record<string, DatasetSpec>> = {
  aptner: {
    name: 'aptner',
    format: 'token-tags',
    defaultPath: ['aptner', 'APTNERdev.txt'],
    gold: {
      APT: 'threat-actor',
      MAL: 'malware',
      TOOL: 'tool',
      VULID: 'vulnerability',
      VULNAME: 'vulnerability',
      IP: 'indicator',
      DOM: 'indicator',
      URL: 'indicator',
      EMAIL: 'indicator',
      MD5: 'indicator',
      SHA1: 'indicator',
      SHA2: 'indicator',
      SECTEAM: 'organization',
      IDTY: 'organization',
      LOC: 'location',
    },
    predicted: {
      'threat-actor': 'threat-actor',
      malware: 'malware',
      tool: 'tool',
      vulnerability: 'vulnerability',
      indicator: 'indicator',
      country: 'location',
      ...ORGANIZATIONS,
    },
  },
  dnrti: {
    name: 'dnrti',
    format: 'token-tags',
    defaultPath: ['dnrti', 'valid.txt'],
    gold: {
      HackOrg: 'threat-actor',
      Tool: 'software',
      Exp: 'vulnerability',
      SecTeam: 'organization',
      Org: 'organization',
      Area: 'location',
    },
    predicted: {
      'threat-actor': 'threat-actor',
      malware: 'software',
      tool: 'software',
      vulnerability: 'vulnerability',
      country: 'location',
      ...ORGANIZATIONS,
    },
  },
  cyner: {
    name: 'cyner',
    format: 'token-tags',
    defaultPath: ['cyner', 'valid.txt'],
    gold: {
      Malware: 'malware',
      Indicator: 'indicator',
      Organization: 'organization',
      Vulnerability: 'vulnerability',
    },
    predicted: {
      malware: 'malware',
      vulnerability: 'vulnerability',
      indicator: 'indicator',
      ...ORGANIZATIONS,
    },
  },
  'cti-reports': {
    name: 'cti-reports',
    format: 'token-tags',
    defaultPath: ['cti-reports-ner', 'train_data'],
    note: 'cti-reports has no dev split upstream: the default is train_data (not held out)',
    gold: {
      hash: 'indicator',
      'ip.unknown': 'indicator',
      'url.cncsvr': 'indicator',
      'url.normal': 'indicator',
      'url.unknown': 'indicator',
      'malware.backdoor': 'malware',
      'malware.drop': 'malware',
      'malware.infosteal': 'malware',
      'malware.ransom': 'malware',
      'malware.unknown': 'malware',
    },
    predicted: { malware: 'malware', indicator: 'indicator' },
  },
  annoctr: {
    name: 'annoctr',
    format: 'annoctr',
    defaultPath: ['annoctr', 'dev'],
    gold: {
      GROUP: 'threat-actor',
      MALWARE: 'malware',
      TOOL: 'tool',
      ORG: 'organization',
      LOC: 'location',
    },
    predicted: {
      'threat-actor': 'threat-actor',
      malware: 'malware',
      tool: 'tool',
      country: 'location',
      ...ORGANIZATIONS,
    },
  },
};
