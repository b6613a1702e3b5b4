import type { EntityKind } from '../../domain/analysis.ts';
import { COMMON_WORDS } from '../kb/common-words.ts';
import type { Token } from '../text/tokenize.ts';

const ACTOR =
  'group groups actor actors apt hackers hacker hacking gang crew operators threat espionage cyberespionage state-sponsored attributed intrusion intrusions attackers adversary campaign';
const SOFTWARE =
  'malware ransomware trojan backdoor botnet loader stealer infostealer rat worm spyware implant dropper payload payloads variant variants strain family exploit infection infected c2 beacon toolkit framework sample samples binary keylogger wiper rootkit';

/** Words that, near a common-word alias, show it names an entity of that kind ("the Hydra banking trojan"). */
const CUES: Partial<Record<EntityKind, ReadonlySet<string>>> = {
  'threat-actor': new Set(ACTOR.split(' ')),
  malware: new Set(SOFTWARE.split(' ')),
  tool: new Set(`${SOFTWARE} tool tools`.split(' ')),
  vulnerability: new Set(
    'vulnerability vulnerabilities flaw flaws bug cve exploit exploited patch patched'.split(' '),
  ),
  organization: new Set('company vendor firm researchers'.split(' ')),
  technique: new Set('technique techniques tactic tactics att&ck mitre'.split(' ')),
};

const WINDOW = 6;
const COMMON_WORD_WINDOW = 2;

/**
 * True when a cue word for `kind` occurs near tokens [first, last] in the same sentence: within six words, or
 * within two when the name is itself a common word ("the Play ransomware").
 */
export function hasContextCue(
  tokens: readonly Token[],
  first: number,
  last: number,
  kind: EntityKind,
  sentence: { start: number; end: number },
): boolean {
  const cues = CUES[kind];
  if (!cues) return false;
  const window = first === last && COMMON_WORDS.has(tokens[first]!.norm) ? COMMON_WORD_WINDOW : WINDOW;
  const from = Math.max(0, first - WINDOW * 2);
  const to = Math.min(tokens.length - 1, last + WINDOW * 2);
  let words = 0;
  for (let i = first - 1; i >= from && words < window; i--) {
    const token = tokens[i]!;
    if (token.start < sentence.start) break;
    if (!token.word) continue;
    words++;
    if (cues.has(token.norm)) return true;
  }
  words = 0;
  for (let i = last + 1; i <= to && words < window; i++) {
    const token = tokens[i]!;
    if (token.end > sentence.end) break;
    if (!token.word) continue;
    words++;
    if (cues.has(token.norm)) return true;
  }
  return false;
}
