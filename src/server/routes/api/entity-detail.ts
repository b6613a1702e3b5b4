import type { KnowledgeBase } from '../../../analysis/kb/kb-types.ts';
import {
  type EntityDetailPageDto,
  toCoEntityDto,
  toEntityFactsDto,
} from '../../../publish/present/entity-detail-dto.ts';
import { entityPath } from '../../../publish/present/highlight.ts';
import { countEntityLedgerRoles } from '../../../store/repositories/attributions.ts';
import { countEntityStoriesPerDay, listCoOccurringEntities } from '../../../store/repositories/browse.ts';
import { findEntity, listEntityStoryIds } from '../../../store/repositories/entities.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { findStories, loadStoryDtos } from '../../load-stories.ts';

const STORY_LIMIT = 50;
const TIMELINE_DAYS = 60;

/** A memoised knowledge-base getter: the injected one, or the built-in KB loaded on first use. */
export function kbLookup(deps: AppDeps, load: () => KnowledgeBase): () => KnowledgeBase {
  let kb = deps.kb;
  return () => {
    kb ??= load();
    return kb;
  };
}

/** Which stories an entity detail lists: `limit` newest (default 50), older than story `beforeId` when given. */
export type EntityStoryPage = { readonly limit?: number; readonly beforeId?: number };

/**
 * Everything the entity page and API show about an entity, or undefined when it is unknown; `more` is true
 * when older stories than those listed exist.
 */
export async function loadEntityDetail(
  deps: AppDeps,
  kb: () => KnowledgeBase,
  id: string,
  page: EntityStoryPage = {},
): Promise<{ readonly dto: EntityDetailPageDto; readonly more: boolean } | undefined> {
  const entity = await findEntity(deps.db, id);
  if (!entity) return undefined;
  const since = new Date(nowOf(deps).getTime() - TIMELINE_DAYS * 86_400_000).toISOString();
  const limit = page.limit ?? STORY_LIMIT;
  const [storyIds, timeline, co, ledger] = await Promise.all([
    listEntityStoryIds(deps.db, id, limit + 1, page.beforeId),
    countEntityStoriesPerDay(deps.db, id, since),
    listCoOccurringEntities(deps.db, id, { limit: 15 }),
    countEntityLedgerRoles(deps.db, id),
  ]);
  const base = kb();
  const facts = toEntityFactsDto(base.byId.get(id), (countryId) => base.byId.get(countryId)?.name ?? null);
  const dto: EntityDetailPageDto = {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    path: entityPath(entity.id),
    facts,
    timeline,
    co_occurring: co.map(toCoEntityDto),
    ledger,
    stories: await loadStoryDtos(deps.db, await findStories(deps.db, storyIds.slice(0, limit))),
  };
  return { dto, more: storyIds.length > limit };
}
