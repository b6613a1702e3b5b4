/**
 * Lower-case words of ordinary news prose: every word seen in lower case at least four times in the CASIE
 * training articles and the newsdatahub cybersecurity headlines and descriptions (../shared/data), 5017 words.
 * Regenerate by counting `[a-z]{2,}` tokens outside URLs and e-mail addresses in those files.
 */
export const NEWS_WORDS: string = `abandoned ability able about above abroad abruptly absence absolute absolutely abta abuse abused abuses abusing
academic accelerating accept access accessed accesses accessible accessing accident accidentally acclaimed
accompanied accompanying accomplished according accordingly account accountability accountable accounted accounting
accounts accurate accusations accused accuses accusing achieve achieved acknowledged acquired acquisition across act
acted acting action actions activate activated activating activation active actively activist activists activities
activity actor actors actress acts actual actually ad add added adding addition additional address addressed
addresses addressing adds adequate adjacent adjust admin administration administrative administrator administrators
admins admission admits admitted admitting adopt adopted adopting adoption ads adult adults advance advanced
advantage adversaries adversary advertised advertising advice advise advised adviser advises advising advisor
advisories advisory advocates adware aerospace affairs affect affected affecting affects affiliate affiliated
affiliates afford afraid after aftermath afternoon again against age agencies agency agent agents aggressive ago
agree agreed agreement agrees ahead aid aim aimed aiming aims air airline airlines airport airports aka alarm
alarming albeit alert alerted alerting alerts algorithm algorithms alias alike all allegations alleged allegedly
alleges alleging allies allocation allow allowed allowing allows allrecipes almost alone along alongside already
also alter altered altering alternative although altogether alumni always am ambient amid among amount amounts amp
an analysed analysis analyst analysts analytics analyze analyzed analyzing and anger animals announce announced
announcement announces annual anonymity anonymous another answer answered answers anticipated antivirus anxiety any
anymore anyone anything anytime anyway anywhere apart apologise apologised apologises apologize apologized apology
app apparent apparently appealing appear appearance appeared appearing appears appliance applicant applicants
application applications applied applies apply applying appointments approach approached approaches appropriate
approval approximately apps arbitrary architect architecture archive are area areas aren argued arise arising arm
army around arrest arrested arrests arrived arrives arriving arsenal art article artificial artillery artists as
aside ask asked asking asks aspect aspects assault assertion assess assessment assessments asset assets assigned
assist assistance assistant associate associated association assume assumption assure assured at athletes athletics
attached attachment attachments attack attacked attacker attackers attacking attacks attempt attempted attempting
attempts attending attention attorney attract attracted attractive attribute attributed attributing attribution
auction audience audio audit auditor audits authentic authenticate authenticated authentication authenticity author
authorities authority authorization authorize authorized authors auto automaker automate automated automatic
automatically automation automotive autonomous autumn availability available avenue avenues average avoid avoided
avoids aware awareness away baby back backbone backdoor backdoors backed backend background backing backup backups
bad baggage bait balance ban bank banking banks banned banner bar barcode barely bargain bars base baseband based
basic basically basis battery battle battlefield battling bcrypt be bear bears became because become becomes
becoming bed been beer before began begin beginning begins begun behalf behavior behavioral behaviors behind being
believable believe believed believes believing belong belonging below benefit benefits benign besides best bet beta
better betting between beware beyond bid big bigger biggest bill billing billion billions bills binary birth
birthdates bit bitcoin bitcoins black blackmail blackmailer blackmailers blame blamed blames blank blind bln block
blockbuster blockchain blocked blocking blocks blog blow blue blunder board boarding boards bodies body bogus
bolster bomb bonus book books boost boosting boot bootloader border boss bot both bother botnet botnets bots bottom
bought bounty box boxes boy branch branches brand branding brands brazen breach breached breaches breaching break
breakdown breaking breaks brewer brewing bridge brief briefing briefly bring bringing brings broad broadband
broadcast broader broke broken broker brokerage brought browse browser browsers browsing brunt brutal brute bucket
buckets budget buffer bug bugs build builder building builds built bulk bulletin bulletproof bureaus busiest
business businesses busy but button buttons buy buyer buyers buying buys by bypass bypassed bypassing cable cache
cached cafe calculate calendar call called calling calls came camera cameras campaign campaigns campus can cancel
canceled cancellation cancellations cancelled candidate cannot capabilities capability capable capacity capital
capture captured captures car card cardiac cards care career careful carefully carmaker carried carrier carriers
carries carry carrying cars case cases cash casinos cast casual catastrophic catch catching categories category
caught cause caused causes causing caution cautioned cautious celebrities cell cellular cent center centers central
centre certain certainly certainty certificate certificates certifications chain chains chairman challenge
challenges challenging chance chances change changed changes changing channel channels chaos character
characteristics characters charge charged charges charging charities charity chart chat chatbots chats cheap cheat
cheaters check checked checking checkout checks chemical chief child children chip chips chipset choice choose
choosing chose chosen circles circulated circulating circumstances cited citing citizen citizens city civil civilian
claim claimed claiming claims clandestine clarified clarify class classic classification classified classroom
classrooms clean clear clearance clearly clever cleverly click clicked clicking clicks client clients climate
climbed clinic clinical clip clock close closed closely closer closing closure cloud clues cmp code coded codes
coding coincided coincidence cold collaborating collaboration colleague colleagues collect collected collecting
collection collections collective collects college colleges column com combat combination combined combines come
comes coming command commands comment commented comments commercial commission commissioner commit commitment
committed committee common commonly commonplace communicate communicated communicating communication communications
communities community companies company companys compare compared comparison compensation competition competitors
compiled complainant complained complaining complaint complaints complete completed completely complex complexity
compliance complicated component components comprehensive comprised comprising compromise compromised compromises
compromising computer computers computing con conceal concealed concentrated concept concern concerned concerning
concerns conclude concluded conclusion condition conditioning conditions conduct conducted conducting conference
confession confidence confident confidential confidentiality configuration configurations configured confirm
confirmation confirmed confirming confirms conflict confusion conglomerate connect connected connecting connection
connections connectivity connects conned consent consequences consider considerable considered considering considers
consists conspiracy conspiring constant constantly consultancy consulting consumer consumers contact contacted
contacting contacts contain contained containing containment contains contends content contents context contingency
continue continued continues continuing continuously contract contractor contractors contracts contradicts
contributed contributing control controlled controller controllers controls controversial controversy convenience
convenient conversation conversations convicted convince convincing cookie cookies cooperating cooperation
coordinated coordinates coordination cop copied copies cops copy core corporate corporations correct corrupt
corrupted corruption cost costing costly costs cough could couldn council councils counsel count counter countless
countries country counts county couple coupled course courses court courtesy courts cover coverage covered covering
covert covertly crack crackdown cracked cracking craft crafted crash crazy create created creates creating creation
creator creators credential credentials credit credited crew crews crime crimes crimeware criminal criminals crims
cripple crippled cripples crippling crisis critical criticism criticized critics crook crooks cross crucial crypto
cryptocurrency cryptographic cryptography culprit culprits culture cunning curiosity currencies currency current
currently custody custom customer customers customized cut cutting cyber cyberattack cyberattacks cybercrime
cybercrimes cybercriminal cybercriminals cyberespionage cybersecurity cyberspace cycle daily damage damages damaging
danger dangerous dangers dark darknet dashboard data database databases date dated dates dating daughter day days de
deactivate dead deadline deadlines deal dealers dealerships dealing deals dealt death debate debit decade decades
decentralized deceptive decide decided decides decision decisions decline declined declines decoy decrypt decrypted
decryption dedicated deep deeper deeply deface default defeating defence defences defend defenders defending defense
defenses defensive defined definitely definition definitive defunct degree degrees delay delayed delays delete
deleted deletes deleting deletion deliver delivered deliveries delivering delivers delivery demand demanded
demanding demands demo demographic demonstrate demonstrated demonstrates demonstrating denial denied denies dental
deny denying department departments dependent depending deploy deployed deploying deployment deployments deportation
deposit deposits depth describe described describes describing description design designed designs desk desktop
desperate despite destroy destroyed destruction destructive detail detailed detailing details detect detected
detecting detection detections detective detector detects determine determined devastating develop developed
developer developers developing development developments device devices devious devs diagnose dialog dialogue
dialysis did didn die died difference different difficult difficulty dig digit digital digits diplomatic direct
directed directive directly director directories directory disable disabled disabling disappointing disappointment
disaster disclose disclosed discloses disclosing disclosure disclosures disconnect discount discover discovered
discovering discovery discuss discussed discusses discussing discussion disguise disguised disinformation disk
dismantled dismissed display displayed displaying displays disputes disrupt disrupted disrupting disruption
disruptions disruptive disrupts distinct distribute distributed distributing distribution distributor district
disturbing diverse division do docs document documentation documented documents docusign does doesn doing doll
dollar dollars domain domains domestic don done donors door doors dormant dot dots double doubt doubts down download
downloadable downloaded downloader downloaders downloading downloads downtime doxware dozen dozens draft drama
dramatic dramatically draw drawn drive driven driver drivers drives driving drop dropped dropper dropping drops
dubbed due dug dummy dump dumped dumping dupe duped duplicates during duty each earlier earliest early earnings ease
easier easiest easily east eastern easy eavesdrop ecommerce economic economy ecosystem ecosystems edate edge edit
editing editor educate education educational effect effective effectively effectiveness effects effort efforts eid
eight either elaborate elderly elected election elections electoral electric electrical electronic electronics
element elements elevated eligibility eligible eliminate else elsewhere email emailed emailing emails embed embedded
embedding emerge emerged emergence emergency emerging emphasized emphasizing employ employed employee employees
employer employers employing employs emptied empty en enable enabled enables enabling encoded encounter encountered
encourage encouraged encouraging encrypt encrypted encrypting encryption encrypts end ended ending endless endpoint
endpoints ends endured energy enforce enforcement enforcing engage engaged engaging engine engineer engineering
engineers engines enhance enhanced enhancements enhancing enormous enough ensure ensuring enter entered entering
enterprise enterprises enters entertainment enthusiasts entice entire entirely entirety entities entity entries
entry environment environments epidemic episode episodes equipment equipped equity equivalent era erase error errors
escalate escalated escalating escalation escaped especially espionage essential essentially establish established
establishing establishments estate estimate estimated estimates etc ethical evacuation evade evading evaluated
evangelist evasion even evening event events eventually ever every everyday everyone everything everywhere evidence
evident evil evolution evolve evolved evolves evolving exact exactly exam examination examine examined example
examples except exception exchange exchanged exchanges exclusive exclusively executable execute executed executes
executing execution executive executives exercise exfiltrate exfiltrated exfiltrating exfiltration exist existed
existence existing exists exit expand expanded expanding expands expansion expect expected expecting expects
expenses expensive experience experienced experiences experiencing experiment expert expertise experts expiration
expired explain explained explaining explains explanation explicit explicitly exploit exploitable exploitation
exploitative exploited exploiting exploits exploring export expose exposed exposes exposing exposure expressed
extend extended extending extends extension extensions extensive extent external extort extorted extorting extortion
extortionists extra extract extracted extradited extraordinary extreme extremely eye eyes face faced faces
facilitate facilitates facilities facility facing fact factor factories factors factory facts faculty fail failed
failing failings fails failure failures fair fairly faith fake fall fallen falling fallout falls false falsely
familiar families family famous fans far farm farms fashion fast faster fastest fault favored fear fears feature
featured features federal federation fee feed feedref feel feels fees fell fellow felt few fewer fictitious field
fields fifth fight fighting figure figures file filed fileless filename files filesystem filing fill filled film
filter filtering filters final finally finance financial financially find finding findings finds fine fined fines
fingerprints fintech fire fired firewall firewalls firm firmly firms firmware first five fix fixed fixes fixing flag
flagged flags flaw flawed flaws flight flights flood flows flying focus focused focuses focusing folder folders
follow followed follower followers following follows food fool fooled footage football foothold for force forced
forces forcing forecast foreign forensic forensics forever forged forgery forget forging form format formed former
formerly forms forum forums forward forwarding found founder four fourth fraction framework frameworks franchised
fraud frauds fraudster fraudsters fraudulent fraudulently free freeze frequency frequent frequently fresh friend
friendly friends from front fruit frustration ftag fuel full fully fun function functional functionality functioning
functions fund fundamental funding funds further future gain gained gaining gains game gamers games gaming gang
gangs gap gaps gas gateway gather gathered gathering gave geared gender general generally generate generated
generates generating generation generative generator generic genuine get gets getting giant giants gift gigabytes
give given gives giving glitch global globally globe go goal goes going golden gone good goods googledocs got gotten
gov governance governing government governmental governments govt grab gradually grammar grant granted granting
grants great greater greatly green grew grid grim ground group groups grow growing grown growth guarantee guaranteed
guarantees guard guess guessing guest guests guidance guide guidelines guilty guise guys habits hack hacked hacker
hackers hacking hacks hacktivist had hadn half halt halted halting halts hand handed handful handing handle handled
handles handling hands handset handsets handshake happen happened happening happens happy hard hardcoded harder
hardest hardly hardware harm harmful harmless harsh harvest harvesting harvests has hash hashed hashes hashing hasn
hat have haven having havoc he head header headers headlines headquartered headquarters health healthcare healthy
hear heard hearing heart heavily heavy hefty height heightened heist held hell help helped helpful helping helps
hence her here hidden hide hiding high higher highest highlight highlighted highlighting highlights highly hijack
hijacked hijacking hijacks him himself hired his historic histories history hit hits hitting hoax hold holder
holders holding holds hole holes holiday holidays home homeland homepage homes hope hopes hoping hospital
hospitality hospitals host hostage hosted hostile hosting hosts hot hotel hotels hour hours house housed how however
http https huge human humans hundred hundreds hunting hurt hxxp hybrid hype hypervisor icon icons id idea identical
identifiable identification identified identify identifying identities identity if ignore ignored il illegal
illegally illicit illustrates image images imagine immediate immediately immense imminent immune impact impacted
impacting impacts imperative impersonate impersonates impersonating impersonation implant implants implement
implementation implemented implementing implicate implications importance important impossible improper improve
improved improvements improving in inaccessible inactive inadequately inadvertently inauguration inbox inboxes
incident incidents include included includes including income incoming incomplete inconsistencies inconsistent
inconvenience incorporated incorrect increase increased increases increasing increasingly incredibly indeed
independent independently index indexed indicate indicated indicates indicating indication indicative indicator
indicators indicted indictment indirect individual individually individuals industrial industries industry infamous
infect infected infecting infection infections infects infiltrate infiltrated infiltration infiltrator inflated
influence info inform information informed informing infosec infrastructure infrastructures inherent initial
initially initiate initiated inject injected injecting injection innocent innovation innovative input inquiries
inquiry insecure insert inside insider insiders insidious insight insights insists inspect inspection install
installation installations installed installer installing installs instance instances instant instantly instead
institution institutions instruct instructed instructions instructs insurance insurer insurers integrate integrated
integration integrity intellectual intelligence intended intense intent intention intentional intentionally
intentions interact interaction interactive intercept intercepted interception interest interested interesting
interests interface interfaces interference interim internal internally international internet intervention
interview into introduced introducing intruders intrusion intrusions invalid inventory invest investigate
investigated investigates investigating investigation investigations investigative investigator investigators
investing investment investors invite invited invoice invoices involve involved involvement involves involving is
island isn isolate isolated issue issued issues issuing it items ito its itself jail job jobs join joined joint
journalist journalists journey judge jump jumped jumping just justice keen keep keeping keeps kept kernel kettle key
keyboard keychain keylogger keyloggers keys keystrokes kid kiddies kids kill killed kind kindly kinds kingpin kit
kits knew knocked know knowing knowledge known knows la lab lack lacks laid lakh land landscape language languages
lapse laptop laptops large largely larger largest last lasted lasting late lately later lateral latest latter launch
launched launches launching laundering law lawmakers laws lawsuit lawsuits lawyer lawyers layer le lead leader
leaders leadership leading leads leak leakage leaked leaking leaks learn learned learning least leave leaves leaving
led left legacy legal legally legislation legit legitimacy legitimate lenders lengthy less lesson lessons let lets
letter letters letting level levels leverage leveraged leverages leveraging liability liable libpurple libraries
library license licenses lie lies life lifetime lifted light lights like likelihood likely likes limit limitations
limited limiting limits line lines link linked linking links list listed listen listening listing lists literally
litigation little live lives living ll load loaded loader loading loan loans local locally locate located location
locations lock locked locking locks log logged logging logic login logins logistics logo logos logs long longer look
looked looking lookout looks loop loosely lose loses losing loss losses lost lot lottery love low lower lucrative
lull lure lures luxury machine machines macro macros made magnetic magnitude mail mailing main mainly mainstream
maintain maintained maintaining maintains maintenance major majority make maker makers makes making male malformed
malicious malspam malvertising malware man manage managed management manager managers manages managing mandate
mandatory manipulate manipulated manipulation manner manual manually manufactured manufacturer manufacturers
manufacturing many mark marked market marketing marketplace marketplaces markets marking marks masks masquerading
mass masse massive master match matched matching material materials matter matters maximum may maybe me mean meaning
means meant meantime meanwhile measure measured measures meat mechanism mechanisms meddling media mediation medical
medium meet meeting meetings meltdown member members membership memory men mental mention mentioned mentioning
mentions merchants mere merely mess message messages messaging messenger met metadata method methods microphone
microphones microsegmentation middle middleboxes middleman might migrated miles military million millions mimic mind
miner miners minimal minimize minimum mining minister ministries ministry minor minute minutes mirror mirrors
misconfiguration misconfigured misdirect misleading missed missing mission mistake mistakes misuse misused mitigate
mitigated mitigation mitigations mix mixed mobile mode model models modem modems modern modest modifications
modified modify mods module modules moment momentum monetize money monitor monitored monitoring monitors month
monthly months more morning most mostly mother motivated motive motor mount mounted mouse move moved movement moves
movie movies moving much multinational multiple municipal municipalities murder must my myself mysterious mystery
name named namely names nasty nation national nations nationwide native natural nature navigate near nearby nearly
necessarily necessary need needed needing needs nefarious negative negligent negotiator neither net network
networked networking networks never new newer newest newly news newsletter newspaper newsstand next nice nickname
night nightmare nine no nobody node none nonprofit nor normal normally not notable note noted notes nothing notice
noticed notices notification notifications notified notifies notify notifying noting notorious notoriously novel now
npm nuclear nuisance number numbers numerous nurseries nursery obfuscation object objectives objects obligations
obscure observation observed observing obtain obtained obtaining obvious obviously occasionally occur occurred
occurrence occurring occurs odd of off offences offending offensive offer offered offering offerings offers office
officer officers offices official officially officials offline often oil old older on once one ones ongoing online
only onto open opened opening opens operate operated operates operating operation operational operations operator
operators opinion opportunistic opportunities opportunity opposition ops opted option options or order ordered
orders ordinary organisation organisations organization organizations organized origin original originally originate
originated origins ostensibly other others otherwise our ourselves out outage outages outbound outbreak outcome
outcomes outdated outgoing outlet outlets outlined output outrage outside outsourced outsourcing ovens over overall
overflow overhaul overlap overlook overseas oversight overstated overview overwrite owed own owned owner owners owns
pace pack package packaged packages packet packets page pages paid pair pandemic panel panic paper par para
paralysed parameter parameters parent parents parliamentary parser part partial partially participants participate
particular particularly parties partner partners partnership parts party pass passed passenger passengers passes
passing passport password passwordrecovered passwords past patch patched patches patching path paths patient
patients patrons pattern patterns pause pay payday paying payload payloads payment payments payout payouts payroll
pays peak peaking pediatric pediatrics pen penalties penalty pending penetrate penetration pension people per
percent percentage perfect perform performance performed performing performs perhaps period peripherals permanent
permanently permission permissions permit perpetrate perpetrated perpetrators persisted persistence persistent
person persona personal personally personnel persons perspective pertaining pet pets pharmaceutical phased
phenomenon phish phishers phishing phone phones phony photo photographs photos physical physically pic pick picked
picture pictured pictures piece pieces pin pipelines pitch place placed places placing plagued plain plaintext plan
plane planet planned planning plans plant plants plate platform platforms play played player players playing plays
plead pleaded pleading please pleased plenty plot plug plugged plugin plugins plus pm pocket point pointed pointer
pointing points police policies policy political politicians poll pool poor poorly popped popping popular popularity
population por pornography port portal portals portfolio portion portions ports pose posed poses posing position
positions positive possess possession possibilities possibility possible possibly post posted posting posts posture
potential potentially pounds power powered powerful practical practice practices practitioners precaution
precautionary precautions precise precisely predict predictable predicted predictions preeminent preferences
preliminary premises preparation prepare prepared preparedness preparers preparing presence present presented
presents preset president presidential presidents press pressing pressure presumably pretend pretended pretending
pretends pretty prevalent prevent prevented preventing prevention prevents preview previous previously prey price
prices primarily primary prime principal print printer printers prior priorities prioritize priority prison privacy
private privately privilege privileges prize proactive proactively probability probably probe probed probing problem
problems procedure procedures proceed proceeded proceeds process processed processes processing processor processors
produce produced producer producing product production productivity products professional professionals professor
profile profiles profit profitable profits program programmable programme programming programs progress prohibited
project projects proliferation prolific prolonged prominent promise promised promising promoted prompt prompted
prompting promptly prompts proof propagation proper properly properties property proportion proposal proposed
proprietary pros prosecutors prospective protect protected protecting protection protections protective protects
protocol protocols prove proved proven proves provide provided provider providers provides providing proving proxies
proxy psychological pub public publication publicity publicized publicly publish published publisher publishing pull
pulled punitive pupils purchase purchased purchases purge purported purportedly purporting purports purpose purposes
push pushed pushes pushing put puts putting pwned python quality quantum quarter quarterly que queries query
question questionable questioning questions quick quickly quiet quietly quite quits quoted race radiation radio raid
raided raids raise raised raises raising rampant ramping ran random randomly range ranging ranked ranks ransom
ransoms ransomware ransomworm rapid rapidly rare rate rated rates rather rating ratings re reach reached reaches
reaching react reacted reaction reactions read reader readers reading readings reads ready real realistic reality
realize realized realizing really realm reason reasonable reasons reassure reassuring reboot rebooted rebuild
recalled receipt receipts receive received receiver receives receiving recent recently recipient recipients
recognised recognition recognize recognized recommend recommendation recommendations recommended recommends
reconnaissance record recorded recording recordings records recouped recover recovered recovering recovers recovery
recruiting red redirect redirected redirecting redirects reduce reduced ref referenced references referral referred
referring reflects reforms refresh refund refunds refused refusing regain regarding regardless regex region regional
regions register registered registering registration registrations registry regret regrets regular regularly
regulations regulator regulators regulatory reinforce rejected relate related relating relations relationship
relationships relatively relatives release released releases releasing relevant reliable relied relief relies reload
relocation rely relying remain remained remaining remains remediation remedy remember remind reminder remote
remotely remove removed removing renamed rendering renders renew renewed repackaged repair repeated repeatedly
repercussions replace replaced replacing replay reply report reported reportedly reporter reporters reporting
reports repository represent representative representatives represented representing represents reproduce reputable
reputation reputational request requested requesting requests require required requirement requirements requires
requiring rescue research researcher researchers reservation reservations reset resettlement resident residential
residents resides residing resigned resigns resilience resilient resist resolution resolve resolved resort resource
resources respective respectively respond responded respondents responders responding response responses
responsibility responsible responsibly rest restart restarted restarts restaurants restore restored restoring
restrict restricted restriction result resulted resulting results resume resumed retail retailer retailers retired
retirement retrieve retrieves return returned returns reuse reused reveal revealed revealing reveals revelation
revelations revenue revenues reverse revert review reviewed reviewing reviews revised revoke revoked reward rewards
rich ridiculous right rights rings ripe rise rising risk risks risky rival rivals road robot robots robust rogue
role roll rolled rolling room rooms root rose roughly round rounds route routed router routers routes routine
routinely routing rss rule ruled rules ruling run running runoff runs ruse rushed rushing sabotage sadly safe
safeguard safeguarding safeguards safely safer safety said sale sales same sample samples sanction sanctioned
sanctions sandbox sandboxes sanitization save saved savvy saw say saying says scalable scale scam scammer scammers
scamming scams scan scandal scanned scanner scanning scans scare scareware scary scenario scenarios scene scheduled
scheme schemes school schools science scientist scientists scope score scores scrambled scrambling screen screens
screenshot screenshots script scripting scripts scrutiny search searched searches searching season second secondary
seconds secret secretary secretly secrets section sector sectors secure secured securely securing securities
security see seeing seek seeking seeks seem seemed seemingly seems seen sees segment segmentation segments seize
seized seizes seizure select selected sell seller sellers selling sells senators send sender senders sending sends
senior sense sensitive sensors sent sentence sentenced separate separately series serious seriously seriousness
servants serve served server servers serves service services serving session sessions set sets setting settings
settle settled settlement settlements setup setups seven several severe severely severity sexual sexually share
shared shares sharing sharp sharply she shed sheer shell shellcode shelves shield shift shifted shifting shipped
shipping shocking shooter shooting shop shoppers shopping shops short shortening shortly shot should shouldn show
showed showing shown shows shut shutdown shutdowns shuts shutting sic side sides sign signals signature signatures
signed significant significantly signing signs signup silence silent silently similar similarities similarly simple
simply simulated simultaneously since single siphon sister site sites sits situation six sizable size sizes
skeptical skilled skills skip slated slight slightly slow slowed slowing slowly slump slumped small smaller smart
smarter smartphone smartphones smartwatches snared sneaky snippet snoop so social socially software solar sold sole
solely solid solution solutions some somebody somehow someone something sometimes somewhat somewhere soon sooner
sophisticated sophistication sorry sort sorts sought sound sounds source sources sow space spaces spam spammed
spamming sparked sparks speak speaking spear special specialist specialists specialized specializes specializing
specially specific specifically specified specify speculated speculates speculation speed spend spending spent spied
spies spike spill spills spite spoke spokesman spokesperson spokeswoman sponsored spoof spoofed spoofing spoofs
sports spot spotted spouse spread spreading spreads spreadsheet spree spring spy spying spyware src stack staff
staffing stage stages staging stakes stance stand standard standards stands star stark starring stars start started
starters starting starts startup state stated statement statements states static stating station stations statistics
status stay steal stealer stealing steals stealthily stealthy stem stemmed stemming stems step stepped stepping
steps stick still stock stocks stole stolen stood stop stopped stopping stops storage store stored stores stories
storing story straightforward strain strains stranded strange stranger strangers strategic strategies strategist
strategy stream streaming streams strength strengthen strengthening strengthens stressed stretch strict strike
strikes string strip stripe strong stronger strongly struck structure struggling student students studio studios
study stuff stuffed stuffing style subject subjects submit submitted subscriber subscribers subscription subsequent
subsequently subset subsidiary substances substantial substitute suburban success successful successfully such
suddenly sudo sue sued suffer suffered suffering suffers sufficient suggest suggested suggesting suggestion suggests
suing suit suite sum summer summoned sums super superannuation supermarket supplied supplier suppliers supplies
supply supplying support supported supporters supporting supports supposed supposedly sure surface surfaced surge
surged surgeries surgery surprise surprised surprising surrounding surveillance survey surveyed surveys survive
susceptible suspect suspected suspects suspend suspended suspension suspicion suspicions suspicious sustained swap
swift swiftly switch switched switches symbols sync system systematic systems tab table tables tablets tackle tactic
tactics tag tailored take takedown taken takeover takes taking talent talk talking tamper tank tanks tapped target
targeted targeting targets tariff tariffs task tasks taste tax taxes taxpayers tclinux tea teachers team teams tech
technical technicians technique techniques technologies technology teddy teen teenage teenager teenagers telcos
telecom telecommunications telecoms telemarketing telephone television televisions tell telling tells temporarily
temporary tempting ten tend tens tensions terabits terabytes term terminals terms terrifying terror terrorist
terrorists test tested testing tests text texts than thanked thanks that the thedarkoverlord theft their them theme
themes themselves then theory there thereby therefore these they theyre thieves thing things think thinking third
this thorough those though thought thoughts thousand thousands thread threat threaten threatened threatening
threatens threats three through throughout throws thus thwart thwarted ticket tide tied ties time timeline timelines
timely times timing tiny tip tipped tips title titles to today together token tokens told too took tool tools top
topic topics tops torrent torrents total totaling totally touch touching touted toward towards town toxic toy toys
trace traced traces track tracked tracker tracking tracks trade traded trading traditional traffic trail trailer
train trained training transaction transactions transcripts transfer transferred transfers transit translated
transmit transmitted transnational transparency transparent transport transportation trap travel traversal treat
treated treatment tremendous trend trends trials trick tricked tricking tricks tried tries trigger triggered
triggering triggers trillion trivial trojan trojans troops trouble troubling trove true truly trust trusted trusts
trustworthy truth try trying tty tunnel turn turned turning turns tutorial tutorials tweet tweeted tweets twenty
twice twist twitter two type types typical typically typo ubiquitous ultimately ultrasounds un unable unaffected
unauth unauthenticated unauthorised unauthorized uncertainty unclaimed unclear uncommon uncover uncovered under
underground underlying undermine underscores understand understandably understanding understood underway
undetectable undetected undisclosed une unearthed unencrypted unexpected unfamiliar unfortunately unidentified
uninformed uninstall unintended union unions unique unit units universal universities university unknown unless
unlike unlikely unlimited unlock unlocked unlocking unnamed unnecessary unpaid unpatched unprecedented unprepared
unprotected unrelated unreleased unresolved unsealed unsecure unsecured unsolicited unspecified unsure unsuspecting
until untouched untrusted unusual unusually unveiled unwanted up upcoming update updated updates updating upgrade
upgraded upgrades upgrading upload uploaded uploading upon uptick urge urged urgent urgently urges urging us usage
use used useful useless user username usernames users uses using usual usually utilities utility utilize utilized
utilizing valid validate validated validation valuable value valued values vandalism variable variant variants
variation variations varied variety various vary vast ve vector vectors vehicle vehicles vendor vendors verification
verified verifier verify verifying version versions versus very via vibe vice victim victimized victims victory
video videos view viewed viewing views vigilant violate violated violation violations viral virtual virtualized
virtually virus viruses vishing visibility visible visit visited visiting visitor visitors vital voice volume
volumes voter voters vouchers vowed vows vs vulnerabilities vulnerability vulnerable wait waited waiting waits wake
walked wallet wallets want wanted wanting wants war warn warned warning warnings warns warrants wary was wasn watch
watchdog watchdogs watchers watching water wave waves way ways we weak weakest weakness weaknesses weapon weaponized
weapons weather web webcam webcams webpage webpages website websites week weekend weeks weird welcome well went were
weren what whatever when whenever where wherever whether which while whistleblower white who whole wholesale whom
whopping whose why wide widely wider widespread wife wild wildfire will willing win window windows winner wipe wiped
wiping wire wireless wiring wish with withdrawal withdrawals withdrawn within without witness witnessed witnesses
woke woman women won wonder word words work workaround workarounds worked worker workers workforce working works
world worlds worldwide worm worried worries worrisome worry worrying worse worst worth would wouldn write writer
writes writing written wrong wrote www year years yes yesterday yet you young your yours yourself zero`;
