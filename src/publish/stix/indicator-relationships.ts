import type { AnalysisEntity } from '../../domain/analysis.ts';
import type { ArticleScope } from './article-scope.ts';
import { indicatorObject, observableFor, parseIndicatorId } from './indicator-objects.ts';

const AGENT_TYPES = /^(malware|intrusion-set|threat-actor)--/;

/**
 * IOCs and techniques of one article: each IOC becomes an indicator (pattern over the refanged value) `based-on`
 * its SCO; an indicator `indicates` a malware family or actor named in the same sentence (confidence 60), or
 * the only one the article names (50); likewise that sole malware or actor `uses` the article's ATT&CK
 * techniques (50). Co-occurrence in news is weak evidence, hence Med confidence at most.
 */
export function mapIndicatorsAndTechniques(scope: ArticleScope, entities: readonly AnalysisEntity[]): void {
  const agents = entities
    .map((entity) => ({
      entity,
      id: entity.kind === 'indicator' ? undefined : scope.refOf(entity.id, 'agent'),
    }))
    .filter((item): item is { entity: AnalysisEntity; id: string } => !!item.id && AGENT_TYPES.test(item.id));
  const sole = agents.length === 1 ? agents[0] : undefined;
  for (const entity of entities) {
    if (entity.kind === 'technique') {
      const technique = scope.refOf(entity.id, 'place');
      if (technique && sole) scope.relate(sole.id, 'uses', technique, { confidence: 50 });
      continue;
    }
    if (entity.kind !== 'indicator') continue;
    const parsed = parseIndicatorId(entity.id);
    const observable = parsed ? observableFor(entity.type ?? parsed.type, parsed.value) : undefined;
    if (!observable) continue;
    const sco = scope.add(observable.sco, false);
    const indicator = scope.add(indicatorObject(observable, scope.published, scope.published), true);
    scope.relate(indicator, 'based-on', sco);
    const sentences = new Set(entity.mentions.map((mention) => mention.sentence));
    for (const agent of agents) {
      const together = agent.entity.mentions.some((mention) => sentences.has(mention.sentence));
      if (together) scope.relate(indicator, 'indicates', agent.id, { confidence: 60 });
      else if (agent === sole) scope.relate(indicator, 'indicates', agent.id, { confidence: 50 });
    }
  }
}
