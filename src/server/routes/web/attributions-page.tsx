import type { Handler } from 'hono';
import { renderHeatmap } from '../../../publish/charts/heatmap.ts';
import type { AppDeps } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';
import { LedgerTable } from '../../views/ledger-table.tsx';
import { SvgChart } from '../../views/svg-chart.tsx';
import { loadMatrix } from '../api/attribution-matrix.ts';
import { loadLedger, readLedgerQuery } from '../api/ledger.ts';

const AXIS = 12;

/**
 * GET /attributions?accuser=&accused=&type=&stance=&from=&to=&cursor= : the attribution ledger as a filterable
 * table, with an accuser × accused heatmap and the same matrix as a table.
 */
export function attributionsPage(deps: AppDeps): Handler {
  return async (c) => {
    const q = readLedgerQuery(c, 50);
    const [ledger, matrix] = await Promise.all([loadLedger(deps, q), loadMatrix(deps, { ...q })]);
    const total = (key: 'accuser' | 'accused') => {
      const m = new Map<string, { id: string; name: string; n: number }>();
      for (const cell of matrix) {
        const p = cell[key];
        const known = m.get(p.id) ?? { id: p.id, name: p.name, n: 0 };
        m.set(p.id, { ...known, n: known.n + cell.count });
      }
      return [...m.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id)).slice(0, AXIS);
    };
    const rows = total('accuser');
    const columns = total('accused');
    const cells = matrix.map((m) => ({ row: m.accuser.id, column: m.accused.id, count: m.count }));
    const params = new URLSearchParams(c.req.url.split('?')[1] ?? '');
    params.delete('cursor');
    const next = ledger.next_cursor
      ? `/attributions?${new URLSearchParams([...params, ['cursor', ledger.next_cursor]])}`
      : null;
    return c.html(
      <Layout title="Attribution ledger">
        <h1>Attribution ledger</h1>
        <p>
          Who publicly blamed whom for cyber activity, who backed them, and who denied it, with the evidence
          sentence.
        </p>
        <form class="filters" method="get" action="/attributions" aria-label="Filter the ledger">
          <label>
            Accuser <input name="accuser" value={q.accuser ?? ''} placeholder="country:US" />
          </label>
          <label>
            Accused <input name="accused" value={q.accused ?? ''} placeholder="country:CN" />
          </label>
          <label>
            Stance{' '}
            <select name="stance">
              <option value="">Any</option>
              {['asserted', 'denied', 'possible', 'reported'].map((s) => (
                <option value={s} selected={s === q.stance}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            From <input type="date" name="from" value={q.from?.slice(0, 10) ?? ''} />
          </label>
          <button type="submit">Filter</button>
        </form>
        <h2>Accuser × accused</h2>
        {matrix.length === 0 ? (
          <p>No attributions with identified parties yet.</p>
        ) : (
          <>
            <SvgChart
              svg={renderHeatmap({ rows, columns, cells, title: 'Attributions: accuser by accused' })}
              caption="Rows accuse columns; darker cells mean more attributions."
            />
            <details>
              <summary>The matrix as a table</summary>
              <div class="table-wrap">
                <table class="matrix">
                  <caption>Attributions by accuser (rows) and accused (columns)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Accuser</th>
                      {columns.map((col) => (
                        <th scope="col">{col.name}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr>
                        <th scope="row">{r.name}</th>
                        {columns.map((col) => {
                          const n =
                            matrix.find((m) => m.accuser.id === r.id && m.accused.id === col.id)?.count ?? 0;
                          return (
                            <td>
                              {n > 0 ? (
                                <a
                                  href={`/attributions?accuser=${encodeURIComponent(r.id)}&accused=${encodeURIComponent(col.id)}`}
                                >
                                  {n}
                                </a>
                              ) : (
                                '0'
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
        <h2>Ledger</h2>
        <LedgerTable rows={ledger.data} caption="Attributions, denials and claims, newest first" />
        {next ? (
          <p>
            <a href={next} rel="next">
              Older entries
            </a>
          </p>
        ) : null}
      </Layout>,
    );
  };
}
