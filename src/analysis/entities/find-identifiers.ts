import type { KnowledgeBase } from '../kb/kb-types.ts';
import { type Candidate, PRIORITY } from './candidate.ts';

const CVE_RE = /(?<![\w-])CVE[-\u2010-\u2013 ](\d{4})[-\u2010-\u2013](\d{4,7})(?![\w-])/gi;
const TECHNIQUE_RE = /(?<![\w.-])(T1\d{3})(?:\.(\d{3}))?(?![\w-]|\.\d)/g;

/** Normalises a CVE id to upper case with ASCII hyphens ("cve–2021–26855" -> "CVE-2021-26855"). */
export function normalizeCve(text: string): string | undefined {
  const match = /^CVE[-\u2010-\u2013 ](\d{4})[-\u2010-\u2013](\d{4,7})$/i.exec(text.trim());
  return match ? `CVE-${match[1]}-${match[2]}` : undefined;
}

/** Finds CVE ids (`cve:CVE-2021-26855`, kind vulnerability) and ATT&CK technique ids (`technique:T1566.001`). */
export function findIdentifiers(text: string, kb: KnowledgeBase): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(CVE_RE)) {
    const id = `CVE-${match[1]}-${match[2]}`;
    candidates.push({
      start: match.index,
      end: match.index + match[0].length,
      id: `cve:${id}`,
      kind: 'vulnerability',
      name: id,
      rule: 'pattern:cve',
      priority: PRIORITY.pattern,
    });
  }
  for (const match of text.matchAll(TECHNIQUE_RE)) {
    const techniqueId = match[2] ? `${match[1]}.${match[2]}` : match[1]!;
    const entry = kb.byId.get(`technique:${techniqueId}`);
    candidates.push({
      start: match.index,
      end: match.index + match[0].length,
      id: `technique:${techniqueId}`,
      kind: 'technique',
      name: entry?.name ?? techniqueId,
      rule: 'pattern:attack-technique',
      priority: PRIORITY.pattern,
    });
  }
  return candidates;
}
