import type { Handler } from 'hono';
import { listDigests } from '../../../store/repositories/digests.ts';
import type { AppDeps } from '../../deps.ts';
import { Layout } from '../../views/layout.tsx';

/** GET /digests : every stored digest, newest first, with the sign-up page and the feeds linked. */
export function digestArchivePage(deps: AppDeps): Handler {
  return async (c) => {
    const digests = await listDigests(deps.db);
    return c.html(
      <Layout title="Digest archive">
        <h1>Digest archive</h1>
        <p>
          The daily Cyber Security Analysis and Threat Intelligence brief.{' '}
          <a href="/subscribe">Get it by email</a>, or follow it as{' '}
          <a href="/feeds/digests.xml" type="application/rss+xml">
            RSS
          </a>{' '}
          or{' '}
          <a href="/feeds/digests.json" type="application/feed+json">
            JSON Feed
          </a>
          . Stories as they come: <a href="/feeds/stories.xml">RSS</a> ·{' '}
          <a href="/feeds/stories.json">JSON Feed</a>.
        </p>
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
