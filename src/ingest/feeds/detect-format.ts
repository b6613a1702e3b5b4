/** What a document looks like before parsing: one of the feed formats, HTML, or unknown. */
export type SniffedFormat = 'rss' | 'rdf' | 'atom' | 'json' | 'html' | 'unknown';

/** Strips the BOM, XML declaration, comments, processing instructions and DOCTYPE from the head. */
function skipProlog(text: string): string {
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  for (let guard = 0; guard < 50; guard++) {
    const next = rest
      .replace(/^<\?[\s\S]*?\?>/, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .replace(/^<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '')
      .trimStart();
    if (next === rest) return rest;
    rest = next;
  }
  return rest;
}

/** Sniffs the format from the root element (or a leading `{` for JSON Feed); never throws. */
export function detectFormat(text: string): SniffedFormat {
  const head = skipProlog(text.slice(0, 65536));
  if (head.startsWith('{')) return 'json';
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(head)?.[1]?.toLowerCase();
  if (!root) return 'unknown';
  if (root === 'rss') return 'rss';
  if (root === 'feed' || root.endsWith(':feed')) return 'atom';
  if (root === 'rdf:rdf' || root.endsWith(':rdf') || root === 'rdf') return 'rdf';
  if (root === 'html' || root === 'head' || root === 'body') return 'html';
  // Some RSS 0.9x feeds omit <rss> and start at <channel>.
  if (root === 'channel') return 'rss';
  return 'unknown';
}

/** True when the document declares entities in a DOCTYPE internal subset (billion laughs, XXE). */
export function hasEntityDeclarations(text: string): boolean {
  // Only the prolog can declare entities: stop at the first start tag so prose about XXE in a CDATA
  // section further down does not count.
  const head = text.slice(0, 65536);
  const root = /<[A-Za-z_]/.exec(head);
  const prolog = root ? head.slice(0, root.index) : head;
  return /<!ENTITY/i.test(prolog);
}
