import type { KbEntry } from './kb-types.ts';

type ActorRow = readonly [key: string, name: string, aliases: readonly string[], country?: string];

/**
 * The threat actors cyber news names most, with the vendor names they go by, so that "Fancy Bear" and
 * "APT28" are one actor without an import. Keys follow the MISP galaxy's slugs (`actor:apt28`), so an
 * imported MISP or ATT&CK entry of the same name merges into these. Aliases are public naming facts.
 * Names that MISP or ATT&CK also give to a malware family or tool (Turla, Kimsuky, Sofacy, OilRig...) are left
 * to the imports and the corpus lexicon, which tell the two apart by context; built-in names would win outright.
 */
const ACTORS: readonly ActorRow[] = [
  ['apt28', 'APT28', ['Fancy Bear', 'Forest Blizzard', 'STRONTIUM', 'Pawn Storm'], 'RU'],
  ['apt29', 'APT29', ['Cozy Bear', 'Midnight Blizzard', 'NOBELIUM', 'The Dukes'], 'RU'],
  ['sandworm', 'Sandworm', ['Sandworm Team', 'Seashell Blizzard', 'Voodoo Bear', 'APT44'], 'RU'],
  ['gamaredon', 'Gamaredon', ['Gamaredon Group', 'Primitive Bear', 'Aqua Blizzard', 'Shuckworm'], 'RU'],
  ['star-blizzard', 'Star Blizzard', ['Callisto Group', 'COLDRIVER', 'SEABORGIUM'], 'RU'],
  [
    'lazarus-group',
    'Lazarus Group',
    ['Lazarus', 'Hidden Cobra', 'Diamond Sleet', 'Labyrinth Chollima'],
    'KP',
  ],
  ['andariel', 'Andariel', ['Onyx Sleet', 'Silent Chollima', 'APT45'], 'KP'],
  ['apt38', 'APT38', ['Sapphire Sleet', 'Stardust Chollima'], 'KP'],
  ['tradertraitor', 'TraderTraitor', ['Jade Sleet', 'UNC4899'], 'KP'],
  ['hafnium', 'HAFNIUM', ['Silk Typhoon'], 'CN'],
  ['volt-typhoon', 'Volt Typhoon', ['Vanguard Panda', 'BRONZE SILHOUETTE', 'Insidious Taurus'], 'CN'],
  ['salt-typhoon', 'Salt Typhoon', ['FamousSparrow', 'Earth Estries'], 'CN'],
  ['apt40', 'APT40', ['Gingham Typhoon', 'BRONZE MOHAWK', 'Kryptonite Panda', 'TEMP.Periscope'], 'CN'],
  ['apt41', 'APT41', ['Wicked Panda', 'Brass Typhoon'], 'CN'],
  ['apt31', 'APT31', ['Zirconium', 'Violet Typhoon', 'Judgment Panda'], 'CN'],
  ['mustang-panda', 'Mustang Panda', ['Bronze President', 'TA416'], 'CN'],
  ['apt10', 'APT10', ['menuPass', 'Stone Panda'], 'CN'],
  ['apt33', 'APT33', ['Elfin', 'Peach Sandstorm', 'Refined Kitten', 'HOLMIUM'], 'IR'],
  ['apt34', 'APT34', ['Helix Kitten', 'Hazel Sandstorm', 'EUROPIUM'], 'IR'],
  ['apt35', 'APT35', ['Charming Kitten', 'Mint Sandstorm', 'Magic Hound'], 'IR'],
  ['muddywater', 'MuddyWater', ['Mango Sandstorm', 'Static Kitten', 'Seedworm'], 'IR'],
  ['cyberav3ngers', 'CyberAv3ngers', ['CyberAveng3rs'], 'IR'],
  [
    'scattered-spider',
    'Scattered Spider',
    ['Octo Tempest', 'UNC3944', 'Muddled Libra', '0ktapus'],
    undefined,
  ],
  ['fin7', 'FIN7', ['Carbon Spider', 'Sangria Tempest', 'ELBRUS'], undefined],
  // Extortion crews named in 2022-2025 reporting, with no malware family of the same name.
  ['lapsus', 'Lapsus$', ['LAPSUS$', 'DEV-0537', 'Strawberry Tempest'], undefined],
  ['shinyhunters', 'ShinyHunters', ['Shiny Hunters'], undefined],
  ['scattered-lapsus-hunters', 'Scattered Lapsus$ Hunters', ['Scattered LAPSUS$ Hunters'], undefined],
  ['crimson-collective', 'Crimson Collective', [], undefined],
  ['ta505', 'TA505', ['Lace Tempest', 'Hive0065'], undefined],
];

/** Built-in threat-actor entries (`actor:<key>`), attributed to a state where public reporting agrees. */
export function actorEntries(): KbEntry[] {
  return ACTORS.map(([key, name, aliases, country]) => ({
    id: `actor:${key}`,
    kind: 'threat-actor',
    name,
    aliases: [name, ...aliases],
    ...(country ? { country: `country:${country}` } : {}),
    source: 'builtin',
  }));
}
