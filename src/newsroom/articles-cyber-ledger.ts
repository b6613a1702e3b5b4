import type { ArticleSpec } from './article-spec.ts';

// Original prose written for the Threatbrief sample newsroom. Organisations, threat groups and laws are
// real; victims, companies not otherwise famous and every quoted person are fictional.

/** Cyber Ledger's stories (RSS 2.0 with full content); quotes use typographic marks on purpose. */
export const CYBER_LEDGER_ARTICLES: readonly ArticleSpec[] = [
  {
    slug: 'uk-allies-blame-gru-for-logistics-hacking-campaign',
    title: 'UK and allies blame Russia’s GRU for years-long hacking campaign against Western logistics firms',
    summary:
      'Britain and a coalition of allies formally attributed intrusions at logistics, port and rail companies supporting Ukraine to GRU Unit 26165, also tracked as APT28 and Fancy Bear. Moscow called the accusation groundless.',
    author: 'Rachel Ferris',
    ageMinutes: 125,
    tags: ['attribution', 'russia', 'gru', 'apt28', 'united-kingdom', 'logistics'],
    body: `The United Kingdom and a coalition of allies have formally accused Russia’s military intelligence service, the GRU, of running a years-long hacking campaign against logistics firms, port operators and rail companies that move military and humanitarian aid to Ukraine.

In a coordinated announcement, the UK’s National Cyber Security Centre (NCSC) said it had assessed with high confidence that GRU Unit 26165, a unit also tracked by security researchers as APT28 and Fancy Bear, was behind intrusions at more than a dozen organisations across Europe and North America since early 2022. The attribution was endorsed by the United States, Germany, France, Poland, the Netherlands, Canada and Australia.

According to the NCSC, the hackers gained initial access through password spraying against webmail portals and by exploiting known flaws in internet-facing routers and VPN appliances. Once inside, they harvested email, shipping manifests and cargo train schedules, and in several cases took over IP cameras near border crossings and railway stations to watch shipments as they moved.

“The GRU’s targeting of the supply chains that keep Ukraine supplied is a deliberate attempt to undermine European security,” Foreign Office minister Helen Carraway told reporters in London. “We are exposing this activity so that every company in that chain can find and remove these intruders, and we will not hesitate to impose costs on those responsible.”

Britain said it had summoned the Russian ambassador and was considering further sanctions against named GRU officers. Germany’s Federal Office for Information Security (BSI) published technical guidance alongside the statement, and Poland’s Ministry of Digital Affairs said several Polish rail operators had been notified.

The Kremlin dismissed the allegations. “These accusations are groundless and, as always, not supported by any evidence,” Kremlin spokesman Yuri Baranov told the state news agency TASS. “London is once again trying to blame Russia for its own problems.”

Unit 26165 has been named before. The US Justice Department indicted several of its officers in 2018 over the hack of the Democratic National Committee, and the same unit was blamed for an attempted intrusion at the Organisation for the Prohibition of Chemical Weapons in The Hague.

Security researchers said the announcement fitted a broader pattern. “Logistics is where intelligence about the war becomes physical,” said Martin Okafor, a threat intelligence analyst at the consultancy Redgate Analytics. “If you know what is on a train and when it leaves, you have something of real military value.”

The NCSC urged organisations in the transport sector to enable multi-factor authentication on all remote access services, patch edge devices promptly and review access logs for connections from commercial VPN services associated with the group.`,
  },
  {
    slug: 'fbi-cisa-blame-lazarus-for-kestrel-exchange-theft',
    title: 'FBI and CISA blame North Korea’s Lazarus Group for $308 million Kestrel Exchange theft',
    summary:
      'US agencies attributed the theft of about $308 million in cryptocurrency from Singapore-based Kestrel Exchange to the Lazarus Group, a North Korean state-backed hacking team, and warned that laundering is already under way.',
    author: 'Daniel Mercer',
    ageMinutes: 310,
    tags: ['attribution', 'north-korea', 'lazarus', 'cryptocurrency', 'fbi', 'cisa'],
    body: `The FBI and the Cybersecurity and Infrastructure Security Agency (CISA) have attributed the theft of about $308 million in cryptocurrency from Kestrel Exchange to the Lazarus Group, a hacking operation that US officials say works on behalf of North Korea’s government.

In a public service announcement, the FBI said the theft was the work of TraderTraitor, a cluster within the Lazarus Group that has repeatedly targeted cryptocurrency companies with fake job offers and poisoned software. The bureau said it had identified wallet addresses holding the stolen funds and asked exchanges and blockchain analysis firms to block transactions linked to them.

Kestrel Exchange, which is based in Singapore, disclosed last week that attackers had drained one of its Ethereum hot wallets. The company said customer balances would be covered from its own reserves and that withdrawals would resume once an external audit was complete.

Investigators believe the intruders first compromised a developer’s laptop after the employee was approached on LinkedIn with a recruitment offer and asked to complete a coding test. The test contained a malicious package that gave the attackers a foothold, which they used to steal cloud credentials and, eventually, to alter the signing process for outgoing transactions.

“North Korea continues to rely on cybercrime to fund its weapons programs, and the private sector is on the front line,” Bryan Tessler, deputy assistant director of the FBI’s Cyber Division, said in a statement. “We are asking every exchange, bridge and custodian to treat these addresses as stolen property.”

CISA said it was sharing indicators with partners in the Joint Cyber Defense Collaborative and urged crypto firms to isolate their signing infrastructure from developer workstations.

Blockchain analysts said the stolen ether had already been swapped for bitcoin through decentralised exchanges and was being split into smaller amounts across thousands of addresses, a laundering pattern seen in earlier Lazarus heists.

North Korea has never acknowledged involvement in cryptocurrency thefts, and its state media did not comment. Pyongyang’s mission to the United Nations has previously described similar US accusations as “a smear campaign”.

United Nations experts monitoring sanctions have estimated that North Korean hackers stole more than $3 billion in cryptocurrency between 2017 and 2023, money they say helps to pay for the country’s ballistic missile programme.`,
  },
  {
    slug: 'lockbit-ransomware-ohio-hospital-diverts-ambulances',
    title: 'LockBit ransomware attack forces Ohio hospital to divert ambulances, $4.5 million demanded',
    summary:
      'St. Brendan’s Regional Medical Center in Dayton, Ohio, is diverting ambulances and working on paper after a ransomware attack claimed by LockBit, which is demanding $4.5 million.',
    author: 'Karen Holloway',
    ageMinutes: 190,
    tags: ['ransomware', 'lockbit', 'healthcare', 'hospital', 'united-states'],
    body: `St. Brendan’s Regional Medical Center in Dayton, Ohio, has diverted incoming ambulances to other hospitals and postponed elective surgeries after a ransomware attack took down its electronic health record system, the hospital said.

The LockBit ransomware gang claimed responsibility on its dark web leak site, listing the hospital alongside a countdown timer and a demand for $4.5 million. The group said it had stolen 1.3 terabytes of data, including patient records and employee files, and threatened to publish them if the ransom was not paid within seven days.

In a statement, the hospital said it had detected “suspicious network activity” in the early hours and shut down systems as a precaution. Staff are using paper charts, and the emergency department remains open for walk-in patients. Cancer treatments and dialysis appointments are going ahead, but some patients have been asked to bring printed lists of their medications.

“Patient safety is our first priority, and our clinical teams are trained to work without computers when they need to,” chief executive Dr. Laura Whitfield said. “We are working around the clock with outside experts and law enforcement to restore our systems.”

The FBI’s Cincinnati field office confirmed it was aware of the incident and in contact with the hospital. The Department of Health and Human Services said it had offered assistance.

LockBit was one of the most prolific ransomware operations in the world until an international law enforcement action, Operation Cronos, seized much of its infrastructure in February 2024. The group has since rebuilt parts of its operation and continues to recruit affiliates, although researchers say it is far smaller than it once was.

Hospitals remain a favoured target because outages can threaten lives, which increases the pressure to pay. “Attacks on hospitals are not victimless crimes against computers. They delay care, and delayed care harms people,” said Dr. Samuel Greene, an emergency physician who studies the clinical effects of cyberattacks.

The American Hospital Association has urged the federal government to treat ransomware attacks on hospitals as threat-to-life crimes. US authorities advise victims not to pay ransoms, arguing that payment funds further attacks and does not guarantee that stolen data will be deleted.

The hospital did not say whether it intended to negotiate with the attackers.`,
  },
  {
    slug: 'halvorsen-home-garden-data-breach-7-million-customers',
    title: 'Retailer Halvorsen Home & Garden says hackers stole data of 7.2 million customers',
    summary:
      'The Minneapolis-based chain said attackers used stolen credentials to copy its loyalty programme database from a cloud data warehouse, exposing names, addresses, dates of birth and partial card details.',
    author: 'Rachel Ferris',
    ageMinutes: 1810,
    tags: ['data-breach', 'retail', 'cloud', 'extortion', 'shinyhunters'],
    body: `Halvorsen Home & Garden, a US chain of home improvement stores, said hackers stole personal information belonging to about 7.2 million customers after breaking into a third-party database used by its loyalty programme.

In a filing with the Maine Attorney General’s office, the Minneapolis-based retailer said the stolen data included names, email addresses, postal addresses, phone numbers, dates of birth and loyalty account histories. For about 410,000 customers, the last four digits of payment cards and card expiry dates were also exposed. The company said full card numbers and passwords were not affected.

The retailer said it discovered the intrusion when it received an extortion email from a group claiming to have copied its customer database. An investigation by the company and the cybersecurity firm Northwind Forensics found that the attackers had used stolen credentials to log into a cloud data warehouse account that did not require multi-factor authentication.

“We deeply regret this incident and the concern it may cause,” Halvorsen’s chief executive Thomas Brandt said in a letter to customers. “We have secured the affected environment, reset credentials and are offering two years of free credit monitoring and identity protection to every affected customer.”

A hacking group calling itself ShinyHunters posted a sample of the data on a cybercrime forum, claiming to hold 9 million records and asking $350,000 for the full set. The company has not commented on the difference in numbers.

The breach is the latest in a run of attacks in which criminals have gone after customer data held in cloud platforms rather than in retailers’ own networks. Security researchers say accounts protected only by a password, often harvested by infostealer malware from an employee’s or contractor’s computer, have been a common weak point.

Customers have been told to watch for phishing emails and text messages that mention their loyalty accounts, since attackers often use stolen personal details to make scams more convincing. The Federal Trade Commission advises victims of data breaches to consider freezing their credit files with the three major credit bureaus.

Halvorsen operates more than 300 stores across 22 states. Its shares fell 4% in early trading after the disclosure.`,
  },
  {
    slug: 'dutch-police-arrest-veilstealer-suspect-europol',
    title: 'Dutch police arrest suspected developer of VeilStealer malware in Europol-led operation',
    summary:
      'Police in Rotterdam arrested a 27-year-old man suspected of building and renting out the VeilStealer infostealer, in an operation coordinated by Europol and Eurojust that also seized 14 servers.',
    author: 'Anneke Visser',
    ageMinutes: 475,
    tags: ['arrest', 'europol', 'netherlands', 'infostealer', 'law-enforcement'],
    body: `Dutch police have arrested a 27-year-old man in Rotterdam on suspicion of developing and selling VeilStealer, a piece of malware that stole passwords, browser cookies and cryptocurrency wallets from hundreds of thousands of computers around the world.

The arrest was part of an international operation coordinated by Europol’s European Cybercrime Centre (EC3) and Eurojust, with the participation of Germany’s Federal Criminal Police Office (BKA), the FBI and police in Belgium and Portugal. Investigators seized 14 servers in the Netherlands, Germany and Portugal and took control of the domains used to run the malware’s control panel.

According to the Dutch National Police (Politie), the suspect is believed to have rented VeilStealer to other criminals for between $150 and $500 a month since 2023. Customers received a web dashboard from which they could download stolen credentials, which were often sold on to ransomware groups and fraudsters looking for a way into corporate networks.

“Infostealers are the starting point for a large share of the cyberattacks we investigate,” said Marieke de Graaf, head of the cybercrime team at the Politie’s Rotterdam unit. “By taking out the people who build and sell them, we cut off supply to many other criminals at once.”

Officers searched the suspect’s home and seized laptops, hardware wallets and about €80,000 in cryptocurrency. He is due to appear before an examining magistrate, and prosecutors have not released his name in line with Dutch privacy rules.

Europol said analysis of the seized servers had turned up more than 30 million stolen credentials, which are being shared with national computer emergency response teams so that victims can be notified. People can check whether their data was affected using an online tool run by the Dutch police.

A Europol spokesperson said the investigation was continuing and that further arrests of VeilStealer customers were possible.

The operation follows a series of actions against infostealers in recent years, including Operation Magnus, which disrupted the RedLine and META malware families in 2024.`,
  },
  {
    slug: 'joint-advisory-volt-typhoon-edge-devices',
    title:
      'CISA, NSA, FBI and allies warn Chinese state hackers are pre-positioning in critical infrastructure',
    summary:
      'A joint advisory from agencies in the Five Eyes countries says Volt Typhoon is exploiting routers, firewalls and VPN gateways to gain long-term access to water, energy and transport networks.',
    author: 'Daniel Mercer',
    ageMinutes: 725,
    tags: ['advisory', 'china', 'volt-typhoon', 'critical-infrastructure', 'cisa', 'ncsc'],
    body: `Cybersecurity agencies from the United States and four allied countries have published a joint advisory warning that Volt Typhoon, a hacking group sponsored by the People’s Republic of China, is exploiting vulnerabilities in routers, firewalls and VPN gateways to gain long-term access to critical infrastructure networks.

The advisory was co-authored by the Cybersecurity and Infrastructure Security Agency (CISA), the National Security Agency (NSA), the FBI, the UK’s National Cyber Security Centre (NCSC), the Australian Signals Directorate’s Australian Cyber Security Centre (ACSC), the Canadian Centre for Cyber Security and New Zealand’s National Cyber Security Centre.

The agencies said the group has targeted water utilities, energy companies and transport operators, and that its behaviour is inconsistent with traditional espionage. Instead, they assess that Volt Typhoon is positioning itself to disrupt operational technology in the event of a geopolitical crisis or conflict, such as a confrontation over Taiwan.

Volt Typhoon relies heavily on what defenders call “living off the land”: after breaking in, the hackers use built-in administration tools such as PowerShell, netsh and wmic rather than custom malware, which makes their activity hard to distinguish from that of legitimate administrators. The group also routes its traffic through compromised small-office routers to hide where it comes from.

“This is not about stealing secrets. It is about being ready to turn off the lights and the water,” said Andrea Colson, CISA’s executive assistant director for cybersecurity. “Every operator of critical infrastructure should assume they could be a target and hunt for this activity now.”

The advisory lists more than 20 vulnerabilities exploited by the group, including flaws in Fortinet, Ivanti, Cisco and Citrix products, and includes detection guidance and a list of commands observed during intrusions. The agencies urged organisations to replace end-of-life devices, patch internet-facing systems within days rather than weeks and centralise logging so that unusual use of administration tools can be spotted.

China’s foreign ministry rejected the allegations. A ministry spokesperson said Volt Typhoon was “a ransomware criminal group” and accused the United States of spreading disinformation to justify its own cyber operations.

The NCSC said British organisations should treat the advisory as relevant to them, even though most of the observed victims are in the United States and its territories, including Guam.`,
  },
  {
    slug: 'hollowpoint-botnet-takedown-fbi-partners',
    title: 'FBI and international partners dismantle Hollowpoint botnet of 260,000 hacked routers',
    summary:
      'A court-authorised operation cut off infected US devices from the Mirai-based Hollowpoint botnet, while German, French and Japanese police seized servers and domains behind its proxy service.',
    author: 'Karen Holloway',
    ageMinutes: 4215,
    tags: ['botnet', 'takedown', 'ddos', 'mirai', 'fbi', 'law-enforcement'],
    body: `Law enforcement agencies in the United States, Germany, France and Japan have taken down Hollowpoint, a botnet of about 260,000 compromised home routers and internet-connected cameras that criminals rented out to launch DDoS attacks and to disguise malicious traffic.

The Justice Department said the FBI obtained a court order authorising agents to send commands to infected devices in the United States that disconnect them from the botnet’s command-and-control servers. The operation does not remove the malware permanently, and owners are advised to reboot their devices, install firmware updates and change default passwords.

According to court documents unsealed in the Western District of Pennsylvania, Hollowpoint was built from a variant of the Mirai malware and spread by exploiting known vulnerabilities in end-of-life routers that no longer receive security updates. The operators sold access through a residential proxy service that advertised “clean” IP addresses, and many customers used them for credential-stuffing attacks and advertising fraud.

“Criminals turned hundreds of thousands of household devices into weapons without their owners ever knowing,” said Nadia Ferrante, an assistant attorney general in the Justice Department’s Criminal Division. “Today we took those weapons away from them.”

Germany’s Federal Criminal Police Office (BKA) said it had seized eight servers in Frankfurt, while investigators from the Paris prosecutor’s cybercrime unit took control of domains used by the proxy service. Japan’s National Police Agency said about 18,000 of the infected devices were in Japan.

The FBI has not announced any arrests, but officials said they had identified the operators and were working with international partners. The bureau has set up a page where people who believe their devices were infected can report them.

Researchers at Black Lotus Labs, the threat research team of Lumen Technologies, which tracked the botnet for more than a year, said Hollowpoint had been used in DDoS attacks exceeding 1.5 terabits per second against gaming platforms and financial services companies.

The takedown is the latest in a series of operations against botnets built from consumer devices, following actions against the 911 S5 proxy botnet and a botnet run by the China-linked Flax Typhoon group in 2024.`,
  },
];
