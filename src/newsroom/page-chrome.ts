import { escapeXml } from './escape.ts';
import type { Outlet } from './outlets.ts';
import { outletHomePath } from './paths.ts';

/** What `renderPage` wraps in the site chrome. */
export interface PageInput {
  readonly outlet: Outlet | undefined;
  readonly title: string;
  /** Extra `<head>` markup (meta, link); must already be escaped. */
  readonly head: string;
  /** Markup for inside `<main>`; must already be escaped. */
  readonly main: string;
}

/** Returns a complete HTML5 page with header, navigation and footer around `main`. */
export function renderPage(page: PageInput): string {
  const siteName = page.outlet?.name ?? 'Sample Newsroom';
  const home = page.outlet === undefined ? '/' : outletHomePath(page.outlet.id);
  const nav = (page.outlet?.sections ?? [])
    .map((section) => `<li><a href="${home}#${slugify(section)}">${escapeXml(section)}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(page.title)}</title>
${page.head}
</head>
<body>
<header class="site-header">
<a class="logo" href="${home}">${escapeXml(siteName)}</a>
<nav aria-label="Sections"><ul>${nav}<li><a href="/">All outlets</a></li></ul></nav>
<form class="search" action="${home}" role="search"><input type="search" name="q" placeholder="Search"></form>
</header>
<main>
${page.main}
</main>
<footer class="site-footer">
<p>&#169; ${escapeXml(siteName)}. All rights reserved.</p>
<nav aria-label="Footer"><a href="${home}">Home</a> | <a href="${home}#about">About us</a> | <a href="${home}#privacy">Privacy policy</a> | <a href="${home}#contact">Contact</a></nav>
<p>Subscribe to our newsletter for the top cyber security headlines every morning.</p>
</footer>
</body>
</html>
`;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
