import type { Handler } from 'hono';
import { findEntity, listEntityStoryIds } from '../../../store/repositories/entities.ts';
import type { AppDeps } from '../../deps.ts';
import { findStories, loadStoryDtos } from '../../load-stories.ts';
import { parseEntityId } from '../../params.ts';
import { Layout } from '../../views/layout.tsx';
import { StoryCard } from '../../views/story-sections.tsx';
import { webError } from '../../web-error.tsx';

const STORY_LIMIT = 100;

/** GET /entities/:id : the entity's kind and name, and the stories that mention it, newest first. */
export function entityPage(deps: AppDeps): Handler<object, '/entities/:id'> {
  return async (c) => {
    const id = parseEntityId(c.req.param('id'));
    if (id === undefined)
      return webError(c, 400, 'An entity id looks like kind:key, for example country:CN.');
    const entity = await findEntity(deps.db, id);
    if (!entity) return webError(c, 404, `There is no entity ${id}.`);
    const stories = await findStories(deps.db, await listEntityStoryIds(deps.db, id, STORY_LIMIT));
    const dtos = await loadStoryDtos(deps.db, stories);
    return c.html(
      <Layout title={entity.name}>
        <h1>{entity.name}</h1>
        <p class="meta">
          <span class="kind">{entity.kind}</span> · <code>{entity.id}</code>
        </p>
        <h2>Stories mentioning {entity.name}</h2>
        {dtos.length === 0 ? <p>No stories mention this entity.</p> : null}
        <ol class="stories">
          {dtos.map((story) => (
            <li>
              <StoryCard story={story} timeZone={deps.config.timezone} />
            </li>
          ))}
        </ol>
      </Layout>,
    );
  };
}
