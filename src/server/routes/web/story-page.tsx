import type { Handler } from 'hono';
import { entityPath, highlightSegments } from '../../../publish/present/highlight.ts';
import { toStoryDetailDto } from '../../../publish/present/story-detail-dto.ts';
import { findArticleAnalysis, listStoryArticles } from '../../../store/repositories/articles.ts';
import { listStoryEntities } from '../../../store/repositories/entities.ts';
import { findStory } from '../../../store/repositories/stories.ts';
import type { AppDeps } from '../../deps.ts';
import { parseId } from '../../params.ts';
import { HighlightedText } from '../../views/highlighted-text.tsx';
import { Layout } from '../../views/layout.tsx';
import { TimeView } from '../../views/time-view.tsx';
import { webError } from '../../web-error.tsx';

/** GET /stories/:id : every outlet, the first reporter, the representative text with entities highlighted. */
export function storyPage(deps: AppDeps): Handler<object, '/stories/:id'> {
  return async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === undefined) return webError(c, 400, 'A story id is a positive whole number.');
    const story = await findStory(deps.db, id);
    if (!story) return webError(c, 404, `There is no story ${id}.`);
    const articles = await listStoryArticles(deps.db, id);
    const analysis = story.representativeArticleId
      ? await findArticleAnalysis(deps.db, story.representativeArticleId)
      : undefined;
    const dto = toStoryDetailDto(story, articles, analysis, await listStoryEntities(deps.db, id));
    const zone = deps.config.timezone;
    const rep = dto.representative;
    return c.html(
      <Layout title={dto.title}>
        <article class="story">
          <h1>{dto.title}</h1>
          <p class="meta">
            {dto.section_title} · {dto.article_count} {dto.article_count === 1 ? 'article' : 'articles'} from{' '}
            {dto.outlet_count} {dto.outlet_count === 1 ? 'outlet' : 'outlets'}
            {dto.first_reporter ? (
              <>
                {' '}
                · first reported by{' '}
                <a href={dto.first_reporter.url} rel="noopener noreferrer">
                  {dto.first_reporter.outlet}
                </a>{' '}
                at <TimeView iso={dto.first_reporter.published_at} timeZone={zone} />
              </>
            ) : null}
          </p>
          <h2>Coverage</h2>
          <ul class="outlet-list">
            {dto.outlets.map((o) => (
              <li>
                <a href={o.url} rel="noopener noreferrer">
                  {o.outlet}
                </a>
                : {o.title} · <TimeView iso={o.published_at} timeZone={zone} />
              </li>
            ))}
          </ul>
          {rep ? (
            <section aria-labelledby="text-heading">
              <h2 id="text-heading">Text</h2>
              <p class="meta">
                As published by {rep.outlet}; entities found by the analysis are highlighted.
              </p>
              <HighlightedText
                segments={highlightSegments(rep.text, dto.entities, { from: rep.body_start })}
              />
            </section>
          ) : null}
          <section aria-labelledby="entities-heading">
            <h2 id="entities-heading">Entities</h2>
            {dto.entities.length === 0 ? <p>No entities found yet.</p> : null}
            <ul class="entity-list">
              {dto.entities.map((e) => (
                <li>
                  <a href={entityPath(e.id)}>{e.name}</a> <span class="kind">{e.kind}</span> ·{' '}
                  {e.mention_count} {e.mention_count === 1 ? 'mention' : 'mentions'}
                </li>
              ))}
            </ul>
          </section>
        </article>
      </Layout>,
    );
  };
}
