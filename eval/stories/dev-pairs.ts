// `node --import tsx eval/stories/dev-pairs.ts [errors] [gold-file]`: dev-part diagnostics of the same-development rule.
// Prints the pair features and verdict of every gold same-story pair of the dev part and of every other dev
// pair within a week sharing a name (`errors`: only gold pairs and false 'same' verdicts). Reads dev items
// only, so it can be used while tuning without looking at the held-out test part.
import { compileKb, loadBuiltinKb } from '../../src/analysis/kb/index.ts';
import { prepareArticle } from '../../src/stories/cluster-article.ts';
import { judgePair, pairFeatures } from '../../src/stories/same-development.ts';
import { DEFAULT_GOLD, loadGold, loadItems } from './load-gold.ts';
import { analysedStreamItem } from './run-clusterer.ts';

const gold = loadGold(process.argv[3] ?? DEFAULT_GOLD).filter((g) => g.part === 'dev');
const items = loadItems(gold);
const label = new Map(gold.map((g) => [g.id, g.story]));
const kb = compileKb(loadBuiltinKb());
const prepared = items.map((item) => ({ item, p: prepareArticle(analysedStreamItem(item, kb)) }));
const onlyErrors = process.argv[2] === 'errors';
for (let i = 0; i < prepared.length; i++) {
  for (let j = 0; j < i; j++) {
    const a = prepared[i]!;
    const b = prepared[j]!;
    const f = pairFeatures(a.p.profile, b.p.profile);
    if (f.days > 7) continue;
    const same = label.get(a.item.id) === label.get(b.item.id);
    const v = judgePair(f);
    if (!same && v.kind !== 'same' && onlyErrors) continue;
    if (!same && f.sharedNames === 0) continue;
    process.stdout.write(
      `${same ? 'GOLD' : 'diff'} ${v.kind.padEnd(9)} s=${v.score.toFixed(2)} d=${f.days.toFixed(1)} n=${f.sharedNames} no=${f.nameOverlap.toFixed(2)} td=${f.titleDice.toFixed(2)} to=${f.termOverlap.toFixed(2)} fig=${f.sharedFigures}${f.eventConflict ? ' EV' : ''}${f.subjectConflict ? ' SUBJ' : ''}${f.cveConflict ? ' CVE' : ''}\n   ${a.item.title.slice(0, 90)}\n   ${b.item.title.slice(0, 90)}\n   ev ${a.p.profile.events.join(',')} | ${b.p.profile.events.join(',')}\n   names ${a.p.profile.names.join(',')} | ${b.p.profile.names.join(',')}\n`,
    );
  }
}
