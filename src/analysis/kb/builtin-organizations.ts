import type { KbEntry } from './kb-types.ts';

type Row = readonly [
  key: string,
  name: string,
  aliases: readonly string[],
  country?: string,
  members?: string,
];

const NATO_MEMBERS =
  'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US';
const EU_MEMBERS = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';

/** Military and intelligence alliances, with member ISO codes. */
const ALLIANCES: readonly Row[] = [
  [
    'nato',
    'NATO',
    ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'N.A.T.O.'],
    undefined,
    NATO_MEMBERS,
  ],
  ['five-eyes', 'Five Eyes', ['Five Eyes alliance', 'FVEY'], undefined, 'US GB CA AU NZ'],
  ['aukus', 'AUKUS', [], undefined, 'AU GB US'],
];

/** Intergovernmental bodies, with member ISO codes where the membership is closed and small. */
const INTERGOVERNMENTAL: readonly Row[] = [
  ['eu', 'European Union', ['EU', 'E.U.'], undefined, EU_MEMBERS],
  ['g7', 'G7', ['G-7', 'Group of Seven'], undefined, 'US GB CA FR DE IT JP'],
  ['g20', 'G20', ['G-20', 'Group of Twenty']],
  ['un', 'United Nations', ['UN', 'U.N.']],
  [
    'un-security-council',
    'UN Security Council',
    ['U.N. Security Council', 'United Nations Security Council'],
  ],
  ['asean', 'ASEAN', ['Association of Southeast Asian Nations'], undefined, 'BN KH ID LA MY MM PH SG TH VN'],
  ['interpol', 'Interpol', ['INTERPOL', 'International Criminal Police Organization']],
  ['europol', 'Europol', ['EUROPOL', 'European Cybercrime Centre', 'EC3']],
  ['eurojust', 'Eurojust', []],
  ['enisa', 'ENISA', ['European Union Agency for Cybersecurity', 'EU Agency for Cybersecurity']],
  ['european-commission', 'European Commission', ['EU Commission']],
  ['european-parliament', 'European Parliament', []],
  ['council-of-the-eu', 'Council of the European Union', ['Council of the EU', 'European Council']],
  ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe']],
  ['sco', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organization']],
  ['brics', 'BRICS', []],
  ['oecd', 'OECD', ['Organisation for Economic Co-operation and Development']],
  ['itu', 'International Telecommunication Union', ['ITU']],
  ['imf', 'International Monetary Fund', ['IMF']],
  ['world-bank', 'World Bank', []],
  ['icc', 'International Criminal Court', []],
  ['african-union', 'African Union', []],
  ['ccdcoe', 'NATO Cooperative Cyber Defence Centre of Excellence', ['CCDCOE']],
];

/** Government cyber, intelligence, law-enforcement and policy agencies, with their country. */
const AGENCIES: readonly Row[] = [
  ['cisa', 'CISA', ['Cybersecurity and Infrastructure Security Agency', 'US-CERT'], 'US'],
  ['nsa', 'NSA', ['National Security Agency'], 'US'],
  ['fbi', 'FBI', ['Federal Bureau of Investigation', 'F.B.I.'], 'US'],
  [
    'us-doj',
    'US Justice Department',
    [
      'Justice Department',
      'Department of Justice',
      'DOJ',
      'U.S. Justice Department',
      'US Department of Justice',
      'U.S. Department of Justice',
    ],
    'US',
  ],
  [
    'us-treasury',
    'US Treasury',
    [
      'U.S. Treasury',
      'Treasury Department',
      'Department of the Treasury',
      'US Treasury Department',
      'U.S. Treasury Department',
    ],
    'US',
  ],
  ['ofac', 'OFAC', ['Office of Foreign Assets Control'], 'US'],
  ['white-house', 'White House', [], 'US'],
  [
    'us-state-department',
    'US State Department',
    ['State Department', 'Department of State', 'U.S. State Department'],
    'US',
  ],
  ['us-dhs', 'Department of Homeland Security', ['DHS', 'Homeland Security Department'], 'US'],
  [
    'us-dod',
    'US Department of Defense',
    ['Department of Defense', 'Pentagon', 'DoD', 'Defense Department'],
    'US',
  ],
  [
    'us-cyber-command',
    'US Cyber Command',
    ['U.S. Cyber Command', 'Cyber Command', 'USCYBERCOM', 'CYBERCOM'],
    'US',
  ],
  ['cia', 'CIA', ['Central Intelligence Agency'], 'US'],
  ['odni', 'ODNI', ['Office of the Director of National Intelligence'], 'US'],
  ['us-secret-service', 'US Secret Service', ['Secret Service', 'U.S. Secret Service', 'USSS'], 'US'],
  ['us-sec', 'SEC', ['Securities and Exchange Commission'], 'US'],
  ['ftc', 'FTC', ['Federal Trade Commission'], 'US'],
  ['fcc', 'FCC', ['Federal Communications Commission'], 'US'],
  ['nist', 'NIST', ['National Institute of Standards and Technology'], 'US'],
  ['us-hhs', 'HHS', ['Department of Health and Human Services'], 'US'],
  ['us-nsc', 'National Security Council', ['NSC'], 'US'],
  ['us-commerce', 'US Commerce Department', ['Commerce Department', 'Department of Commerce'], 'US'],
  ['us-congress', 'US Congress', ['U.S. Congress', 'Congress'], 'US'],
  ['ic3', 'IC3', ['Internet Crime Complaint Center'], 'US'],
  ['ncsc-uk', 'NCSC', ['National Cyber Security Centre', 'UK National Cyber Security Centre'], 'GB'],
  ['gchq', 'GCHQ', ['Government Communications Headquarters'], 'GB'],
  ['uk-nca', 'National Crime Agency', ['NCA'], 'GB'],
  ['mi5', 'MI5', [], 'GB'],
  ['mi6', 'MI6', ['Secret Intelligence Service'], 'GB'],
  ['uk-fcdo', 'Foreign Office', ['Foreign, Commonwealth and Development Office', 'FCDO'], 'GB'],
  ['uk-ico', "Information Commissioner's Office", ['ICO'], 'GB'],
  [
    'bsi',
    'BSI',
    ['Federal Office for Information Security', 'Bundesamt für Sicherheit in der Informationstechnik'],
    'DE',
  ],
  ['bfv', 'BfV', ['Federal Office for the Protection of the Constitution'], 'DE'],
  ['bnd', 'BND', ['Bundesnachrichtendienst'], 'DE'],
  ['anssi', 'ANSSI', ['National Cybersecurity Agency of France'], 'FR'],
  ['dgse', 'DGSE', [], 'FR'],
  ['asd', 'ASD', ['Australian Signals Directorate'], 'AU'],
  ['acsc', 'ACSC', ['Australian Cyber Security Centre'], 'AU'],
  ['asio', 'ASIO', ['Australian Security Intelligence Organisation'], 'AU'],
  ['cccs', 'Canadian Centre for Cyber Security', ['CCCS', 'Cyber Centre'], 'CA'],
  ['cse', 'Communications Security Establishment', ['CSE'], 'CA'],
  ['rcmp', 'RCMP', ['Royal Canadian Mounted Police'], 'CA'],
  ['gcsb', 'GCSB', ['Government Communications Security Bureau'], 'NZ'],
  ['cert-nz', 'CERT NZ', [], 'NZ'],
  ['aivd', 'AIVD', [], 'NL'],
  ['mivd', 'MIVD', [], 'NL'],
  ['jpcert', 'JPCERT/CC', ['JPCERT'], 'JP'],
  ['kisa', 'KISA', ['Korea Internet & Security Agency', 'Korea Internet and Security Agency'], 'KR'],
  ['nis-kr', 'National Intelligence Service', [], 'KR'],
  ['mss', 'Ministry of State Security', ['MSS'], 'CN'],
  ['pla', "People's Liberation Army", ['PLA'], 'CN'],
  ['cac', 'Cyberspace Administration of China', ['CAC'], 'CN'],
  ['cn-mps', 'Ministry of Public Security', ['MPS'], 'CN'],
  ['cverc', 'CVERC', ['National Computer Virus Emergency Response Center'], 'CN'],
  ['gru', 'GRU', ['Main Intelligence Directorate', 'Main Directorate of the General Staff'], 'RU'],
  ['fsb', 'FSB', ['Federal Security Service'], 'RU'],
  ['svr', 'SVR', ['Russian Foreign Intelligence Service'], 'RU'],
  ['roskomnadzor', 'Roskomnadzor', [], 'RU'],
  ['rgb', 'Reconnaissance General Bureau', [], 'KP'],
  ['mois', 'MOIS', ['Ministry of Intelligence and Security', 'Ministry of Intelligence'], 'IR'],
  ['irgc', 'IRGC', ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards'], 'IR'],
  ['sbu', 'SBU', ['Security Service of Ukraine'], 'UA'],
  ['cert-ua', 'CERT-UA', [], 'UA'],
  ['ssscip', 'SSSCIP', ['State Service of Special Communications and Information Protection'], 'UA'],
  ['incd', 'Israel National Cyber Directorate', ['INCD'], 'IL'],
  ['unit-8200', 'Unit 8200', [], 'IL'],
  ['mossad', 'Mossad', [], 'IL'],
  ['cert-in', 'CERT-In', ['Indian Computer Emergency Response Team'], 'IN'],
];

/** Political parties, legislatures, sports bodies and armed groups that cyber news names as targets or actors. */
const OTHER_BODIES: readonly Row[] = [
  ['dnc', 'Democratic National Committee', ['DNC'], 'US'],
  ['dccc', 'Democratic Congressional Campaign Committee', ['DCCC'], 'US'],
  ['rnc', 'Republican National Committee', ['RNC'], 'US'],
  ['bundestag', 'Bundestag', ['German Bundestag'], 'DE'],
  ['cdu', 'CDU', ['Christian Democratic Union'], 'DE'],
  ['wada', 'World Anti-Doping Agency', ['WADA'], undefined],
  ['opcw', 'Organisation for the Prohibition of Chemical Weapons', ['OPCW'], undefined],
  ['tv5monde', 'TV5Monde', ['TV5 Monde'], 'FR'],
  ['hamas', 'Hamas', [], 'PS'],
  ['fatah', 'Fatah', [], 'PS'],
  ['hezbollah', 'Hezbollah', [], 'LB'],
  ['palestinian-authority', 'Palestinian Authority', [], 'PS'],
];

/** Alliance, intergovernmental, government-agency and other body entries (`org:<key>`). */
export function organizationEntries(): KbEntry[] {
  return [
    ...ALLIANCES.map((row) => toEntry(row, 'alliance')),
    ...INTERGOVERNMENTAL.map((row) => toEntry(row, 'intergovernmental')),
    ...AGENCIES.map((row) => toEntry(row, 'government-agency')),
    ...OTHER_BODIES.map((row) => toEntry(row, 'other')),
  ];
}

function toEntry([key, name, aliases, country, members]: Row, type: string): KbEntry {
  return {
    id: `org:${key}`,
    kind: 'organization',
    name,
    aliases: [name, ...aliases],
    type,
    ...(country ? { country: `country:${country}` } : {}),
    ...(members ? { members: members.split(' ').map((code) => `country:${code}`) } : {}),
    source: 'builtin',
  };
}
