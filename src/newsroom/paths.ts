import type { ArticleRef, OutletId } from './types.ts';

/** Returns the server-relative path of an article page, e.g. `/patch-wire/articles/x.html`. */
export function articlePath(ref: ArticleRef): string {
  return `/${ref.outlet}/articles/${ref.slug}.html`;
}

/** Returns the server-relative path of an outlet's home page, e.g. `/patch-wire/`. */
export function outletHomePath(outlet: OutletId): string {
  return `/${outlet}/`;
}
