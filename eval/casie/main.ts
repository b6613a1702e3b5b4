// `npm run eval -- casie [--dir <casie split dir>]`: span-offset micro-F1 of the CASIE taggers (UIE convention:
// trigger = offsets + type, argument = offsets + role + event type), plus document-level event-type F1.
import { analyzeText, compileKb, loadBuiltinKb } from '../../src/analysis/analyze.ts';
import { CASIE_MODELS } from '../../src/analysis/events/casie/models.ts';
import {
  CASIE_DEFAULTS,
  type CasieOptions,
  predictCasie,
} from '../../src/analysis/events/casie/predict-casie.ts';
import { prepareDocument } from '../../src/analysis/events/document.ts';
import { splitSentences } from '../../src/analysis/text/split-sentences.ts';
import { sharedPath } from '../shared-data.ts';
import { loadCasie } from './load-casie.ts';
import { addCounts, type Counts, formatRow } from './score.ts';

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Scores the CASIE taggers on a split directory; prints per-type rows and a final summary line; returns 0. */
export async function run(args: string[]): Promise<number> {
  const dirIndex = args.indexOf('--dir');
  const dir = dirIndex >= 0 && args[dirIndex + 1] ? args[dirIndex + 1]! : sharedPath('casie', 'dev');
  const docs = loadCasie(dir);
  const knob = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const options: CasieOptions = {
    triggers: {
      outsideBias: knob('--trigger-bias', CASIE_DEFAULTS.triggers.outsideBias),
      secondMargin: knob('--trigger-margin', CASIE_DEFAULTS.triggers.secondMargin),
    },
    arguments: {
      outsideBias: knob('--argument-bias', CASIE_DEFAULTS.arguments.outsideBias),
      secondMargin: 0,
    },
  };
  const trigger = zero();
  const argument = zero();
  const argumentInSentence = zero();
  const docTypes = zero();
  const perType = new Map<string, Counts>();
  const kb = compileKb(loadBuiltinKb());
  const started = performance.now();
  for (const doc of docs) {
    const text = doc.content;
    const sentences = splitSentences(text);
    const analysis = analyzeText({ title: null, text }, kb);
    const prepared = prepareDocument({
      text,
      sentences,
      entities: analysis.entities,
      boilerplate: analysis.boilerplate,
    });
    const predicted = predictCasie(prepared, CASIE_MODELS, options);
    const predTriggers = new Set(predicted.map((e) => `${e.subtype}|${e.trigger.start}|${e.trigger.end}`));
    const goldTriggers = new Set(doc.events.map((e) => `${e.subtype}|${e.nugget.start}|${e.nugget.end}`));
    addCounts(trigger, predTriggers, goldTriggers);
    for (const type of new Set([...doc.events.map((e) => e.subtype), ...predicted.map((e) => e.subtype)])) {
      const counts = perType.get(type) ?? zero();
      perType.set(type, counts);
      addCounts(
        counts,
        new Set([...predTriggers].filter((k) => k.startsWith(`${type}|`))),
        new Set([...goldTriggers].filter((k) => k.startsWith(`${type}|`))),
      );
    }
    const predArgs = new Set(
      predicted.flatMap((e) => e.arguments.map((a) => `${e.subtype}|${a.role}|${a.start}|${a.end}`)),
    );
    const goldArgs = new Set(
      doc.events.flatMap((e) => e.arguments.map((a) => `${e.subtype}|${a.role}|${a.start}|${a.end}`)),
    );
    addCounts(argument, predArgs, goldArgs);
    const sentenceOf = (offset: number) => sentences.findIndex((s) => offset >= s.start && offset < s.end);
    const goldInSentence = new Set(
      doc.events.flatMap((e) =>
        e.arguments
          .filter((a) => sentenceOf(a.start) === sentenceOf(e.nugget.start))
          .map((a) => `${e.subtype}|${a.role}|${a.start}|${a.end}`),
      ),
    );
    addCounts(argumentInSentence, predArgs, goldInSentence);
    addCounts(docTypes, new Set(predicted.map((e) => e.subtype)), new Set(doc.events.map((e) => e.subtype)));
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`casie: ${docs.length} documents from ${dir} in ${seconds.toFixed(1)} s\n`);
  for (const [type, counts] of [...perType.entries()].sort())
    process.stdout.write(`${formatRow(`trigger ${type}`, counts)}\n`);
  process.stdout.write(`${formatRow('trigger (offsets+type)', trigger)}\n`);
  process.stdout.write(`${formatRow('argument (offsets+role+type)', argument)}\n`);
  process.stdout.write(`${formatRow('argument, same-sentence gold', argumentInSentence)}\n`);
  process.stdout.write(`${formatRow('document event types', docTypes)}\n`);
  const f1 = (c: Counts) => ((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn)).toFixed(3);
  process.stdout.write(`casie trigger_f1=${f1(trigger)} argument_f1=${f1(argument)}\n`);
  return 0;
}
