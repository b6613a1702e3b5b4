import type { Realis, Span, Stance } from '../../domain/analysis.ts';

const WINDOW = 60;
const DENIED =
  /(?:\b(?:not|never|no|without|refrain(?:s|ed|ing)? from|restrain(?:s|ed|ing)? from|declin(?:es|ed|ing) to|den(?:y|ies|ied|ying)(?: (?:being|having))?|rul(?:es|ed|ing) out|stopp(?:ed) short of|hold(?:s|ing)? off on|held off on)|n['\u2019]t)\s+(?:\S+\s+){0,2}$/i;
const POSSIBLE =
  /\b(?:may|might|could|would|possib(?:le|ility|ly)|potential(?:ly)?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|threaten(?:s|ed|ing)? to|option|options|likely|suspect(?:ed|s)?|believed|appears? to|seem(?:s|ed)? to|plan(?:s|ned)? to|will|expected to|if|prepar(?:es|ed|ing) to)\b/i;
const REPORTED =
  /\b(?:allegedly|reportedly|alleged|purportedly|according to|(?:is|are|was|were) said to|to the best of (?:his|her|their|my|our|its) knowledge|not unlike|claim(?:s|ed)? that|sources? (?:said|say))\b/i;
const GENERIC = /\b(?:often|typically|usually|generally|commonly|can be|such attacks|increasingly)\b/i;

/** Stance, realis and a confidence factor for an event triggered at `trigger` inside `sentence`. */
export type StanceReading = { readonly stance: Stance; readonly realis: Realis; readonly factor: number };

/** Per document (by its object) and sentence start: whether the sentence reads as reported and as generic. */
const sentenceHedges = new WeakMap<object, Map<number, Hedges>>();

type Hedges = { readonly end: number; readonly reported: boolean; readonly generic: boolean };

function hedgesOf(doc: { readonly text: string }, sentence: Span): Hedges {
  let bySentence = sentenceHedges.get(doc);
  if (!bySentence) {
    bySentence = new Map();
    sentenceHedges.set(doc, bySentence);
  }
  let hedges = bySentence.get(sentence.start);
  if (hedges?.end !== sentence.end) {
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    hedges = {
      end: sentence.end,
      reported: REPORTED.test(sentenceText),
      generic: GENERIC.test(sentenceText),
    };
    bySentence.set(sentence.start, hedges);
  }
  return hedges;
}

/**
 * Reads negation and hedges in the clause before the trigger (and hedges anywhere in the sentence):
 * negation gives `denied`, modals and "possibility of" give `possible`, "allegedly"/"reportedly" give `reported`.
 * The sentence-wide hedges are read once per sentence of `doc` (many triggers share a sentence).
 */
export function readStance(doc: { readonly text: string }, trigger: Span, sentence: Span): StanceReading {
  const { text } = doc;
  const before = text.slice(Math.max(sentence.start, trigger.start - WINDOW), trigger.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (DENIED.test(clause)) return { stance: 'denied', realis: 'other', factor: 0.7 };
  const near = clause.slice(-40);
  if (POSSIBLE.test(near)) return { stance: 'possible', realis: 'other', factor: 0.6 };
  const hedges = hedgesOf(doc, sentence);
  if (hedges.reported) return { stance: 'reported', realis: 'actual', factor: 0.75 };
  if (hedges.generic) return { stance: 'asserted', realis: 'generic', factor: 0.85 };
  return { stance: 'asserted', realis: 'actual', factor: 1 };
}
