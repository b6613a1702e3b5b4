import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisEntity, AnalysisEvent, EntityKind } from '../../domain/analysis.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { extractEvents } from './index.ts';

type Spec = readonly [
  id: string,
  kind: EntityKind,
  surface: string,
  extra?: { type?: string; country?: string },
];

function entities(text: string, specs: readonly Spec[]): AnalysisEntity[] {
  return specs.map(([id, kind, surface, extra]) => ({
    id,
    kind,
    name: surface,
    ...(extra ?? {}),
    mentions: [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + surface.length,
      text: surface,
      sentence: 0,
      rule: 'test',
    })),
  }));
}

function eventsOf(text: string, specs: readonly Spec[]): AnalysisEvent[] {
  return extractEvents({
    text,
    sentences: splitSentences(text),
    entities: entities(text, specs),
    boilerplate: [],
  });
}

const role = (event: AnalysisEvent | undefined, name: string) =>
  event?.arguments.filter((a) => a.role === name).map((a) => a.entity ?? a.text);

const CASES: readonly {
  name: string;
  text: string;
  specs: readonly Spec[];
  type: string;
  stance: string;
  roles: Readonly<Record<string, readonly string[]>>;
}[] = [
  {
    name: 'attribution with accuser and accused',
    text: 'Germany accused Russia of a cyber-attack on air traffic control.',
    specs: [
      ['country:DE', 'country', 'Germany'],
      ['country:RU', 'country', 'Russia'],
    ],
    type: 'attribution',
    stance: 'asserted',
    roles: { accuser: ['country:DE'], accused: ['country:RU'] },
  },
  {
    name: 'hedged attribution is reported',
    text: 'The breach was allegedly carried out by hackers, and officials blamed China for the intrusion.',
    specs: [['country:CN', 'country', 'China']],
    type: 'attribution',
    stance: 'reported',
    roles: { accused: ['country:CN'] },
  },
  {
    name: 'denial by the accused is its own event',
    text: 'Russia denied any involvement in the hacking campaign.',
    specs: [['country:RU', 'country', 'Russia']],
    type: 'denial',
    stance: 'asserted',
    roles: { denier: ['country:RU'] },
  },
  {
    name: 'arrest with authority and place',
    text: 'Polish police arrested a Russian hacker in Krakow on Thursday.',
    specs: [
      [
        'org:polish-police',
        'organization',
        'Polish police',
        { type: 'government-agency', country: 'country:PL' },
      ],
    ],
    type: 'law-enforcement.arrest',
    stance: 'asserted',
    roles: { authority: ['org:polish-police', 'country:PL'], suspect: ['a Russian hacker'] },
  },
  {
    name: 'takedown by an agency',
    text: 'The Justice Department seized four servers used by the BlackSuit gang.',
    specs: [
      [
        'org:us-doj',
        'organization',
        'Justice Department',
        { type: 'government-agency', country: 'country:US' },
      ],
    ],
    type: 'law-enforcement.takedown',
    stance: 'asserted',
    roles: { authority: ['org:us-doj'] },
  },
  {
    name: 'sanction that may come is possible',
    text: 'The UK may impose sanctions on Iran over the attacks.',
    specs: [
      ['country:GB', 'country', 'UK'],
      ['country:IR', 'country', 'Iran'],
    ],
    type: 'sanction',
    stance: 'possible',
    roles: { imposer: ['country:GB'], target: ['country:IR'] },
  },
];

for (const c of CASES) {
  test(`events: ${c.name}`, () => {
    const event = eventsOf(c.text, c.specs).find((e) => e.type === c.type);
    assert.ok(event, `no ${c.type} in "${c.text}"`);
    assert.equal(event.stance, c.stance);
    for (const [name, wanted] of Object.entries(c.roles)) {
      for (const value of wanted)
        assert.ok(
          role(event, name)?.includes(value),
          `${name} ${value} in ${JSON.stringify(event.arguments)}`,
        );
    }
    assert.equal(c.text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
  });
}

test('"attributed X to Y": X is the incident and Y the accused, in the active and the passive voice', () => {
  const passive = eventsOf(
    'Ivanti products were hit in attacks on VPN appliances that were attributed to China-linked groups.',
    [
      ['org:ivanti', 'organization', 'Ivanti'],
      ['country:CN', 'country', 'China'],
    ],
  ).find((e) => e.type === 'attribution');
  assert.deepEqual(role(passive, 'accused'), ['country:CN']);

  const active = eventsOf('Microsoft attributed the breach to APT29 on Friday.', [
    ['org:microsoft', 'organization', 'Microsoft'],
    ['actor:apt29', 'threat-actor', 'APT29'],
  ]).find((e) => e.type === 'attribution');
  assert.deepEqual(role(active, 'accuser'), ['org:microsoft']);
  assert.deepEqual(role(active, 'accused'), ['actor:apt29']);
  assert.deepEqual(role(active, 'incident'), ['the breach']);
});

test('"Known Exploited Vulnerabilities" names a catalogue, and a vendor is not the vulnerability exploited', () => {
  const kev = eventsOf('CISA added both flaws to its Known Exploited Vulnerabilities catalog on Monday.', [
    ['org:cisa', 'organization', 'CISA'],
  ]);
  assert.equal(
    kev.some((e) => e.type === 'vulnerability.exploitation'),
    false,
  );
  const passive = eventsOf('Ivanti bugs exploited in attacks on customers.', [
    ['org:ivanti', 'organization', 'Ivanti'],
  ]).find((e) => e.type === 'vulnerability.exploitation');
  assert.equal(
    passive?.arguments.some((a) => a.role === 'vulnerability' && a.entity === 'org:ivanti'),
    false,
  );
});

test('a passive attribution takes its accused from right before the verb, not from an earlier clause', () => {
  const spec: Spec[] = [
    ['org:dnc', 'organization', 'Democratic National Committee'],
    ['org:gru', 'organization', 'GRU'],
  ];
  const far = eventsOf(
    'Officers were indicted over the hack of the Democratic National Committee, and the same unit was blamed for an intrusion at a chemical weapons watchdog.',
    spec,
  ).filter((e) => e.type === 'attribution');
  assert.equal(
    far.some((e) => role(e, 'accused')?.includes('org:dnc')),
    false,
  );
  const near = eventsOf('The GRU was blamed for an intrusion at a chemical weapons watchdog.', spec).find(
    (e) => e.type === 'attribution',
  );
  assert.deepEqual(role(near, 'accused'), ['org:gru']);
});

test('neither "critical of <state>" nor "on behalf of <state>" makes the state a victim', () => {
  const spec: Spec[] = [
    ['country:CN', 'country', 'Chinese'],
    ['country:KP', 'country', 'North Korea'],
    ['actor:lazarus', 'threat-actor', 'Lazarus'],
  ];
  const victims = (text: string) =>
    eventsOf(text, spec)
      .filter((e) => e.type.startsWith('attack.'))
      .flatMap((e) => role(e, 'victim') ?? []);
  assert.equal(
    victims('The hackers attacked journalists critical of the Chinese government.').includes('country:CN'),
    false,
  );
  assert.equal(
    victims('Lazarus ran the intrusion on behalf of North Korea for years.').includes('country:KP'),
    false,
  );
  // A state that is the victim still is one.
  assert.deepEqual(victims('Lazarus launched a cyber attack on North Korea.'), ['country:KP']);
});

test('an endorsement of an attribution is an attribution by the endorsers, though it names no one accused', () => {
  const spec: Spec[] = [
    ['country:GB', 'country', 'Britain'],
    ['country:RU', 'country', 'Russia'],
    ['country:CA', 'country', 'Canada'],
    ['country:JP', 'country', 'Japan'],
  ];
  const events = eventsOf(
    'Britain blamed Russia for the hack of the rail network. The attribution was endorsed by Canada and Japan.',
    spec,
  ).filter((e) => e.type === 'attribution');
  // STIX maps the endorsers' event to their "agree" opinion on Britain's claim.
  const endorsement = events.find((e) => role(e, 'accuser')?.includes('country:CA'));
  assert.ok(endorsement, JSON.stringify(events.map((e) => e.arguments)));
  assert.deepEqual(role(endorsement, 'accuser'), ['country:CA', 'country:JP']);
});

/** The event types found in `text` with a stance other than denied (what the headline eval counts). */
const typesOf = (text: string, specs: readonly Spec[] = []) =>
  new Set(
    eventsOf(text, specs)
      .filter((e) => e.stance !== 'denied')
      .map((e) => e.type as string),
  );

const WORDING: readonly { text: string; specs?: readonly Spec[]; type: string; found: boolean }[] = [
  // Responsibility claims: extortion threats, bragging, "claimed" breaches and a gang's "claims".
  {
    text: 'The extortion crew threatened to publish the files it took from the hospital.',
    type: 'responsibility-claim',
    found: true,
  },
  {
    text: 'Criminals bragged about the theft on a forum before the retailer confirmed it.',
    type: 'responsibility-claim',
    found: true,
  },
  {
    text: 'A claimed data breach at a regional bank was posted on a leak site.',
    type: 'responsibility-claim',
    found: true,
  },
  { text: 'NightOwl Claim Breach of Shipping Firm, Post Samples', type: 'responsibility-claim', found: true },
  {
    text: 'The group says it is behind the outage and claims to have quietly encrypted 40 servers.',
    type: 'responsibility-claim',
    found: true,
  },
  {
    text: 'The retailer responded to the hacking claims by the crew on Tuesday.',
    type: 'responsibility-claim',
    found: true,
  },
  {
    text: 'Three ransomware groups claim to be cooperating on operations this year.',
    type: 'responsibility-claim',
    found: false,
  },
  {
    text: 'The startup claims it stopped a phishing campaign before any damage.',
    type: 'responsibility-claim',
    found: false,
  },
  {
    text: 'The bank must take responsibility if customers lose money after the breach.',
    type: 'responsibility-claim',
    found: false,
  },
  // Attributions: "linked to <state>", "<actor> behind <attacks>", "<state>-backed", warnings that name a state.
  {
    text: 'The phishing campaign linked to Iran hit three ministries.',
    specs: [['country:IR', 'country', 'Iran']],
    type: 'attribution',
    found: true,
  },
  {
    text: 'The data breach linked to a faulty update hit three ministries.',
    type: 'attribution',
    found: false,
  },
  {
    text: 'APT28 behind a wave of intrusions at airports, report says',
    specs: [['actor:apt28', 'threat-actor', 'APT28']],
    type: 'attribution',
    found: true,
  },
  {
    text: 'The story behind the attacks on the port is told in a new film.',
    type: 'attribution',
    found: false,
  },
  {
    text: 'Researchers say Russian state-backed hackers breached the ministry.',
    specs: [['country:RU', 'country', 'Russian']],
    type: 'attribution',
    found: true,
  },
  {
    text: 'Investigators found that China-linked operators hit the utility network.',
    specs: [['country:CN', 'country', 'China']],
    type: 'attribution',
    found: true,
  },
  { text: 'A state-sponsored crew hit the telecom firm last year.', type: 'attribution', found: false },
  { text: 'The vendor blamed unnamed state hackers for the breach.', type: 'attribution', found: false },
  {
    text: 'The UN raised questions about the attribution of the cyberattack.',
    specs: [['org:un', 'organization', 'UN']],
    type: 'attribution',
    found: false,
  },
  { text: 'The hackers claim to be behind the attack on the port.', type: 'attribution', found: false },
  {
    text: 'The agency warns of a growing threat from Iranian hackers.',
    specs: [['country:IR', 'country', 'Iranian']],
    type: 'attribution',
    found: true,
  },
  {
    text: 'The agency warns of a growing cyber threat to Iran.',
    specs: [['country:IR', 'country', 'Iran']],
    type: 'attribution',
    found: false,
  },
  {
    text: 'The firm cut Russian access to its early warning system after a breach.',
    specs: [['country:RU', 'country', 'Russian']],
    type: 'attribution',
    found: false,
  },
  // Advisories: progressive "is warning", unnamed public bodies, "urged ... to avoid"; not a CEO's warning.
  {
    text: 'CISA is warning hospitals about a flaw in VPN appliances.',
    specs: [['org:cisa', 'organization', 'CISA']],
    type: 'advisory',
    found: true,
  },
  {
    // Only capitalised words after the role are a name: "CEO said CISA warns" is CISA's warning, not the CEO's.
    text: 'Its CEO said CISA warns users to patch the flaw in VPN appliances.',
    specs: [['org:cisa', 'organization', 'CISA']],
    type: 'advisory',
    found: true,
  },
  {
    text: 'Acme CEO Jane Roe warns that ransomware gangs are using AI.',
    specs: [['org:acme', 'organization', 'Acme']],
    type: 'advisory',
    found: false,
  },
  {
    text: 'The national cyber security centre warns of attacks on home routers.',
    type: 'advisory',
    found: true,
  },
  {
    text: "The county sheriff's office shares a warning about a data breach.",
    type: 'advisory',
    found: true,
  },
  {
    text: 'The directorate urged residents to avoid clicking on unknown links after the phishing wave.',
    type: 'advisory',
    found: true,
  },
  {
    text: 'Delays continued after a cyber attack and an alert over a suspect device.',
    type: 'advisory',
    found: false,
  },
  // Law enforcement and legal actions.
  {
    text: 'The inquiry into the phone hacking led to a dozen convictions.',
    type: 'law-enforcement.charge',
    found: true,
  },
  {
    text: 'The hacker now faces multiple federal charges from two countries.',
    type: 'law-enforcement.charge',
    found: true,
  },
  {
    text: 'The county jail holds a woman suspected of stealing patient data.',
    type: 'law-enforcement.arrest',
    found: true,
  },
  {
    text: 'Police searched the offices with a warrant to seize evidence about the data leak.',
    type: 'law-enforcement.takedown',
    found: false,
  },
  {
    text: 'Berlin officials said a cyber attack disrupting check-in systems hit the airport.',
    specs: [['country:DE', 'country', 'Berlin']],
    type: 'law-enforcement.takedown',
    found: false,
  },
  {
    text: 'The privacy regulator ordered the retailer to notify every affected customer of the breach.',
    type: 'legal.action',
    found: true,
  },
  {
    text: "The airline trimmed its chief's bonus after the breach as part of the penalty, its report said.",
    type: 'legal.action',
    found: false,
  },
  {
    text: 'The watchdog imposed a civil penalty on the lender after the breach.',
    type: 'legal.action',
    found: true,
  },
  {
    text: 'Tres gobiernos sancionan a una empresa por ataques de ransomware.',
    type: 'sanction',
    found: true,
  },
  // Denials: a bare rebuttal, "dismissed as ...", "the claims are false", "says it was not breached".
  {
    text: 'Officials in Moscow accuse the bank of spying on them; the bank rebuts.',
    type: 'denial',
    found: true,
  },
  {
    text: 'The ministry condemned the penalties as "political manipulation" on Friday.',
    type: 'denial',
    found: true,
  },
  { text: 'The insurer said the claims of a huge leak were exaggerated.', type: 'denial', found: true },
  { text: 'The city says it was not breached, despite the posts on a forum.', type: 'denial', found: true },
  {
    text: 'The airline insisted no customer records were accessed by the intruders.',
    type: 'denial',
    found: true,
  },
  {
    text: 'While two suppliers deny impact, others are still checking their logs.',
    type: 'denial',
    found: true,
  },
  {
    text: 'The guards denied entry to the visitors at the gate.',
    type: 'denial',
    found: false,
  },
  // A ransomware gang's breach claims are claims, not legal claims; a law firm investigating claims is not a suit.
  {
    text: 'The carmaker confirmed an incident amid ransomware breach claims.',
    type: 'legal.action',
    found: false,
  },
  { text: 'Hospital Data Breach Claims Investigated by a law firm', type: 'legal.action', found: false },
  // A court appearance of suspects is a charge; parties to a civil suit also appear in court.
  {
    text: 'Two men appeared before the district court on Monday in connection with the bank hack.',
    type: 'law-enforcement.charge',
    found: true,
  },
  { text: 'Three teenagers in court over council cyber attack', type: 'law-enforcement.charge', found: true },
  {
    text: 'The plaintiffs appeared in court to argue their lawsuit against the insurer.',
    type: 'law-enforcement.charge',
    found: false,
  },
  // "<suspect>, accused of ..." is a charge when prosecutors speak in the sentence, not when only police do.
  {
    text: 'The Justice Department offered a reward for Ivan Petrov, accused of running ransomware attacks on hospitals.',
    type: 'law-enforcement.charge',
    found: true,
  },
  {
    text: 'A teenager was arrested in Reno, accused of hacking casinos, police said.',
    type: 'law-enforcement.charge',
    found: false,
  },
  {
    text: 'Two men were charged with conspiring in ransomware attacks linked to the Lazarus group.',
    specs: [['actor:lazarus', 'threat-actor', 'Lazarus']],
    type: 'attribution',
    found: false,
  },
  {
    text: 'Two ransomware crews are expanding fast and have claimed dozens of new victims this month.',
    type: 'responsibility-claim',
    found: true,
  },
  {
    text: 'Prosecutors claimed that victims of the scheme lost millions.',
    type: 'responsibility-claim',
    found: false,
  },
  {
    text: 'Police seized servers and domains of the Russia-linked ransomware gang.',
    specs: [['country:RU', 'country', 'Russia']],
    type: 'attribution',
    found: false,
  },
  {
    text: 'The agency warned about Russia-linked hackers probing water utilities.',
    specs: [['country:RU', 'country', 'Russia']],
    type: 'attribution',
    found: true,
  },
  // Prospects and descriptions are no actions: "may face" a suit, a "class action law firm", a reward "for arrest".
  {
    text: 'Both dating apps may face class action lawsuits from users whose data leaked.',
    type: 'legal.action',
    found: false,
  },
  {
    text: 'Miller & Co, a national class action law firm, is investigating data breach claims against the clinic.',
    type: 'legal.action',
    found: false,
  },
  {
    text: 'A law firm is investigating data breach claims against the clinic.',
    type: 'legal.action',
    found: false,
  },
  {
    text: 'Police offered a reward for information leading to the arrest of the hacker.',
    type: 'law-enforcement.arrest',
    found: false,
  },
  {
    text: 'Police arrested the hacker after a reward was offered.',
    type: 'law-enforcement.arrest',
    found: true,
  },
  // A resigning or apologising executive takes responsibility for a breach; an attacker does not.
  {
    text: 'The chief executive resigned and said he takes full responsibility for the breach.',
    type: 'responsibility-claim',
    found: false,
  },
  {
    text: 'A ransomware gang took responsibility for the attack on the port.',
    type: 'responsibility-claim',
    found: true,
  },
  // No attribution from speculation, from a pronoun that "was behind", nor from blame on a failing.
  {
    text: 'Analysts noted speculation that Iran is behind the hacking campaign.',
    specs: [['country:IR', 'country', 'Iran']],
    type: 'attribution',
    found: false,
  },
  {
    text: 'The FBI alleges she was behind the ransomware attacks on hospitals.',
    specs: [['org:fbi', 'organization', 'FBI']],
    type: 'attribution',
    found: false,
  },
  {
    text: "Lawmakers blamed the agency's cost-cutting efforts for the data breach.",
    type: 'attribution',
    found: false,
  },
  {
    text: 'Lawmakers blamed North Korean hackers for the data breach.',
    type: 'attribution',
    found: true,
  },
  // Denials: dispelling or debunking claims, "no evidence of a breach", a statement or leaked data said to be false.
  { text: 'The ministry dispelled the data breach claims on Friday.', type: 'denial', found: true },
  {
    text: 'The regulator found no evidence of a system breach at the wallet provider.',
    type: 'denial',
    found: true,
  },
  {
    text: 'The company said there is no evidence that customer data was stolen in the attack.',
    type: 'denial',
    found: false,
  },
  { text: 'The carrier said the leaked information was fake.', type: 'denial', found: true },
  { text: 'The witness now says his statement to the court was false.', type: 'denial', found: true },
  { text: 'The judge dismissed the remaining claims against the bank.', type: 'denial', found: false },
  // Advisories: not an operator's notice to its own customers, a former official's view, or an outlet's name.
  {
    text: 'Nordline has warned passengers that sailings may be delayed after a cyber attack.',
    specs: [['org:nordline', 'organization', 'Nordline']],
    type: 'advisory',
    found: false,
  },
  {
    text: 'The retailer Nordline warned some customers that their card details may have been stolen by hackers.',
    specs: [['org:nordline', 'organization', 'Nordline']],
    type: 'advisory',
    found: false,
  },
  {
    text: 'Nordline warns customers of a phishing campaign that imitates its invoices.',
    specs: [['org:nordline', 'organization', 'Nordline']],
    type: 'advisory',
    found: true,
  },
  {
    text: "Nordline warns that a state-sponsored actor kept access to the company's systems for months.",
    specs: [['org:nordline', 'organization', 'Nordline']],
    type: 'advisory',
    found: false,
  },
  {
    text: 'Nordline warns that attackers are exploiting a flaw in its firewall appliances.',
    specs: [['org:nordline', 'organization', 'Nordline']],
    type: 'advisory',
    found: true,
  },
  {
    text: 'Jan Novak, the former head of the NCSC, warns that ransomware gangs are targeting schools.',
    specs: [['org:ncsc', 'organization', 'NCSC']],
    type: 'advisory',
    found: false,
  },
  {
    text: 'The school board met on Monday. The post School board meets first appeared on Valley Security Bulletin.',
    type: 'advisory',
    found: false,
  },
];

for (const c of WORDING) {
  test(`events: ${c.found ? '' : 'no '}${c.type} in "${c.text}"`, () => {
    assert.equal(typesOf(c.text, c.specs ?? []).has(c.type), c.found);
  });
}

test('"X is behind the attack": X is the accused and the attack the incident', () => {
  const event = eventsOf('Officials say Sandworm is behind the attack on the grid.', [
    ['actor:sandworm', 'threat-actor', 'Sandworm'],
  ]).find((e) => e.type === 'attribution');
  assert.deepEqual(role(event, 'accused'), ['actor:sandworm']);
  assert.deepEqual(role(event, 'accuser'), []);
});
