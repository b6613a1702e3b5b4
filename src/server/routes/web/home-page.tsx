import type { Handler } from 'hono';
import { localDate, zonedDayRange } from '../../../lib/time.ts';
import { groupBySection } from '../../../publish/present/group-by-section.ts';
import { listRecentStories, listStoriesBetween } from '../../../store/repositories/stories.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { loadStoryDtos } from '../../load-stories.ts';
import { Layout } from '../../views/layout.tsx';
import { StorySections } from '../../views/story-sections.tsx';

const RECENT_LIMIT = 30;

/** GET / : today's stories (in the configured zone) by section; the most recent ones when today has none. */
export function homePage(deps: AppDeps): Handler {
  return async (c) => {
    const zone = deps.config.timezone;
    const today = localDate(nowOf(deps), zone);
    const { from, to } = zonedDayRange(today, zone);
    const todays = await listStoriesBetween(deps.db, from, to);
    const stories = todays.length > 0 ? todays : await listRecentStories(deps.db, { limit: RECENT_LIMIT });
    const groups = groupBySection(await loadStoryDtos(deps.db, stories), (s) => s.section);
    return c.html(
      <Layout title={`Stories for ${today}`}>
        <h1>{todays.length > 0 ? `Today's stories, ${today}` : 'Most recent stories'}</h1>
        {todays.length === 0 ? (
          <p class="notice">
            No new stories have been collected for {today} yet; showing the most recent ones.
          </p>
        ) : (
          <p class="notice">
            {todays.length} {todays.length === 1 ? 'story' : 'stories'}, ranked by how many outlets reported
            them.
          </p>
        )}
        {groups.length === 0 ? <p>No stories have been collected yet.</p> : null}
        <StorySections groups={groups} timeZone={zone} />
      </Layout>,
    );
  };
}
