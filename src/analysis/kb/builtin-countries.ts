import countriesJson from 'world-countries/countries.json' with { type: 'json' };
import type { KbEntry } from './kb-types.ts';

type CountryRecord = {
  readonly cca2: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
};

/** Extra names per ISO code: short forms and acronyms that world-countries lacks or that we keep on purpose. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'US', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  KP: ['DPRK', "Democratic People's Republic of Korea"],
  KR: ['ROK', 'Republic of Korea'],
  RU: ['Russian Federation'],
  AE: ['UAE', 'U.A.E.'],
  SA: ['KSA'],
  CD: ['DRC'],
  IR: ['Islamic Republic of Iran'],
  NL: ['The Netherlands', 'Holland'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye', 'Turkey'],
  PS: ['Palestinian Territories', 'Gaza', 'Gaza Strip', 'West Bank'],
  VA: ['Holy See', 'the Vatican'],
};

/** Seats of government and government names used as actors ("Beijing denied ...", "the Kremlin said"). */
const ACTOR_SEATS: Readonly<Record<string, readonly string[]>> = {
  US: [
    'Washington',
    'Washington, D.C.',
    'Biden administration',
    'Trump administration',
    'Obama administration',
    'Bush administration',
  ],
  CN: ['Beijing', 'Zhongnanhai'],
  RU: ['Moscow', 'Kremlin'],
  KP: ['Pyongyang'],
  KR: ['Seoul'],
  IR: ['Tehran', 'Teheran'],
  UA: ['Kyiv', 'Kiev'],
  GB: ['London', 'Downing Street', 'Whitehall'],
  FR: ['Paris', 'Élysée Palace'],
  DE: ['Berlin'],
  JP: ['Tokyo'],
  TW: ['Taipei'],
  AU: ['Canberra'],
  CA: ['Ottawa'],
  IN: ['New Delhi'],
  TR: ['Ankara'],
  SA: ['Riyadh'],
  VN: ['Hanoi'],
  PK: ['Islamabad'],
  BY: ['Minsk'],
};

/** Demonyms we add (plurals, adjectives world-countries lacks); ambiguous demonyms are removed elsewhere. */
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  US: ['Americans', 'US-based', 'U.S.-based'],
  GB: ['Britons', 'UK-based'],
  RU: ['Russians', 'Russia-based', 'Russian-speaking'],
  CN: ['China-based', 'China-linked', 'China-nexus', 'Chinese-speaking'],
  KP: ['North Koreans'],
  KR: ['South Koreans'],
  IR: ['Iranians', 'Iran-linked', 'Iran-based'],
  UA: ['Ukrainians'],
  IL: ['Israelis'],
  NL: ['Dutch'],
};

/** Former states still named in news (historical references); codes are ISO 3166-1 transitionally reserved ones. */
const HISTORICAL: readonly { code: string; name: string; aliases: readonly string[] }[] = [
  { code: 'SU', name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'] },
  { code: 'YU', name: 'Yugoslavia', aliases: [] },
  { code: 'CS', name: 'Czechoslovakia', aliases: [] },
  { code: 'DD', name: 'East Germany', aliases: ['German Democratic Republic'] },
];

const MAX_ALT_WITHOUT_ALLOW = 4;
const COUNTRIES = countriesJson as unknown as readonly CountryRecord[];

/**
 * Builds one `country:XX` entry per ISO 3166-1 country with names, safe alternative spellings, demonyms and
 * seats, plus former states (`country:SU` Soviet Union, type `historical`).
 */
export function countryEntries(): KbEntry[] {
  const demonymOwners = new Map<string, Set<string>>();
  for (const country of COUNTRIES) {
    for (const demonym of demonymsOf(country)) {
      const owners = demonymOwners.get(demonym) ?? new Set<string>();
      owners.add(country.cca2);
      demonymOwners.set(demonym, owners);
    }
  }
  const historical = HISTORICAL.map(
    ({ code, name, aliases }): KbEntry => ({
      id: `country:${code}`,
      kind: 'country',
      name,
      aliases: [name, ...aliases],
      type: 'historical',
      source: 'builtin',
    }),
  );
  const current = COUNTRIES.map((country) => {
    const code = country.cca2;
    const aliasRules: Record<string, string> = {};
    const names = new Set<string>([country.name.common, country.name.official, ...(EXTRA_NAMES[code] ?? [])]);
    for (const alt of country.altSpellings) if (isSafeAltSpelling(alt)) names.add(alt);
    for (const demonym of [...demonymsOf(country), ...(EXTRA_DEMONYMS[code] ?? [])]) {
      if ((demonymOwners.get(demonym)?.size ?? 1) > 1 || names.has(demonym)) continue;
      names.add(demonym);
      aliasRules[demonym] = 'gazetteer:demonym';
    }
    for (const seat of ACTOR_SEATS[code] ?? []) {
      names.add(seat);
      aliasRules[seat] = seat.endsWith('administration')
        ? 'gazetteer:government-as-actor'
        : 'gazetteer:capital-as-actor';
    }
    return {
      id: `country:${code}`,
      kind: 'country',
      name: country.name.common,
      aliases: [...names],
      source: 'builtin',
      aliasRules,
    } satisfies KbEntry;
  });
  return [...current, ...historical];
}

function demonymsOf(country: CountryRecord): string[] {
  const eng = country.demonyms?.eng;
  if (!eng) return [];
  return [...new Set([eng.m, eng.f])].filter((name) => name.length > 2);
}

/** Alternative spellings are kept when they are real names, not two-letter codes or "Korea, Republic of" inversions. */
function isSafeAltSpelling(alt: string): boolean {
  if (alt.includes(',')) return false;
  if (alt.length <= MAX_ALT_WITHOUT_ALLOW) return false;
  return true;
}
