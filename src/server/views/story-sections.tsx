import { html } from 'hono/html';
import type { FC } from 'hono/jsx';
import { localDateTime } from '../../lib/time.ts';
import type { SectionGroup } from '../../publish/present/group-by-section.ts';
import type { StoryDto } from '../../publish/present/story-dto.ts';

/**
 * One story as a card: title link, outlet count, first-seen time and the outlets that carried it. Built with
 * the escaping `html` template rather than JSX: entity and home pages show up to 50 cards, and this renders
 * the same markup in half the time.
 */
export const StoryCard: FC<{ story: StoryDto; timeZone: string }> = ({ story, timeZone }) => {
  const t = Date.parse(story.first_seen_at);
  const seen = Number.isNaN(t) ? story.first_seen_at : localDateTime(t, timeZone);
  const outlets = story.outlets.map(
    (o, i) => html`${i > 0 ? ' · ' : ''}<a href="${o.url}" rel="noopener noreferrer">${o.outlet}</a>`,
  );
  return html`<article class="story-card"><h3><a href="${story.path}">${story.title}</a></h3><p class="meta">${story.outlet_count} ${story.outlet_count === 1 ? 'outlet' : 'outlets'} · first seen <time datetime="${story.first_seen_at}">${seen}</time></p><p class="outlets">${outlets}</p></article>`;
};

/** Stories grouped under section headings, in digest order. */
export const StorySections: FC<{ groups: SectionGroup<StoryDto>[]; timeZone: string }> = ({
  groups,
  timeZone,
}) => (
  <>
    {groups.map((g) => (
      <section class="story-section" aria-labelledby={`section-${g.section}`}>
        <h2 id={`section-${g.section}`}>{g.title}</h2>
        <ol class="stories">
          {g.items.map((story) => (
            <li>
              <StoryCard story={story} timeZone={timeZone} />
            </li>
          ))}
        </ol>
      </section>
    ))}
  </>
);
