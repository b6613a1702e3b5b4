import { raw } from 'hono/html';
import type { Child, FC } from 'hono/jsx';

// The header, navigation and footer never change: rendered once, not on every request (they were a tenth of
// a story page's rendering). The same markup as inline JSX, so pages are byte-for-byte unchanged.
const TOP = raw(
  (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          Threatbrief
        </a>
        <span class="tagline">Cyber Security Analysis and Threat Intelligence</span>
        <search>
          <form class="header-search" method="get" action="/search">
            <label for="header-q" class="visually-hidden">
              Search stories
            </label>
            <input id="header-q" type="search" name="q" placeholder="Search stories" />
            <button type="submit">Search</button>
          </form>
        </search>
      </header>
      <nav class="site-nav" aria-label="Main">
        <ul>
          <li>
            <a href="/">Today</a>
          </li>
          <li>
            <a href="/search">Search</a>
          </li>
          <li>
            <a href="/attributions">Attributions</a>
          </li>
          <li>
            <a href="/sources">Sources</a>
          </li>
          <li>
            <a href="/digests">Digests</a>
          </li>
          <li>
            <a href="/api/v1/openapi.json">API</a>
          </li>
        </ul>
      </nav>
    </>
  ).toString(),
);
const BOTTOM = raw(
  (
    <footer class="site-footer">
      <p>
        Threatbrief: cyber news merged into stories and analysed for entities, with links to every outlet.
        Data as JSON under <a href="/api/v1/stories">/api/v1</a>.
      </p>
    </footer>
  ).toString(),
);

/** The shared page frame: header, navigation, main content and footer landmarks; no scripts. */
export const Layout: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <>
    {raw('<!DOCTYPE html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Threatbrief`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        {TOP}
        <main id="main">{children}</main>
        {BOTTOM}
      </body>
    </html>
  </>
);
