import type { FC } from 'hono/jsx';
import type { AttributionDto, PartyDto } from '../../publish/present/event-dto.ts';

const Parties: FC<{ parties: readonly PartyDto[] }> = ({ parties }) => (
  <>
    {parties.length === 0
      ? '—'
      : parties.map((p, i) => (
          <>
            {i > 0 ? ', ' : ''}
            {p.path ? <a href={p.path}>{p.name}</a> : p.name}
          </>
        ))}
  </>
);

/** The attribution ledger as a table: date, type and stance, accusers, accused, supporters, evidence, story. */
export const LedgerTable: FC<{ rows: readonly AttributionDto[]; caption: string }> = ({ rows, caption }) =>
  rows.length === 0 ? (
    <p>None recorded.</p>
  ) : (
    <div class="table-wrap">
      <table class="ledger">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Accuser</th>
            <th scope="col">Accused</th>
            <th scope="col">Supporters</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <time datetime={r.published_at}>{r.published_at.slice(0, 10)}</time>
              </td>
              <td>
                {r.type} <span class="kind">{r.stance}</span>
              </td>
              <td>
                <Parties parties={r.accusers.length > 0 ? r.accusers : r.deniers} />
              </td>
              <td>
                <Parties parties={r.accused} />
              </td>
              <td>
                <Parties parties={r.supporters} />
              </td>
              <td>
                {r.sentence}
                {r.story_path ? (
                  <>
                    {' '}
                    <a href={r.story_path}>story</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
