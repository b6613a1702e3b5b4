// `node --import tsx eval/ner/build-lexicon.ts`: builds src/analysis/kb/corpus-lexicon.json, a list of entity
// names (facts) seen in the TRAIN splits of the CTI NER corpora in ../shared/data, with the kind they were
// annotated as. Only train files are read (never dev, valid or test). A name is kept when it looks like a proper
// name, was annotated at least twice, and at least 60% of its occurrences in the training text carry that type.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../shared-data.ts';
import type { GoldSentence } from './corpus-types.ts';
import { readAnnoctr } from './read-annoctr.ts';
import { readTokenTags } from './read-token-tags.ts';

type LexiconKind = 'threat-actor' | 'malware' | 'tool' | 'software' | 'organization';

/** Train tag -> lexicon kind per corpus; `software` means malware or tool (DNRTI does not separate them). */
const TRAIN_SOURCES: readonly { parts: string[]; annoctr?: boolean; tags: Record<string, LexiconKind> }[] = [
  { parts: ['dnrti', 'train.txt'], tags: { HackOrg: 'threat-actor', Tool: 'software', SecTeam: 'organization', Org: 'organization' } },
  {
    parts: ['aptner', 'APTNERtrain.txt'],
    tags: { APT: 'threat-actor', MAL: 'malware', TOOL: 'tool', SECTEAM: 'organization', IDTY: 'organization' },
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
  if (!source.annoctr) return readTokenTags(readFileSync(target, 'utf8'), 'train').documents.flatMap((d) => d.sentences);
  const folder = path.join(target, 'ner_bio');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.bio'))
    .flatMap((name) => readAnnoctr(readFileSync(path.join(folder, name), 'utf8'), name).document.sentences);
}

/** Joins tokens as they were written: no space around hyphens, slashes and dots split off by the corpus tokenizer. */
function surface(tokens: readonly string[]): string {
  return tokens.join(' ').replace(/ ([-./&]) /g, (_m, glue: string) => (GLUE.test(glue) ? glue : ` ${glue} `));
}

const GENERIC_HEAD =
  /\b(?:group|groups|actor|actors|malware|tool|tools|trojan|trojans|backdoor|backdoors|samples?|famil(?:y|ies)|ransomware|campaigns?|variants?|rat|apt|team|[BIES]-[A-Z]+)$/i;
const FILE_NAME = /\.(?:exe|dll|apk|bat|inf|docx?|xlsx?|pdf|js|vbs|ps1|zip|rar|dat|tmp|txt|aspx?|php|jar|lnk|hta|sys)$/i;
const JOINERS = new Set(['of', 'and', 'for', 'the', 'de', '&', 'in']);

function looksLikeName(name: string): boolean {
  if (name.length < 3 || name.length > 60 || !/^[\p{L}\p{N}]/u.test(name)) return false;
  if ((name.includes(' ') && GENERIC_HEAD.test(name)) || FILE_NAME.test(name) || /\b[BIES]-[A-Z]/.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 1 && !words.every((w) => JOINERS.has(w) || /^[\p{Lu}\p{N}.]/u.test(w))) return false;
  if (!/[\p{Lu}\p{N}]/u.test(name) || /^(?:the|a|an|this|these|its|their)\b/i.test(name)) return false;
  if (/^[\d\s.,:/-]+$/.test(name) || /[()[\]{}"“”'’,;]/.test(name)) return false;
  return true;
}

const annotated = new Map<string, Map<LexiconKind, number>>();
const all: string[][] = [];
for (const source of TRAIN_SOURCES) {
  for (const sentence of sentencesOf(source)) {
    all.push([...sentence.tokens]);
    for (const span of sentence.spans) {
      const kind = source.tags[span.type];
      if (!kind || span.last - span.first + 1 > MAX_TOKENS) continue;
      const tokens = sentence.tokens.slice(span.first, span.last + 1);
      const name = tokens.join(' ');
      const kinds = annotated.get(name) ?? new Map<LexiconKind, number>();
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      annotated.set(name, kinds);
    }
  }
}
const occurrences = new Map<string, number>();
for (const tokens of all) {
  for (let i = 0; i < tokens.length; i++) {
    let name = '';
    for (let n = 1; n <= MAX_TOKENS && i + n <= tokens.length; n++) {
      name = n === 1 ? tokens[i]! : `${name} ${tokens[i + n - 1]}`;
      if (annotated.has(name)) occurrences.set(name, (occurrences.get(name) ?? 0) + 1);
    }
  }
}
const lexicon: Record<LexiconKind, string[]> = { 'threat-actor': [], malware: [], tool: [], software: [], organization: [] };
for (const [name, kinds] of annotated) {
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  const softwareCount = (kinds.get('malware') ?? 0) + (kinds.get('tool') ?? 0) + (kinds.get('software') ?? 0);
  const [best, count] = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]!;
  let kind = best;
  if (best === 'software' || ((best === 'malware' || best === 'tool') && softwareCount > count)) {
    const malware = kinds.get('malware') ?? 0;
    const tool = kinds.get('tool') ?? 0;
    kind = malware === 0 && tool === 0 ? 'software' : malware >= tool ? 'malware' : 'tool';
  }
  const kindCount = kind === 'threat-actor' || kind === 'organization' ? count : softwareCount;
  const precision = kindCount / Math.max(total, occurrences.get(name) ?? 0);
  const label = surface(name.split(' '));
  if (kindCount >= MIN_COUNT && precision >= MIN_PRECISION && looksLikeName(label)) lexicon[kind].push(label);
}
for (const names of Object.values(lexicon)) names.sort((a, b) => a.localeCompare(b, 'en'));
const out = path.resolve(import.meta.dirname, '../../src/analysis/kb/corpus-lexicon.json');
writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
process.stdout.write(
  `${out}: ${Object.entries(lexicon)
    .map(([kind, names]) => `${kind} ${names.length}`)
    .join(', ')}\n`,
);
