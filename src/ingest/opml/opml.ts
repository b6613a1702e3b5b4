import { generateOpml, type Opml, parseOpml as parseOpmlDocument } from 'feedsmith';
import { err, ok, type Result } from '../../lib/result.ts';
import { resolveUrl } from '../../lib/url.ts';
import { hasEntityDeclarations } from '../feeds/detect-format.ts';

/** One subscription in an OPML file. */
export type OpmlSource = {
  readonly title: string;
  /** The feed URL (xmlUrl). */
  readonly url: string;
  /** The site URL (htmlUrl), when given. */
  readonly siteUrl: string | null;
  /** Text of the enclosing folder outline, when the source sits in one. */
  readonly category: string | null;
};

type Outline = Opml.Outline<string>;

function httpUrl(value: string | undefined): string | null {
  const url = value ? resolveUrl(value.trim(), undefined) : undefined;
  return url && /^https?:/i.test(url) ? url : null;
}

function collect(
  outlines: readonly Outline[],
  category: string | null,
  out: Map<string, OpmlSource>,
  depth: number,
): void {
  if (depth > 20) return;
  for (const outline of outlines) {
    const url = httpUrl(outline.xmlUrl ?? (outline.type === 'rss' ? outline.url : undefined));
    const name = (outline.title ?? outline.text ?? '').trim();
    if (url && !out.has(url)) {
      out.set(url, { title: name || url, url, siteUrl: httpUrl(outline.htmlUrl), category });
    }
    if (outline.outlines) collect(outline.outlines, url ? category : name || category, out, depth + 1);
  }
}

/**
 * Feed subscriptions of an OPML document (nested folders flattened, duplicates and non-http URLs
 * dropped); returns `malformed_opml` for unparseable input and never throws.
 */
export function parseOpml(xml: string): Result<OpmlSource[], 'malformed_opml'> {
  if (hasEntityDeclarations(xml))
    return err('malformed_opml', 'the OPML declares XML entities, which is refused');
  let document: Opml.Document<string>;
  try {
    document = parseOpmlDocument(xml);
  } catch (error) {
    return err(
      'malformed_opml',
      `not a valid OPML document: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const out = new Map<string, OpmlSource>();
  collect(document.body?.outlines ?? [], null, out, 0);
  return ok([...out.values()]);
}

/** Options for {@link renderOpml}. */
export type RenderOpmlOptions = { readonly title?: string; readonly dateCreated?: Date };

/** OPML 2.0 text for the sources, grouped into folder outlines by category; throws only on a bug. */
export function renderOpml(sources: readonly OpmlSource[], options: RenderOpmlOptions = {}): string {
  const toOutline = (s: OpmlSource): Opml.Outline<Date> => ({
    text: s.title,
    title: s.title,
    type: 'rss',
    xmlUrl: s.url,
    ...(s.siteUrl ? { htmlUrl: s.siteUrl } : {}),
  });
  const outlines: Opml.Outline<Date>[] = [];
  const folders = new Map<string, Opml.Outline<Date>[]>();
  for (const source of sources) {
    if (!source.category) {
      outlines.push(toOutline(source));
      continue;
    }
    let folder = folders.get(source.category);
    if (!folder) {
      folder = [];
      folders.set(source.category, folder);
      outlines.push({ text: source.category, outlines: folder });
    }
    folder.push(toOutline(source));
  }
  return generateOpml({
    head: {
      title: options.title ?? 'Threatbrief sources',
      ...(options.dateCreated ? { dateCreated: options.dateCreated } : {}),
    },
    body: { outlines },
  });
}
