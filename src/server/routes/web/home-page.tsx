import type { Handler } from 'hono';
import { SECTION_TITLES, SECTIONS } from '../../../domain/story.ts';
import { addDays, dayRange, isIsoDate, localDate, zonedDayRange } from '../../../lib/time.ts';
import { renderVolumeChart } from '../../../publish/charts/volume-chart.ts';
import { groupBySection } from '../../../publish/present/group-by-section.ts';
import { countStoriesPerDay } from '../../../store/repositories/browse.ts';
import { listRecentStories, listStoriesBetween } from '../../../store/repositories/stories.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { loadStoryDtos } from '../../load-stories.ts';
import { Layout } from '../../views/layout.tsx';
import { SECTION_SERIES } from '../../views/section-colors.ts';
import { StorySections } from '../../views/story-sections.tsx';
import { SvgChart } from '../../views/svg-chart.tsx';
import { BadParam, one, readSection } from '../api/query.ts';

const RECENT_LIMIT = 30;
const CHART_DAYS = 14;

/**
 * GET /?date=&section= : the day's stories (today in the configured zone by default) by section with counts,
 * filters, and a chart of story volume per day; the most recent stories when the day has none.
 */
export function homePage(deps: AppDeps): Handler {
  return async (c) => {
    const zone = deps.config.timezone;
    const today = localDate(nowOf(deps), zone);
    const rawDate = one(c, 'date');
    if (rawDate !== undefined && !isIsoDate(rawDate))
      throw new BadParam('invalid_date', 'date must be written YYYY-MM-DD');
    const day = rawDate ?? today;
    const section = readSection(c);
    const { from, to } = zonedDayRange(day, zone);
    const all = await listStoriesBetween(deps.db, from, to);
    const dayStories = section ? all.filter((s) => s.section === section) : all;
    const fallback = all.length === 0 && rawDate === undefined;
    const stories = fallback ? await listRecentStories(deps.db, { limit: RECENT_LIMIT }) : dayStories;
    const groups = groupBySection(await loadStoryDtos(deps.db, stories), (s) => s.section);
    const counts = new Map<string, number>();
    for (const s of all) counts.set(s.section, (counts.get(s.section) ?? 0) + 1);
    const chartFrom = addDays(day, -(CHART_DAYS - 1));
    const days = dayRange(chartFrom, CHART_DAYS);
    const volume = await countStoriesPerDay(
      deps.db,
      `${chartFrom}T00:00:00.000Z`,
      `${addDays(day, 1)}T00:00:00.000Z`,
    );
    const heading = day === today ? `Today's stories, ${day}` : `Stories of ${day}`;
    return c.html(
      <Layout title={`Stories for ${day}`}>
        <h1>{fallback ? 'Most recent stories' : heading}</h1>
        {fallback ? (
          <p class="notice">
            No new stories have been collected for {day} yet; showing the most recent ones.
          </p>
        ) : (
          <p class="notice">
            {all.length} {all.length === 1 ? 'story' : 'stories'}, ranked by how many outlets reported them.
          </p>
        )}
        <form class="filters" method="get" action="/" aria-label="Filter stories">
          <label>
            Day <input type="date" name="date" value={day} />
          </label>
          <label>
            Section{' '}
            <select name="section">
              <option value="">All sections</option>
              {SECTIONS.map((s) => (
                <option value={s} selected={s === section}>
                  {SECTION_TITLES[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Show</button>
        </form>
        {all.length > 0 ? (
          <ul class="section-counts" aria-label="Stories per section">
            {SECTIONS.filter((s) => counts.has(s)).map((s) => (
              <li>
                <a href={`/?date=${day}&section=${s}`}>{SECTION_TITLES[s]}</a>{' '}
                <span class="count">{counts.get(s)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {groups.length === 0 ? <p>No stories match.</p> : null}
        <StorySections groups={groups} timeZone={zone} />
        <h2>Story volume</h2>
        <SvgChart
          svg={renderVolumeChart({
            days,
            points: volume,
            series: SECTION_SERIES,
            title: `Stories per day by section, ${days[0]} to ${day}`,
          })}
          caption={`New stories per day (UTC) by section over the ${CHART_DAYS} days to ${day}.`}
        />
      </Layout>,
    );
  };
}
