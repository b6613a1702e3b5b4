import type { EntityKind } from '../../domain/analysis.ts';
import { slugify } from '../../lib/slug.ts';
import { asRecord, asRecords, asString, asStrings, shortDescription } from './json-guards.ts';
import type { KbEntry } from './kb-types.ts';

type StixObject = Record<string, unknown>;

const SOFTWARE: Readonly<Record<string, { kind: EntityKind; prefix: string }>> = {
  'intrusion-set': { kind: 'threat-actor', prefix: 'actor' },
  malware: { kind: 'malware', prefix: 'malware' },
  tool: { kind: 'tool', prefix: 'tool' },
};

/**
 * Converts a MITRE ATT&CK STIX bundle into entries: intrusion sets -> threat actors, malware, tools, and
 * attack patterns -> `technique:T1566.001`. Revoked and deprecated objects are skipped; pure, never throws.
 */
export function importAttack(bundle: unknown): KbEntry[] {
  const live = asRecords(asRecord(bundle)?.objects).filter(
    (object) => object.revoked !== true && object.x_mitre_deprecated !== true,
  );
  const techniques = live.filter((object) => object.type === 'attack-pattern');
  const entries: KbEntry[] = [...techniqueEntries(techniques)];
  for (const object of live) {
    const target = SOFTWARE[String(object.type)];
    const name = asString(object.name)?.trim();
    if (!target || !name || !slugify(name)) continue;
    const externalId = attackId(object);
    const aliases = [name, ...asStrings(object.aliases), ...asStrings(object.x_mitre_aliases)];
    if (externalId) aliases.push(externalId);
    const description = shortDescription(asString(object.description)?.replace(/\(Citation:[^)]*\)/g, ''));
    entries.push({
      id: `${target.prefix}:${slugify(name)}`,
      kind: target.kind,
      name,
      aliases: [...new Set(aliases)],
      ...(description ? { description } : {}),
      source: 'attack',
    });
  }
  return entries;
}

function techniqueEntries(objects: readonly StixObject[]): KbEntry[] {
  const named = objects
    .map((object) => ({ id: attackId(object), name: asString(object.name)?.trim() }))
    .filter((item): item is { id: string; name: string } => !!item.id && !!item.name);
  const nameById = new Map(named.map((item) => [item.id, item.name]));
  const nameCount = new Map<string, number>();
  for (const item of named)
    nameCount.set(item.name.toLowerCase(), (nameCount.get(item.name.toLowerCase()) ?? 0) + 1);
  return named.map(({ id, name }) => {
    const parentName = id.includes('.') ? nameById.get(id.slice(0, id.indexOf('.'))) : undefined;
    const display = parentName ? `${parentName}: ${name}` : name;
    const aliases = [display, id];
    if (parentName && nameCount.get(name.toLowerCase()) === 1 && name.includes(' ')) aliases.push(name);
    return {
      id: `technique:${id}`,
      kind: 'technique',
      name: display,
      aliases,
      source: 'attack',
    } satisfies KbEntry;
  });
}

function attackId(object: StixObject): string | undefined {
  const reference = asRecords(object.external_references).find((ref) => ref.source_name === 'mitre-attack');
  return asString(reference?.external_id);
}
