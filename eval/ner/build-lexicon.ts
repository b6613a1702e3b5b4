// `node --import tsx eval/ner/build-lexicon.ts`: builds src/analysis/kb/corpus-lexicon.json, a list of entity
// names (facts) seen in the TRAIN splits of the CTI NER corpora in ../shared/data, with the kind they were
// annotated as. Only train files are read (never dev, valid or test). A name is kept when it looks like a proper
// name, was annotated at least twice, and at least 60% of its occurrences in the training text carry that type.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../shared-data.ts';
import type { GoldSentence } from './corpus-types.ts';
import { isNameFragment } from './name-fragment.ts';
import { readAnnoctr } from './read-annoctr.ts';
import { readTokenTags } from './read-token-tags.ts';

type LexiconKind = 'threat-actor' | 'malware' | 'tool' | 'software' | 'organization';

/** Train tag -> lexicon kind per corpus; `software` means malware or tool (DNRTI does not separate them). */
const TRAIN_SOURCES: readonly { parts: string[]; annoctr?: boolean; tags: Record<string, LexiconKind> }[] = [
  {
    parts: ['dnrti', 'train.txt'],
    tags: { HackOrg: 'threat-actor', Tool: 'software', SecTeam: 'organization', Org: 'organization' },
  },
  {
    parts: ['aptner', 'APTNERtrain.txt'],
    tags: {
      APT: 'threat-actor',
      MAL: 'malware',
      TOOL: 'tool',
      SECTEAM: 'organization',
      IDTY: 'organization',
    },
  },
  { parts: ['cyner', 'train.txt'], tags: { Malware: 'malware', Organization: 'organization' } },
  {
    parts: ['cti-reports-ner', 'train_data'],
    tags: Object.fromEntries(
      ['backdoor', 'drop', 'infosteal', 'ransom', 'unknown'].map((t) => [`malware.${t}`, 'malware' as const]),
    ),
  },
  {
    parts: ['annoctr', 'train'],
    annoctr: true,
    tags: { GROUP: 'threat-actor', MALWARE: 'malware', TOOL: 'tool', ORG: 'organization' },
  },
];

const MAX_TOKENS = 5;
const MIN_COUNT = 2;
const MIN_PRECISION = 0.6;
const GLUE = /^[-./&]$/;

function sentencesOf(source: (typeof TRAIN_SOURCES)[number]): GoldSentence[] {
  const target = sharedPath(...source.parts);
  if (!source.annoctr)
    return readTokenTags(readFileSync(target, 'utf8'), 'train').documents.flatMap((d) => d.sentences);
  const folder = path.join(target, 'ner_bio');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.bio'))
    .flatMap((name) => readAnnoctr(readFileSync(path.join(folder, name), 'utf8'), name).document.sentences);
}

/** Joins tokens as they were written: no space around hyphens, slashes and dots split off by the corpus tokenizer. */
function surface(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([-./&]) /g, (_m, glue: string) => (GLUE.test(glue) ? glue : ` ${glue} `));
}

const GENERIC_HEAD =
  /\b(?:group|groups|actor|actors|malware|tool|tools|trojan|trojans|backdoor|backdoors|samples?|famil(?:y|ies)|ransomware|campaigns?|variants?|rat|apt|team|[BIES]-[A-Z]+)$/i;
const FILE_NAME =
  /\.(?:exe|dll|apk|bat|inf|docx?|xlsx?|pdf|js|vbs|ps1|zip|rar|dat|tmp|txt|aspx?|php|jar|lnk|hta|sys)$/i;
const JOINERS = new Set(['of', 'and', 'for', 'the', 'de', '&', 'in']);

function looksLikeName(name: string): boolean {
  if (name.length < 3 || name.length > 60 || !/^[\p{L}\p{N}]/u.test(name)) return false;
  if ((name.includes(' ') && GENERIC_HEAD.test(name)) || FILE_NAME.test(name) || /\b[BIES]-[A-Z]/.test(name))
    return false;
  const words = name.split(' ');
  if (words.length > 1 && !words.every((w) => JOINERS.has(w) || /^[\p{Lu}\p{N}.]/u.test(w))) return false;
  if (!/[\p{Lu}\p{N}]/u.test(name) || /^(?:the|a|an|this|these|its|their)\b/i.test(name)) return false;
  if (/^[\d\s.,:/-]+$/.test(name) || /[()[\]{}"“”'’,;]/.test(name)) return false;
  return true;
}

const annotated = new Set<string>();
type Family = 'threat-actor' | 'organization' | 'software';
const familyOf = (kind: LexiconKind): Family =>
  kind === 'threat-actor' || kind === 'organization' ? kind : 'software';
type Sentence = {
  tokens: string[];
  kinds: (LexiconKind | undefined)[];
  /** Index of the annotated span covering each token (-1 outside spans). */
  spanOf: number[];
  can: ReadonlySet<Family>;
};
const all: Sentence[] = [];
for (const source of TRAIN_SOURCES) {
  const can = new Set(Object.values(source.tags).map(familyOf));
  for (const sentence of sentencesOf(source)) {
    const kinds: (LexiconKind | undefined)[] = sentence.tokens.map(() => undefined);
    const spanOf = sentence.tokens.map(() => -1);
    for (const [index, span] of sentence.spans.entries()) {
      const kind = source.tags[span.type];
      if (!kind) continue;
      for (let k = span.first; k <= span.last; k++) {
        kinds[k] = kind;
        spanOf[k] = index;
      }
      if (span.last - span.first + 1 <= MAX_TOKENS)
        annotated.add(sentence.tokens.slice(span.first, span.last + 1).join(' '));
    }
    all.push({ tokens: [...sentence.tokens], kinds, spanOf, can });
  }
}
// Every occurrence of an annotated name counts for the kind that covers all its tokens (inside a longer span
// too: "Sofacy" in "Sofacy group"), unless the span goes on with another name word: "Tiger" in "Pitty Tiger" is
// a piece of a longer name, not a mention of "Tiger", and is not counted at all. It counts as a possible one for
// each family the corpus annotates at all.
type Tally = { possible: Map<Family, number>; kinds: Map<LexiconKind, number> };
const tallies = new Map<string, Tally>();
for (const { tokens, kinds, spanOf, can } of all) {
  for (let i = 0; i < tokens.length; i++) {
    let name = '';
    for (let n = 1; n <= MAX_TOKENS && i + n <= tokens.length; n++) {
      name = n === 1 ? tokens[i]! : `${name} ${tokens[i + n - 1]}`;
      if (!annotated.has(name) || (kinds[i] && isNameFragment(tokens, spanOf, i, i + n - 1))) continue;
      const tally: Tally = tallies.get(name) ?? { possible: new Map(), kinds: new Map() };
      for (const family of can) tally.possible.set(family, (tally.possible.get(family) ?? 0) + 1);
      const covering = kinds.slice(i, i + n);
      const kind = covering[0];
      if (kind && covering.every((k) => k === kind)) tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
      tallies.set(name, tally);
    }
  }
}
const lexicon: Record<LexiconKind, string[]> = {
  'threat-actor': [],
  malware: [],
  tool: [],
  software: [],
  organization: [],
};
for (const [name, { possible, kinds }] of tallies) {
  const count = (kind: LexiconKind) => kinds.get(kind) ?? 0;
  const software = count('malware') + count('tool') + count('software');
  const candidates: [LexiconKind, number][] = [
    ['threat-actor', count('threat-actor')],
    ['organization', count('organization')],
    [
      count('malware') === 0 && count('tool') === 0
        ? 'software'
        : count('malware') >= count('tool')
          ? 'malware'
          : 'tool',
      software,
    ],
  ];
  const [kind, kindCount] = candidates.sort((a, b) => b[1] - a[1])[0]!;
  const label = surface(name.split(' '));
  const total = possible.get(familyOf(kind)) ?? 0;
  if (kindCount >= MIN_COUNT && kindCount / total >= MIN_PRECISION && looksLikeName(label))
    lexicon[kind].push(label);
}
for (const names of Object.values(lexicon)) names.sort((a, b) => a.localeCompare(b, 'en'));
const out = path.resolve(import.meta.dirname, '../../src/analysis/kb/corpus-lexicon.json');
writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
process.stdout.write(
  `${out}: ${Object.entries(lexicon)
    .map(([kind, names]) => `${kind} ${names.length}`)
    .join(', ')}\n`,
);
