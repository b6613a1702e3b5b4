import type { Analysis } from '../../domain/analysis.ts';
import { SECTION_TITLES, SECTIONS, type Section } from '../../domain/story.ts';
import { entityPath } from '../present/highlight.ts';
import type { DigestAnalysis, DigestAttribution, DigestItem, DigestRef } from './digest-model.ts';
import { attributionPairs, type DigestMemory } from './score-story.ts';

/** One story of the day as the analysis block sees it. */
export type AnalysedStory = {
  readonly item: DigestItem;
  readonly section: Section;
  readonly analysis: Analysis | undefined;
};

const MAX_ATTRIBUTIONS = 8;
const MAX_ACTORS = 5;
const MAX_CVES = 10;

function ref(base: string, id: string | null, fallback: string, analysis: Analysis | undefined): DigestRef {
  const name = (id && analysis?.entities.find((e) => e.id === id)?.name) || fallback;
  return { id, name, url: id ? `${base}${entityPath(id)}` : null };
}

/**
 * The analysis on top of a digest: attributions (who accused whom; those already seen in `memory` are
 * left out), the most active threat actors by stories mentioning them, CVEs not in `memory`, and the
 * story count of every section against the previous day's (when `previousSectionCounts` is given). Stories without events or analysis simply contribute nothing.
 */
export function buildAnalysisBlock(
  base: string,
  stories: readonly AnalysedStory[],
  memory: DigestMemory | undefined,
  previousSectionCounts?: Readonly<Partial<Record<Section, number>>>,
): DigestAnalysis {
  const attributions: DigestAttribution[] = [];
  const seenPairs = new Set<string>();
  const actors = new Map<string, { name: string; stories: Set<number> }>();
  const cves = new Map<string, { name: string; storyUrl: string }>();
  for (const { item, analysis } of stories) {
    for (const pair of attributionPairs(analysis)) {
      if (seenPairs.has(pair.key) || memory?.attributionKeys.has(pair.key)) continue;
      seenPairs.add(pair.key);
      attributions.push({
        accuser: ref(base, pair.accuser.id, pair.accuser.text, analysis),
        accused: ref(base, pair.accused.id, pair.accused.text, analysis),
        stance: pair.stance,
        storyTitle: item.title,
        storyUrl: item.url,
      });
    }
    for (const entity of analysis?.entities ?? []) {
      if (entity.kind === 'threat-actor') {
        const actor = actors.get(entity.id) ?? { name: entity.name, stories: new Set<number>() };
        actor.stories.add(item.storyId);
        actors.set(entity.id, actor);
      }
      if (entity.id.startsWith('cve:') && !memory?.entityIds.has(entity.id) && !cves.has(entity.id))
        cves.set(entity.id, { name: entity.name, storyUrl: item.url });
    }
  }
  const counts = new Map<Section, number>();
  for (const s of stories) counts.set(s.section, (counts.get(s.section) ?? 0) + 1);
  return {
    attributions: attributions.slice(0, MAX_ATTRIBUTIONS),
    activeActors: [...actors.entries()]
      .sort((a, b) => b[1].stories.size - a[1].stories.size || a[1].name.localeCompare(b[1].name))
      .slice(0, MAX_ACTORS)
      .map(([id, a]) => ({ id, name: a.name, url: `${base}${entityPath(id)}`, storyCount: a.stories.size })),
    newCves: [...cves.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .slice(0, MAX_CVES)
      .map(([id, c]) => ({ id, name: c.name, url: `${base}${entityPath(id)}`, storyUrl: c.storyUrl })),
    sectionCounts: SECTIONS.filter((s) => counts.has(s) || (previousSectionCounts?.[s] ?? 0) > 0).map(
      (id) => ({
        id,
        title: SECTION_TITLES[id],
        count: counts.get(id) ?? 0,
        previous: previousSectionCounts ? (previousSectionCounts[id] ?? 0) : null,
      }),
    ),
  };
}
