import type { Handler } from 'hono';
import { listDigests } from '../../../store/repositories/digests.ts';
import type { AppDeps } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';

/** GET /digests : every stored digest, newest first. */
export function digestArchivePage(deps: AppDeps): Handler {
  return async (c) => {
    const digests = await listDigests(deps.db);
    return c.html(
      <Layout title="Digest archive">
        <h1>Digest archive</h1>
        {digests.length === 0 ? <p>No digests have been built yet.</p> : null}
        <ul class="digest-list">
          {digests.map((d) => (
            <li>
              <a href={`/digests/${d.date}`}>{d.date}</a> · {d.storyCount}{' '}
              {d.storyCount === 1 ? 'story' : 'stories'}
            </li>
          ))}
        </ul>
      </Layout>,
    );
  };
}
