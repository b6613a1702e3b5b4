import type { Handler } from 'hono';
import { ENTITY_KINDS, EVENT_TYPES } from '../../../domain/analysis.ts';
import { snippetRuns } from '../../../publish/present/search-snippet.ts';
import type { AppDeps } from '../../deps.ts';
import { FacetList } from '../../views/facet-list.tsx';
import { Layout } from '../../views/layout.tsx';
import { TimeView } from '../../views/time-view.tsx';
import { readSearchPage, readSearchQuery, runSearch } from '../api/search-results.ts';

const FACET_PARAMS = ['kind', 'entity', 'type', 'source'] as const;

/**
 * GET /search?q=&kind=&entity=&type=&source=&from=&to=&cursor= : ranked stories with highlighted snippets and
 * facets (entity kind, entity, event type, source, date range) as links that refine the search.
 */
export function searchPage(deps: AppDeps): Handler {
  return async (c) => {
    const query = readSearchQuery(c);
    const page = readSearchPage(c, 20);
    const result = query.text.trim() ? await runSearch(deps.db, query, page) : undefined;
    const current = new URLSearchParams();
    current.set('q', query.text);
    const active: Record<string, string[]> = {
      kind: [...(query.entityKinds ?? [])],
      entity: [...(query.entityIds ?? [])],
      type: [...(query.eventTypes ?? [])],
      source: [...(query.outlets ?? [])],
    };
    for (const p of FACET_PARAMS) for (const v of active[p] ?? []) current.append(p, v);
    const from = c.req.query('from') ?? '';
    const to = c.req.query('to') ?? '';
    if (from) current.set('from', from);
    if (to) current.set('to', to);
    const href = (param: string, value: string, on: boolean) => {
      const next = new URLSearchParams([...current].filter(([k, v]) => !(k === param && v === value)));
      if (on) next.append(param, value);
      return `/search?${next}`;
    };
    const nextPage = result?.next_cursor
      ? `/search?${new URLSearchParams([...current, ['cursor', result.next_cursor]])}`
      : null;
    const title = query.text ? `Search: ${query.text}` : 'Search';
    return c.html(
      <Layout title={title}>
        <h1>Search</h1>
        <search>
          <form class="search-form" method="get" action="/search">
            <label for="search-q">Search stories</label>
            <input
              id="search-q"
              type="search"
              name="q"
              value={query.text}
              placeholder='ransomware, "supply chain", CVE-2024-3400, ransom*'
            />
            {FACET_PARAMS.flatMap((p) =>
              (active[p] ?? []).map((v) => <input type="hidden" name={p} value={v} />),
            )}
            <label>
              From <input type="date" name="from" value={from} />
            </label>
            <label>
              To <input type="date" name="to" value={to} />
            </label>
            <button type="submit">Search</button>
          </form>
        </search>
        {!result ? (
          <p>
            Type words to find; <code>ransom*</code> matches a prefix and <code>"supply chain"</code> a
            phrase. Filter by entity kind ({ENTITY_KINDS.slice(0, 4).join(', ')}, …) or event type (
            {EVENT_TYPES.slice(0, 3).join(', ')}, …) once results show.
          </p>
        ) : (
          <div class="search-layout">
            <section class="results" aria-labelledby="results-heading">
              <h2 id="results-heading">
                {result.story_count} {result.story_count === 1 ? 'story' : 'stories'}
                <span class="meta">
                  {' '}
                  ({result.total_capped ? `${result.total_articles}+` : result.total_articles} matching{' '}
                  {result.total_articles === 1 ? 'article' : 'articles'})
                </span>
              </h2>
              {result.data.length === 0 ? (
                <p>Nothing matches; try fewer words or a prefix such as ransom*.</p>
              ) : null}
              <ol class="stories">
                {result.data.map((h) => (
                  <li>
                    <article class="story-card search-hit">
                      <h3>
                        <a href={h.story.path}>{h.story.title}</a>
                      </h3>
                      <p class="snippet">
                        {snippetRuns(h.snippet).map((r) =>
                          r.hit ? <mark class="hit">{r.text}</mark> : r.text,
                        )}
                      </p>
                      <p class="meta">
                        {h.story.section_title} · {h.story.outlet_count}{' '}
                        {h.story.outlet_count === 1 ? 'outlet' : 'outlets'} · first seen{' '}
                        <TimeView iso={h.story.first_seen_at} timeZone={deps.config.timezone} />
                      </p>
                    </article>
                  </li>
                ))}
              </ol>
              {nextPage ? (
                <p>
                  <a href={nextPage} rel="next">
                    More results
                  </a>
                </p>
              ) : null}
            </section>
            <aside class="facets" aria-label="Refine the search">
              <h2>Refine</h2>
              <FacetList
                title="Entity kind"
                param="kind"
                facets={result.facets.entity_kinds}
                active={active.kind ?? []}
                href={href}
              />
              <FacetList
                title="Entity"
                param="entity"
                facets={result.facets.entities}
                active={active.entity ?? []}
                href={href}
              />
              <FacetList
                title="Event type"
                param="type"
                facets={result.facets.event_types}
                active={active.type ?? []}
                href={href}
              />
              <FacetList
                title="Source"
                param="source"
                facets={result.facets.sources}
                active={active.source ?? []}
                href={href}
              />
            </aside>
          </div>
        )}
      </Layout>,
    );
  };
}
