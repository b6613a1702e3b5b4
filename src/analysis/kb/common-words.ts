import { NEWS_WORDS } from './news-words.ts';

/** Greek letters, common given names and generic IT acronyms ("MDM"), which imported sources also use as names of malware and tools. */
const EXTRA = `alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon
phi chi psi omega james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond patrick
alexander jack dennis jerry tyler aaron henry adam peter nathan zachary kyle walter harold jeremy ethan carl keith
roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce
willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mary
patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris
abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla christmas deputy defender php philadelphia sanctions mdm`;

/**
 * Common English words (lower case). A name from an imported source that is one of these ("Hydra", "Joker",
 * "Snake", "Will") only counts when the sentence supports it (see entities/context-cues.ts).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a able about above accept access account across act action active activity actor add address admin admiral after
again against age agent ago agree ahead aid air alarm alert alien all allow alone along alpha already also always
amber among amount anchor and angel anger animal another answer any anyone anything apart apex apple apply april
archer area arena argue arm army around arrow art article artist as ask assist at atlas attack attempt august
aurora author auto autumn avenger away axe baby back bad badge balance ball ban band bank bar base basic basket
bat battle be bear beast beat beauty because become bed bee before begin behind being believe bell below belt best
beta better between beyond big bill bird bit black blade blaze blind block blood bloom blue board boat body bold
bolt bomb bond bone book boost boot border boss both bottom box boy brain branch brave bread break breeze brick
bridge bright bring broad broken brother brown buffalo bug build bull bullet bunny burn business busy but butter
buy by cable cactus cage cake call calm camel camera camp can cancer candle candy cannon canvas capital captain car
card care career cargo carry case cash castle cat catch cause cell center central certain chain chair challenge
champion chance change chaos charge charm chart chase cheap check cheese chef cherry chess chief child choice
circle citizen city claim class clean clear clever client climb clock close cloud club coach coal coast cobra code
coffee cold collect college color come comet command common company complete computer condor contact control cook
cool copper copy coral core corner correct cost cotton could council count country courage course court cover cow
crab crane crash crazy cream create credit crime crisis cross crow crown cruel crypto crystal cup cure current
custom cut cyber cyclone daily damage dance danger dark data date daughter dawn day dead deal dear death debt
december decide deep deer defend delta demand demon desert design desk detail develop device devil diamond die
different digital dinner direct disco doctor dog dollar dolphin domain door double dove down dragon draw dream
dress drink drive drop drum dry duck due during dust duty eagle early earth east easy eat echo edge effect egg
eight either elder electric element elephant eleven else ember emerald empire empty end enemy energy engine enjoy
enough enter entire equal error escape even evening event ever every evil exact example exit expert explain eye
face fact factor fail faith fall false fame family fancy far farm fast fat father fear feather feel fever few field
fight figure file fill final find fine finger fire first fish five fix flag flame flash fleet flight floor flow
flower fly focus fog follow food fool foot for force forest forever forget form fortune forward four fox frame
free fresh friday friend frog from front frost fruit fuel full fun funny future galaxy game garden gate gather
general genius gentle ghost giant gift girl give glass global glory go goal goat god gold golden good goose grace
grand grape grass gray great green grey grizzly ground group grow guard guess guest guide gun habit hair half hall
hammer hand happy harbor hard harvest hat have hawk he head health heart heat heaven heavy hello help hero hidden
high hill history hit hold hole holiday home honey hook hope horizon horn horse host hot hotel hour house how
however human hunter hurricane ice idea if image impact in index inside install iron island issue it item ivory
jack jade january jet jewel job join joke joker journey joy judge july jump june jungle junior jupiter just keep
key kid kill kind king kitten knight know lab labor lady lake lamp land language large laser last late laugh law
lead leader leaf learn left legacy legend lemon leopard less letter level liberty library lie life light lightning
like lime limit line link lion liquid list listen little live local lock logic lone long look lord lost lotus
loud love low lucky lunar lynx machine magic magnet mail main major make man manager many map marble march market
mars mask master match matter max may mayor meadow mean media medium meet member memory mercury message metal
middle might mild military milk million mind minute mirror miss mission mist mobile model modern moment monday
money monkey monster month moon more morning most mother motion mountain mouse move much music must mystery name
nation native nature near need network never new news next nice night nine ninja noble node none noon normal
north nothing notice nova november now number nurse oak ocean october off offer office often oil old olive omega
on once one only open opera orange orbit order other our out over owl owner pacific page pain paint palace palm
panda panther paper parent park part party pass past patch path patient peace peach pearl pen people pepper
perfect period person phantom phoenix phone piano picture piece pig pilot pine pink pioneer pirate pitch place
plain plan planet plant plasma platinum play player please plenty plus pocket poet point poison polar police
policy pool poor popular port position post power practice present president press pretty price pride prime
prince print prison private prize problem process product program project promise proof prophet protect proud
public pull pulse puma pump pure purple push put puzzle python quake queen question quick quiet rabbit race radar
radio rain rainbow raise rally ranger rapid rare rat rate raven raw ray reach read ready real reason rebel record
red region release remote report rescue rest result return reward rich ride right ring rise risk river road robin
robot rock rocket rogue roll roof room root rose round route royal ruby rule run rush safe sage sail saint salt
same sand saturday save say scale scarlet school science scorpion scout screen sea search season second secret
see seed sell send sense september serpent serious serve service set seven shadow shark sharp shell shield shift
shine ship shock shoot shop short shot show side sign signal silent silk silver simple since sing single sister
sit six size skill sky sleep slim slow small smart smile smoke snake snow social soft soldier solid solo some son
song soon sound south space spark speak special speed spider spirit split sport spot spring spy square squirrel
staff stage stand star start state station stay steam steel stem step stick still stone stop storm story strange
stream street strike strong student style success sugar summer summit sun sunday sunrise super support sure
surf swan sweet swift system table tail take talk tank target task taxi tea teach team tear tech ten tent term
test than thank that the their them then theory there these they thing think third this those three thunder
thursday tiger time tiny titan today together tomorrow tool top torch total touch tower town toy track trade
train trap travel treasure tree trick trip trojan trouble truck true trust truth try tuesday turn turtle twelve
twin two type ultra uncle under union unit unity up update upon urban us use user valley value vampire vector
venom very victory view viper virus vision visit voice void volt vortex wait walk wall want war warm warrior
watch water wave way we weapon wear weather web wednesday week welcome well west what wheel when where which
while whisper white who whole why wide wild will win wind window winter wire wise wish with wizard wolf woman
wonder wood word work world worm worry would write wrong yard year yellow yes yet you young youth zero zone`
    .concat(' ', EXTRA, ' ', NEWS_WORDS)
    .split(/\s+/)
    .filter(Boolean),
);
