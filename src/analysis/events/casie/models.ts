import argumentWeights from '../model/casie-arguments.json' with { type: 'json' };
import triggerWeights from '../model/casie-triggers.json' with { type: 'json' };
import type { LinearModel } from './perceptron.ts';
import type { CasieModels } from './predict-casie.ts';

/** Minimum B- weight of a word or lemma feature for it to open a sentence to the trigger tagger (tuned on dev). */
const CUE_WEIGHT = 1;

/** Words and lemmas whose own feature votes for some trigger label: sentences without one are not tagged. */
function cueWords(model: LinearModel): Set<string> {
  const cues = new Set<string>();
  for (const [feature, row] of Object.entries(model.weights)) {
    if (!feature.startsWith('w=') && !feature.startsWith('l=')) continue;
    for (let k = 0; k < row.length; k += 2) {
      if (model.labels[row[k]!]!.startsWith('B-') && row[k + 1]! >= CUE_WEIGHT) {
        cues.add(feature);
        break;
      }
    }
  }
  return cues;
}

/** The committed CASIE taggers trained by scripts/train-events.ts on the CASIE train split. */
export const CASIE_MODELS: CasieModels = {
  triggers: triggerWeights,
  arguments: argumentWeights,
  cues: cueWords(triggerWeights),
};
