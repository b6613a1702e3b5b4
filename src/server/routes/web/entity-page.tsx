import type { Handler } from 'hono';
import type { KnowledgeBase } from '../../../analysis/kb/kb-types.ts';
import { addDays, dayRange, localDate } from '../../../lib/time.ts';
import { renderVolumeChart } from '../../../publish/charts/volume-chart.ts';
import { isLedgerParty } from '../../../publish/present/entity-detail-dto.ts';
import { entityPath } from '../../../publish/present/highlight.ts';
import { type AppDeps, nowOf } from '../../deps.ts';
import { parseEntityId, parseId } from '../../params.ts';
import { Layout } from '../../views/layout.tsx';
import { LedgerTable } from '../../views/ledger-table.tsx';
import { StoryCard } from '../../views/story-sections.tsx';
import { SvgChart } from '../../views/svg-chart.tsx';
import { webError } from '../../web-error.tsx';
import { loadEntityDetail } from '../api/entity-detail.ts';
import { loadLedger } from '../api/ledger.ts';

const TIMELINE_DAYS = 60;
/** Stories listed per page; older ones follow `?before=<story id>` links (bounded work per page). */
const STORIES_PER_PAGE = 20;

/**
 * GET /entities/:id[?before=<story id>] : kind, aliases, country and description from the knowledge base, a
 * timeline of stories, co-occurring entities, the newest stories (older ones a page at a time) and, for
 * states and groups, attributions by and against them.
 */
export function entityPage(deps: AppDeps, kb: () => KnowledgeBase): Handler<object, '/entities/:id'> {
  return async (c) => {
    const id = parseEntityId(c.req.param('id'));
    if (id === undefined)
      return webError(c, 400, 'An entity id looks like kind:key, for example country:CN.');
    const rawBefore = c.req.query('before');
    const before = rawBefore === undefined ? undefined : parseId(rawBefore);
    if (rawBefore !== undefined && before === undefined)
      return webError(c, 400, 'before must be a story id (a positive whole number).');
    const found = await loadEntityDetail(deps, kb, id, {
      limit: STORIES_PER_PAGE,
      ...(before !== undefined ? { beforeId: before } : {}),
    });
    if (!found) return webError(c, 404, `There is no entity ${id}.`);
    const e = found.dto;
    const older = found.more ? e.stories.at(-1)?.id : undefined;
    const party = isLedgerParty(e.kind);
    // The ledger totals (kept on write) say which tables have rows: most groups never accuse anyone, and
    // a table the totals show empty costs no query.
    const roles = e.ledger;
    const [by, against, denials] = party
      ? await Promise.all([
          roles.accuser > 0
            ? loadLedger(deps, { types: ['attribution'], accuser: id, limit: 20 })
            : undefined,
          roles.accused > 0
            ? loadLedger(deps, { types: ['attribution'], accused: id, limit: 20 })
            : undefined,
          // Only the entity's own denials are shown: it denies, or it is the accused whose blame is denied.
          roles.denier > 0 || roles.accused > 0
            ? loadLedger(deps, { types: ['denial', 'attribution'], stance: 'denied', party: id, limit: 20 })
            : undefined,
        ])
      : [undefined, undefined, undefined];
    const ownDenials =
      denials?.data.filter((d) => d.deniers.some((p) => p.id === id) || d.accused.some((p) => p.id === id)) ??
      [];
    const allies = new Map<string, { name: string; path: string | null; count: number }>();
    for (const row of by?.data ?? []) {
      for (const p of [...row.accusers, ...row.supporters]) {
        if (p.id === id || !p.id) continue;
        const known = allies.get(p.id) ?? { name: p.name, path: p.path, count: 0 };
        allies.set(p.id, { ...known, count: known.count + 1 });
      }
    }
    const today = localDate(nowOf(deps), deps.config.timezone);
    const days = dayRange(addDays(today, -(TIMELINE_DAYS - 1)), TIMELINE_DAYS);
    const f = e.facts;
    return c.html(
      <Layout title={e.name}>
        <h1>{e.name}</h1>
        <p class="meta">
          <span class="kind">{e.kind}</span> · <code>{e.id}</code>
        </p>
        <dl class="facts">
          {f.aliases.length > 0 ? (
            <>
              <dt>Also known as</dt>
              <dd>{f.aliases.join(', ')}</dd>
            </>
          ) : null}
          {f.country ? (
            <>
              <dt>Country</dt>
              <dd>
                <a href={entityPath(f.country)}>{f.country_name ?? f.country}</a>
              </dd>
            </>
          ) : null}
          {f.type ? (
            <>
              <dt>Type</dt>
              <dd>{f.type}</dd>
            </>
          ) : null}
          {f.members.length > 0 ? (
            <>
              <dt>Members</dt>
              <dd>
                {f.members.map((m, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a href={entityPath(m)}>{m.replace(/^country:/, '')}</a>
                  </>
                ))}
              </dd>
            </>
          ) : null}
          {f.description ? (
            <>
              <dt>Description</dt>
              <dd>{f.description}</dd>
            </>
          ) : null}
          <dt>Knowledge base</dt>
          <dd>{f.kb_source ?? 'not in the knowledge base (found by patterns or context)'}</dd>
        </dl>
        <h2>Timeline</h2>
        <SvgChart
          svg={renderVolumeChart({
            days,
            points: e.timeline.map((t) => ({ day: t.day, section: 'stories', count: t.count })),
            series: [{ key: 'stories', title: `Stories mentioning ${e.name}`, color: '#1d4ed8' }],
            title: `Stories mentioning ${e.name} per day`,
          })}
          caption={`Stories mentioning ${e.name} per day over the last ${TIMELINE_DAYS} days.`}
        />
        {e.co_occurring.length > 0 ? (
          <section aria-labelledby="co-heading">
            <h2 id="co-heading">Often mentioned with</h2>
            <ul class="co-entities">
              {e.co_occurring.map((o) => (
                <li>
                  <a href={o.path}>{o.name}</a> <span class="kind">{o.kind}</span> · {o.story_count}{' '}
                  {o.story_count === 1 ? 'story' : 'stories'}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {party ? (
          <section aria-labelledby="ledger-heading">
            <h2 id="ledger-heading">Attributions</h2>
            <p class="meta">
              Accuses in {e.ledger.accuser}, accused in {e.ledger.accused}, supports {e.ledger.supporter},
              denies {e.ledger.denier}.{' '}
              <a href={`/attributions?accuser=${encodeURIComponent(id)}`}>As accuser in the ledger</a> ·{' '}
              <a href={`/attributions?accused=${encodeURIComponent(id)}`}>as accused</a>
            </p>
            <h3>Blamed by {e.name}</h3>
            <LedgerTable rows={by?.data ?? []} caption={`Attributions made by ${e.name}`} />
            {allies.size > 0 ? (
              <>
                <h3>Allies in attributions</h3>
                <ul>
                  {[...allies.entries()].map(([allyId, a]) => (
                    <li>
                      <a href={a.path ?? entityPath(allyId)}>{a.name}</a> · {a.count}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>Blaming {e.name}</h3>
            <LedgerTable rows={against?.data ?? []} caption={`Attributions against ${e.name}`} />
            <h3>Denials</h3>
            <LedgerTable rows={ownDenials} caption={`Denials involving ${e.name}`} />
          </section>
        ) : null}
        <h2>
          {before === undefined ? 'Stories' : 'Older stories'} mentioning {e.name}
        </h2>
        {e.stories.length === 0 ? <p>No stories mention this entity.</p> : null}
        <ol class="stories">
          {e.stories.map((story) => (
            <li>
              <StoryCard story={story} timeZone={deps.config.timezone} />
            </li>
          ))}
        </ol>
        {older !== undefined || before !== undefined ? (
          <nav class="pager" aria-label="More stories">
            {before !== undefined ? <a href={entityPath(id)}>Newest stories</a> : null}
            {older !== undefined && before !== undefined ? ' · ' : null}
            {older !== undefined ? (
              <a href={`${entityPath(id)}?before=${older}`} rel="next">
                Older stories
              </a>
            ) : null}
          </nav>
        ) : null}
      </Layout>,
    );
  };
}
