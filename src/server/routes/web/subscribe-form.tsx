import type { FC } from 'hono/jsx';
import { SECTION_TITLES, SECTIONS, type Section } from '../../../domain/story.ts';
import { formatTopics, parseTopics, type TopicFilter } from '../../../publish/subscriptions/topic-filter.ts';

/** The topic fields shared by the sign-up and preferences forms: section boxes and a free-form watch list. */
export const TopicFields: FC<{ topics?: TopicFilter }> = ({ topics }) => (
  <>
    <fieldset>
      <legend>Sections (tick none to get them all)</legend>
      {SECTIONS.map((s) => (
        <p>
          <label>
            <input type="checkbox" name="section" value={s} checked={topics?.sections.includes(s) ?? false} />{' '}
            {SECTION_TITLES[s]}
          </label>
        </p>
      ))}
    </fieldset>
    <p>
      <label for="topics">
        Also stories about (actors, countries, vendors, products, CVEs), comma-separated
      </label>
      <br />
      <input
        id="topics"
        name="topics"
        type="text"
        size={60}
        maxlength={2000}
        placeholder="actor:apt28, country:CN, vendor:microsoft, CVE-2026-1234, exchange"
        value={topics ? formatTopics({ ...topics, sections: [] }) : ''}
      />
    </p>
  </>
);

/** Reads the topic fields of a submitted form; an error message when the watch list does not parse. */
export function topicsFromForm(
  body: Record<string, string | File | (string | File)[]>,
): TopicFilter | string {
  const raw = body.section;
  const sections = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (s): s is Section => typeof s === 'string' && (SECTIONS as readonly string[]).includes(s),
  );
  const free = typeof body.topics === 'string' ? body.topics : '';
  const parsed = parseTopics([free, ...sections.map((s) => `section:${s}`)]);
  return parsed.ok ? parsed.value : parsed.message;
}
