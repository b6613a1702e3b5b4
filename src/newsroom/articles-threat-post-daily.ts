import type { ArticleSpec } from './article-spec.ts';

// Original prose written for the Threatbrief sample newsroom. Agencies, groups and past operations are
// real; the defendants, sanctioned people and companies, victims and everyone quoted are fictional.

/** Threat Post Daily's own stories (JSON Feed 1.1 with full content and tracking parameters on links). */
export const THREAT_POST_DAILY_ARTICLES: readonly ArticleSpec[] = [
  {
    slug: 'north-korean-hackers-fake-job-offer-kestrel-heist',
    title: 'North Korean hackers drained $308 million from crypto exchange through fake job offer, US says',
    summary:
      'The US government says a Lazarus Group unit known as TraderTraitor used a bogus recruitment test to break into Kestrel Exchange before emptying a hot wallet of about $308 million.',
    author: 'Priya Natarajan',
    ageMinutes: 250,
    tags: ['north-korea', 'lazarus', 'cryptocurrency', 'social-engineering'],
    rewriteOf: { outlet: 'cyber-ledger', slug: 'fbi-cisa-blame-lazarus-for-kestrel-exchange-theft' },
    body: `A North Korean state hacking team tricked a software developer at Kestrel Exchange into running a booby-trapped coding assignment, opening the door to one of the largest cryptocurrency thefts of the year, according to the US government.

The FBI said in an alert published today that the roughly $308 million taken from the Singapore-based exchange had been stolen by TraderTraitor, part of the wider group known as Lazarus. The Cybersecurity and Infrastructure Security Agency, CISA, co-signed the alert.

The developer was contacted through LinkedIn by someone posing as a recruiter for a trading firm, the agencies said. After a series of friendly messages, the target was sent a take-home test hosted on GitHub. The project pulled in a malicious dependency that installed a backdoor on the developer's machine.

From there, the hackers moved into Kestrel's cloud environment and tampered with the software that approves withdrawals from the exchange's hot wallet, allowing them to send ether to addresses under their control without tripping internal alarms.

"This is a familiar playbook, and it keeps working because it targets people rather than code," said Elena Vasquez, head of investigations at blockchain analytics firm ChainHollow. "Within hours of the theft the funds were moving through mixers and cross-chain bridges."

Kestrel Exchange chief executive Marcus Lim said the company would reimburse affected customers in full. "No customer will lose money as a result of this attack," he wrote in a post on the company's website.

The FBI published a list of Ethereum and Bitcoin addresses it says are linked to the heist and asked virtual asset service providers to freeze any deposits coming from them.

South Korea's National Intelligence Service said separately that it was sharing information with US agencies. Seoul has repeatedly warned that the North's hackers are one of the regime's most important sources of foreign currency.

North Korea did not respond to the allegations. It has routinely denied carrying out cyberattacks and has called previous US statements fabrications.`,
  },
  {
    slug: 'justice-department-charges-chinese-hackers-for-hire',
    title: 'Justice Department charges five Chinese nationals over hacking-for-hire campaign',
    summary:
      'Federal prosecutors unsealed an indictment charging five Chinese nationals, employees of a Shanghai contractor, with breaking into US agencies, universities and the email accounts of critics of Beijing.',
    author: 'Priya Natarajan',
    ageMinutes: 430,
    tags: ['indictment', 'china', 'justice-department', 'hack-for-hire', 'espionage'],
    body: `The US Justice Department has unsealed an indictment charging five Chinese nationals with taking part in a hacking-for-hire operation that targeted federal and state agencies, American universities, and dissidents and journalists critical of the Chinese government.

Prosecutors in the Southern District of New York allege that the defendants worked for Shanghai Jinhai Information Technology, a private contractor that the indictment describes as selling stolen data to China's Ministry of Public Security (MPS) and Ministry of State Security (MSS). Prices ranged from about $10,000 to $75,000 per hacked email inbox, according to court documents.

The five men are charged with conspiracy to commit computer intrusions, wire fraud conspiracy and aggravated identity theft. None of them is in US custody, and all are believed to be in China.

"These defendants were not freelance hackers acting alone. They were part of an ecosystem in which the Chinese government outsources hacking to private companies and pays them per victim," Michael Hargrove, the assistant attorney general for national security, said at a press conference in Washington.

The indictment alleges that between 2019 and 2025 the group compromised the networks of at least nine US federal and state agencies, a defense contractor, several research universities and a US-based news organisation that reports on China. The hackers are also accused of targeting the email accounts of Uyghur and Hong Kong activists living in the United States.

The State Department announced rewards of up to $10 million through its Rewards for Justice program for information about the defendants. The Treasury Department said separately that it was examining possible sanctions against Shanghai Jinhai.

FBI Assistant Director Carla Nunez said the bureau had worked with private-sector partners including Microsoft and Google to notify victims. "If you were targeted, you should have heard from us or from your provider," she said.

China's embassy in Washington rejected the charges. "The United States is itself the world's biggest hacker empire, and its accusations against China are baseless political manipulation," an embassy spokesperson said in a statement.

The case echoes charges brought in March 2025 against employees of i-Soon, another Chinese contractor that US officials say sold hacking services to Chinese security agencies.`,
  },
  {
    slug: 'treasury-ofac-sanctions-stormline-bulletproof-hosting',
    title: 'Treasury sanctions Russian bulletproof hosting provider Stormline over ransomware support',
    summary:
      "The US Treasury's Office of Foreign Assets Control sanctioned Stormline Hosting and three of its administrators for providing infrastructure to ransomware gangs including LockBit and BlackSuit.",
    author: 'Marcus Webb',
    ageMinutes: 550,
    tags: ['sanctions', 'ofac', 'treasury', 'russia', 'bulletproof-hosting', 'ransomware'],
    body: `The US Treasury Department's Office of Foreign Assets Control (OFAC) has imposed sanctions on Stormline Hosting, a Russia-based bulletproof hosting provider, along with three of its administrators, accusing them of supplying the servers that several ransomware gangs used to launch attacks and leak stolen data.

Bulletproof hosting companies rent out servers while ignoring abuse complaints and law enforcement requests, which makes them part of the backbone of the cybercrime economy. According to Treasury, Stormline hosted command-and-control infrastructure and data leak sites for the LockBit and BlackSuit ransomware groups, as well as phishing kits and infostealer panels.

The designated individuals are Russian nationals Gennady Voronin, Ilya Marchenkov and Vadim Rudanov. Treasury said Voronin founded the company and runs it, Marchenkov manages its network operations and Rudanov handles customer payments, often in cryptocurrency. OFAC also designated Arcturus Digital LLP, a Kazakhstan-registered front company that it said was used to lease IP address space.

"Bulletproof hosting providers like Stormline are a critical enabler of ransomware, giving criminals a safe haven from which to attack hospitals, schools and businesses," said Rebecca Lindholm, Treasury's under secretary for terrorism and financial intelligence.

The sanctions block any property the designated parties hold under US jurisdiction and generally prohibit Americans from doing business with them. Companies that pay ransoms to sanctioned entities may also face penalties, and Treasury reminded victims that OFAC's guidance strongly discourages ransom payments.

The action was coordinated with the United Kingdom and Australia, which announced parallel sanctions against the same individuals. The UK's Foreign, Commonwealth and Development Office said the measures included asset freezes and travel bans.

Researchers who track criminal infrastructure said sanctions alone rarely shut down bulletproof hosts, which can rebrand and move to new network ranges, but they can make it harder for them to buy services from legitimate providers. "The real value is in forcing upstream providers and data centres to cut them off," said Hana Kowalczyk, a researcher at threat intelligence company Greyline Intel.

Treasury's action follows earlier sanctions against the bulletproof hosting companies Zservers in February 2025 and Aeza Group in July 2025.`,
  },
  {
    slug: 'noname05716-ddos-danish-government-websites',
    title: 'Pro-Russian hacktivists NoName057(16) knock Danish government and transport websites offline',
    summary:
      'Websites of Danish ministries, the Copenhagen Metro and two regional airports were briefly unavailable after DDoS attacks claimed by NoName057(16); no data was accessed.',
    author: 'Marcus Webb',
    ageMinutes: 670,
    tags: ['ddos', 'hacktivism', 'noname05716', 'denmark', 'russia'],
    body: `Websites belonging to several Danish government ministries, the Copenhagen Metro and two regional airports were briefly knocked offline by distributed denial-of-service (DDoS) attacks claimed by NoName057(16), a pro-Russian hacktivist group.

The group announced the attacks on its Telegram channel, saying they were retaliation for Denmark's latest military aid package to Ukraine. It posted screenshots from website monitoring services showing the targeted sites as unavailable.

Denmark's Agency for Digital Government said the attacks flooded the websites with junk traffic, peaking at several hundred thousand requests per second, and that most services were restored within two hours. No data was accessed and internal systems were not affected, the agency said.

"These attacks are noisy and annoying, but nothing is broken into," said Soren Kjeldsen, head of operations at Denmark's Centre for Cyber Security. "Their purpose is to get headlines and to create a feeling of insecurity."

NoName057(16) has been active since March 2022 and has claimed thousands of DDoS attacks against governments and companies in countries that support Ukraine. It recruits volunteers through a project it calls DDoSia, paying them in cryptocurrency to run attack software on their own computers.

In July 2025, a Europol-coordinated operation known as Eastwood disrupted parts of the group's infrastructure, taking down more than 100 servers and issuing arrest warrants for several suspected members, most of whom are believed to be in Russia. The group rebuilt its capacity within weeks.

Billund Airport and Aalborg Airport said flights were unaffected and that only their public websites had been disrupted. Passengers were advised to check flight information through their airlines' apps.

Denmark's minister for resilience and preparedness, Torsten Lund, said the government would not be intimidated. "Denmark's support for Ukraine will continue. A few hours of downtime on a website changes nothing," he said.

Security experts recommended that public bodies use DDoS mitigation services and content delivery networks that can absorb large volumes of traffic, and make sure critical information remains available through other channels during an attack.`,
  },
  {
    slug: 'meridian-health-insurance-52-million-breach-settlement',
    title: 'Meridian Health Insurance agrees to $52 million settlement over 2024 data breach',
    summary:
      'The Chicago-based insurer will pay $52 million and spend at least $30 million on security to settle a class action brought on behalf of about 11 million people whose medical data was stolen.',
    author: 'Jonah Feld',
    ageMinutes: 3010,
    tags: ['lawsuit', 'settlement', 'data-breach', 'healthcare', 'class-action'],
    body: `Meridian Health Insurance has agreed to pay $52 million to settle a class action lawsuit brought on behalf of about 11 million people whose personal and medical information was stolen in a cyberattack on the insurer in 2024.

Under the proposed settlement, filed in federal court in the Northern District of Illinois, class members can claim up to $5,000 for documented out-of-pocket losses caused by the breach, such as fraudulent charges or the cost of freezing their credit, plus up to four hours of lost time at $25 an hour. Those who do not claim documented losses may instead receive a cash payment estimated at between $50 and $100, depending on how many people file. Everyone in the class is also eligible for three years of medical identity monitoring.

Meridian, which is based in Chicago, also agreed to spend at least $30 million over four years on security improvements, including multi-factor authentication for all remote access, network segmentation and an independent annual security assessment.

The breach was carried out by a ransomware group that broke into Meridian's claims-processing systems through a remote access account belonging to a third-party billing vendor. The attackers stole names, Social Security numbers, insurance member numbers, diagnosis codes and treatment information before deploying their encryption software.

The plaintiffs alleged that Meridian failed to follow basic security practices and waited more than three months to notify the people affected. The company denies wrongdoing and said it agreed to settle to avoid the cost and uncertainty of further litigation.

"This settlement provides meaningful relief for people whose most sensitive information was exposed, and it requires real changes to how Meridian protects data," said Jonathan Reyes, a partner at Reyes & Whitcombe LLP and co-lead counsel for the plaintiffs.

A federal judge is expected to consider preliminary approval of the settlement at a hearing next month.

Meridian also faces an investigation by the Department of Health and Human Services' Office for Civil Rights, which enforces the HIPAA privacy and security rules, and by a group of state attorneys general. Regulators can impose separate penalties regardless of the civil settlement.

Data breach class actions have become routine after large healthcare incidents, although settlements usually amount to modest payments for individuals. "The injunctive relief is where companies actually have to change," said Caroline Bishop, a privacy law professor. "The cash is the headline, but the security commitments are what matter."`,
  },
  {
    slug: 'docusign-phishing-european-energy-firms-paperkite',
    title: 'Phishing campaign impersonating DocuSign targets European energy firms with PaperKite backdoor',
    summary:
      'Fake DocuSign notifications carrying HTML-smuggling attachments have targeted staff at energy companies in Germany, Italy and Norway, delivering a PowerShell-based backdoor researchers call PaperKite.',
    author: 'Jonah Feld',
    ageMinutes: 905,
    tags: ['phishing', 'energy', 'mitre-attack', 'backdoor', 'html-smuggling'],
    body: `A phishing campaign impersonating the e-signature service DocuSign has targeted employees at energy and utility companies in Germany, Italy and Norway, according to researchers at email security firm Bluefin Mail Defense.

The emails claim that a contract or invoice is waiting for the recipient's signature and carry an HTML attachment named after the target company. When opened, the attachment displays a fake DocuSign page and assembles a malicious ZIP archive inside the browser, a technique known as HTML smuggling that helps the payload slip past email gateways that scan attachments.

Inside the archive is a Windows shortcut (LNK) file disguised as a PDF. Opening it runs a hidden PowerShell command that downloads a backdoor the researchers call PaperKite, which persists through a scheduled task and communicates with its operators over HTTPS.

Bluefin mapped the activity to the MITRE ATT&CK framework. Initial access is achieved through spearphishing attachments (T1566.001), and execution depends on the user opening the file (T1204.002). The loader uses PowerShell (T1059.001) and HTML smuggling (T1027.006), persists through scheduled tasks (T1053.005) and exfiltrates data over its command-and-control channel (T1041).

"The lures are tailored: they use real project names and supplier names that we believe were taken from mailboxes compromised earlier," said Ingrid Solheim, principal threat researcher at Bluefin. "That makes them far more convincing than generic invoice spam."

The researchers have not attributed the campaign to a known group, but said some of its infrastructure overlapped with a financially motivated cluster that has previously sold network access to ransomware affiliates.

Germany's Federal Office for Information Security (BSI) said it was aware of the campaign and had informed affected operators. Norway's National Security Authority (NSM) issued a warning to the energy sector.

Defenders are advised to block HTML attachments from external senders where possible, prevent LNK files from running out of archive folders, enable PowerShell script block logging and restrict PowerShell for users who do not need it. DocuSign said it never sends attachments with its notifications and encouraged recipients to open documents directly through its website.`,
  },
  {
    slug: 'northjet-airline-help-desk-social-engineering',
    title: 'Regional airline Northjet confirms breach as Scattered Spider-style help desk scams hit aviation',
    summary:
      "Northjet says hackers got into its IT network after persuading a help desk employee to reset a staff member's password and MFA; flights are operating normally.",
    author: 'Marcus Webb',
    ageMinutes: 1215,
    tags: ['social-engineering', 'aviation', 'scattered-spider', 'mfa'],
    body: `Northjet, a regional airline operating across Canada and the northern United States, has confirmed that hackers gained access to its IT network after tricking a help desk employee into resetting a staff member's password and multi-factor authentication.

The airline said flights were operating normally but that some online check-in and loyalty account functions had been temporarily disabled while it investigated. It said it had hired the incident response firm Mandiant, part of Google Cloud, and notified the Canadian Centre for Cyber Security and the FBI.

The attack bears the hallmarks of Scattered Spider, a loose collective of mostly English-speaking young hackers known for impersonating employees in phone calls to IT help desks. The group, also tracked as UNC3944 and Octo Tempest, has previously breached casino operators, retailers and insurers, and the FBI warned last year that it had expanded its targeting to the airline sector.

Northjet did not name the group. But a person familiar with the investigation, who spoke on condition of anonymity because they were not authorised to discuss it, said the caller had used publicly available information from LinkedIn to impersonate an employee in the finance department.

"We detected unusual activity quickly and took steps to contain it," Northjet's chief information officer Alicia Brennan said in a statement. "We have no evidence at this time that payment card data was accessed, and we will notify customers directly if that changes."

Scattered Spider's methods rely on persuasion rather than technical exploits. After taking over an account, its members typically register their own devices for multi-factor authentication, search internal documentation for passwords and move into cloud and virtualisation platforms. In some incidents they have deployed ransomware supplied by groups such as ALPHV, also known as BlackCat, and DragonForce.

British police arrested four people in 2025 over attacks on UK retailers including Marks & Spencer and Co-op that were attributed to the group.

Security experts advise organisations to require help desk staff to verify callers through a separate channel, such as a video call that includes the employee's manager, before resetting credentials, and to use phishing-resistant authentication such as FIDO2 security keys for privileged accounts.`,
  },
];
