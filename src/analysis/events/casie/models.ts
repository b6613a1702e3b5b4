import argumentWeights from '../model/casie-arguments.json' with { type: 'json' };
import triggerWeights from '../model/casie-triggers.json' with { type: 'json' };
import { PAIR_TEMPLATES, TEMPLATE_IDS } from './features.ts';
import { compileModel, type LinearModel, type Vocabulary } from './perceptron.ts';
import type { CasieModels } from './predict-casie.ts';

/** Minimum B- weight of a word or lemma feature for it to open a sentence to the trigger tagger (tuned on dev). */
const CUE_WEIGHT = 2;

/** Function words that start nuggets ("the attack", "was breached") but never carry one alone; windows cover them. */
const FUNCTION_WORDS = new Set(
  'the a an are was were is be been being has have had its their his her will would do does did this that these those it to of and or in on for by with'.split(
    ' ',
  ),
);

/** Words and lemmas whose own feature votes for some trigger label: sentences without one are not tagged. */
function cueWords(model: LinearModel): Set<string> {
  const cues = new Set<string>();
  for (const [feature, row] of Object.entries(model.weights)) {
    if (!feature.startsWith('w=') && !feature.startsWith('l=')) continue;
    if (FUNCTION_WORDS.has(feature.slice(2))) continue;
    for (let k = 0; k < row.length; k += 2) {
      if (model.labels[row[k]!]!.startsWith('B-') && row[k + 1]! >= CUE_WEIGHT) {
        cues.add(feature.slice(2));
        break;
      }
    }
  }
  return cues;
}

const vocab: Vocabulary = new Map();

/** The committed CASIE taggers trained by scripts/train-events.ts on the CASIE train split (one shared vocabulary). */
export const CASIE_MODELS: CasieModels = {
  triggers: compileModel(triggerWeights, PAIR_TEMPLATES, TEMPLATE_IDS, vocab),
  arguments: compileModel(argumentWeights, PAIR_TEMPLATES, TEMPLATE_IDS, vocab),
  cues: cueWords(triggerWeights),
};
