import type { Handler } from 'hono';
import { toSourceDto } from '../../../publish/present/source-dto.ts';
import { countArticlesPerSource } from '../../../store/repositories/browse.ts';
import { listSources } from '../../../store/repositories/sources.ts';
import type { AppDeps } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';
import { TimeView } from '../../views/time-view.tsx';

/** GET /sources : every polled source with its health (last success, last error, failures) and article count. */
export function sourcesPage(deps: AppDeps): Handler {
  return async (c) => {
    const [sources, counts] = await Promise.all([listSources(deps.db), countArticlesPerSource(deps.db)]);
    const zone = deps.config.timezone;
    const failing = sources.filter((s) => s.consecutiveFailures > 0).length;
    return c.html(
      <Layout title="Sources">
        <h1>Sources</h1>
        <p>
          {sources.length} {sources.length === 1 ? 'source' : 'sources'}, {failing} failing. Admins add and
          remove sources through the API (<code>POST /api/v1/sources</code>,{' '}
          <code>DELETE /api/v1/sources/&lt;id&gt;</code>) with the admin token.
        </p>
        <div class="table-wrap">
          <table class="sources">
            <caption>Polled sources and their health</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Health</th>
                <th scope="col">Last success</th>
                <th scope="col">Articles</th>
              </tr>
            </thead>
            <tbody>
              {sources.map(toSourceDto).map((s) => (
                <tr>
                  <td>
                    {s.name}
                    <br />
                    <a href={s.url} rel="noopener noreferrer" class="url">
                      {s.url}
                    </a>
                  </td>
                  <td class={s.failing ? 'failing' : 'healthy'}>
                    {s.failing ? (
                      <>
                        Failing ({s.consecutive_failures}×): <code>{s.last_error_code}</code>{' '}
                        {s.last_error_message}
                      </>
                    ) : s.last_success_at ? (
                      'Healthy'
                    ) : (
                      'Not polled yet'
                    )}
                  </td>
                  <td>{s.last_success_at ? <TimeView iso={s.last_success_at} timeZone={zone} /> : '—'}</td>
                  <td>{counts.get(s.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Layout>,
    );
  };
}
