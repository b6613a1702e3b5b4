import type { EntityKind } from '../../domain/analysis.ts';
import { COMMON_WORDS } from './common-words.ts';
import { letterProfile, normalizeAlias } from './normalize-alias.ts';

/** How an alias must match case: `exact` (acronyms such as "US", "NSA"), `name` (first letter upper), `any`. */
export type CaseMode = 'exact' | 'name' | 'any';

/** Generic words that imported sources sometimes list as names; never aliases on their own. */
const STOP_ALIASES = new Set(
  `unknown other others apt apts ransomware malware trojan backdoor rat rats botnet loader stealer infostealer group
team hackers hacker spyware worm virus exploit exploits operation campaign unc dev ta admin test generic agent
android windows linux macos ios tool tools framework implant dropper downloader payload script miner keylogger
banker bot webshell web shell scanner password net n/a none null undefined`.split(/\s+/),
);

const MAX_EXACT_LETTERS = 6;

/**
 * Decides the case rule of an alias from its shape: short all-caps acronyms are exact, lower-case starts match
 * any case ("iOS", "njRAT"), except imported all-lower-case names ("timmy"), which match only as written.
 */
export function caseModeOf(alias: string, imported = false): CaseMode {
  const profile = letterProfile(alias);
  if (imported && !profile.upper) return 'exact';
  if (profile.upper && !profile.lower && profile.letters <= MAX_EXACT_LETTERS) return 'exact';
  const first = alias.match(/\p{L}/u)?.[0];
  if (first !== undefined && first === first.toLowerCase()) return 'any';
  if (first === undefined) return 'exact';
  return 'name';
}

/** Returns the cleaned alias, or undefined when it is too short, numeric or (for imported names) generic; `key` is its normalised form. */
export function cleanAlias(
  alias: string,
  imported: boolean,
  key: string = normalizeAlias(alias),
): string | undefined {
  let cleaned = alias.replace(/\s+/g, ' ').trim();
  // "The Shadow Brokers": prose writes "the Shadow Brokers", so the article is not part of an imported name.
  if (imported && /^the \S/i.test(cleaned)) {
    cleaned = cleaned.slice(4);
    key = normalizeAlias(cleaned);
  }
  if (key.length < 2 || !/\p{L}/u.test(cleaned)) return undefined;
  if (imported && STOP_ALIASES.has(key)) return undefined;
  if (imported && !/\p{Lu}/u.test(cleaned) && COMMON_WORDS.has(key)) return undefined;
  if (/^(?:cve|ghsa)-/i.test(cleaned)) return undefined;
  if (imported && letterProfile(cleaned).letters < 2 && !/^[A-Z]\d{4}$/.test(cleaned)) return undefined;
  return cleaned;
}

/**
 * True when an imported alias needs supporting context: common words only, three letters or fewer, or (for
 * malware and tools) one plain capitalised word such as "Locky", which news prose also uses for other things.
 */
export function needsContext(alias: string, kind: EntityKind, key: string = normalizeAlias(alias)): boolean {
  const words = key.split(' ').filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  if (words.length === 0 || key.replace(/ /g, '').length <= 3) return true;
  if (!/\p{Lu}/u.test(alias)) return true;
  const common = words.every((word) => COMMON_WORDS.has(word) || /^\d+$/.test(word));
  // Two capitalised common words ("Fancy Bear") are distinctive for an actor, not for malware ("Merry Christmas").
  if (common && (words.length === 1 || (words.length === 2 && kind !== 'threat-actor'))) return true;
  return (kind === 'malware' || kind === 'tool') && /^\p{Lu}\p{Ll}+$/u.test(alias);
}
