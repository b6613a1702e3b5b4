import type { Handler } from 'hono';
import { annotateText } from '../../../publish/present/annotate-text.ts';
import { entityPath } from '../../../publish/present/highlight.ts';
import type { AppDeps } from '../../deps.ts';
import { parseId } from '../../params.ts';
import { AnnotatedText, EvidenceNotes } from '../../views/annotated-text.tsx';
import { Layout } from '../../views/layout.tsx';
import { StoryCard } from '../../views/story-sections.tsx';
import { TimeView } from '../../views/time-view.tsx';
import { webError } from '../../web-error.tsx';
import { loadStoryDetail } from '../api/story-detail.ts';

/**
 * GET /stories/:id : every outlet and time, the representative text with entity mentions and event triggers
 * highlighted (each linking to its evidence note), events with arguments, quotes with speakers, related stories.
 */
export function storyPage(deps: AppDeps): Handler<object, '/stories/:id'> {
  return async (c) => {
    const id = parseId(c.req.param('id'));
    if (id === undefined) return webError(c, 400, 'A story id is a positive whole number.');
    const dto = await loadStoryDetail(deps, id);
    if (!dto) return webError(c, 404, `There is no story ${id}.`);
    const zone = deps.config.timezone;
    const rep = dto.representative;
    const annotated = rep
      ? annotateText(rep.text, { entities: dto.entities, events: dto.events }, { from: rep.body_start })
      : undefined;
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
          {rep && annotated ? (
            <section aria-labelledby="text-heading">
              <h2 id="text-heading">Text</h2>
              <p class="meta">
                As published by {rep.outlet}. Entities (<mark class="entity">marked</mark>) and event triggers
                (<mark class="trigger">marked</mark>) found by the analysis are highlighted: select one to see
                the rule and the evidence.
              </p>
              <AnnotatedText segments={annotated.segments} />
              <EvidenceNotes notes={annotated.notes} />
            </section>
          ) : null}
          <section aria-labelledby="events-heading">
            <h2 id="events-heading">Events</h2>
            {dto.events.length === 0 ? <p>No events found in this text.</p> : null}
            <ol class="event-list">
              {dto.events.map((e, i) => (
                <li id={`event-${i + 1}`}>
                  <p>
                    <strong>{e.type}</strong> <span class="kind">{e.stance}</span> · “{e.trigger.text}” ·
                    confidence {e.confidence.toFixed(2)}
                  </p>
                  {e.arguments.length > 0 ? (
                    <dl class="arguments">
                      {e.arguments.map((a) => (
                        <>
                          <dt>{a.role}</dt>
                          <dd>
                            {a.entity_path ? <a href={a.entity_path}>{a.entity_name ?? a.text}</a> : a.text}
                          </dd>
                        </>
                      ))}
                    </dl>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">Quotes</h2>
            {dto.quotes.length === 0 ? <p>No quotations found in this text.</p> : null}
            {dto.quotes.map((q) => (
              <figure class="quote">
                <blockquote>{q.text}</blockquote>
                <figcaption>
                  {q.speaker_path ? (
                    <a href={q.speaker_path}>{q.speaker_name ?? q.speaker}</a>
                  ) : (
                    (q.speaker_name ?? 'Unattributed')
                  )}
                </figcaption>
              </figure>
            ))}
          </section>
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
          {dto.related.length > 0 ? (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">Related stories</h2>
              <ol class="stories">
                {dto.related.map((s) => (
                  <li>
                    <StoryCard story={s} timeZone={zone} />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </article>
      </Layout>,
    );
  };
}
