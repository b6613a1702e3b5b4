import { END, START } from './element-handlers.ts';
import type { Attrs, FeedBuilder } from './feed-builder.ts';
import { KNOWN_NAMESPACES } from './known-namespaces.ts';
import type { XmlSink } from './xml-scanner.ts';

type Scope = Map<string, string>;
/** A qualified element name, its handler key (`dc:creator` -> `dc_creator`) and its handlers. */
type Tag = {
  readonly tag: string;
  readonly key: string;
  readonly local: string;
  readonly start: (typeof START)[string] | undefined;
  readonly end: (typeof END)[string] | undefined;
  /** Whether the element ends a textinput (image) context: unprefixed and not one of their children. */
  readonly endsTextInput: boolean;
  readonly endsImage: boolean;
};

const NO_DECLARATIONS: Scope = new Map();
const KEEPS_TEXT_INPUT = new Set(['title', 'link', 'description', 'name']);
const KEEPS_IMAGE = new Set(['title', 'link', 'description', 'url', 'href', 'width', 'height']);

function tagOf(tag: string): Tag {
  const colon = tag.indexOf(':');
  const local = colon === -1 ? tag : tag.slice(colon + 1);
  const key = colon === -1 ? tag : `${tag.slice(0, colon)}_${local}`;
  const start = Object.hasOwn(START, key) ? START[key] : undefined;
  const end = Object.hasOwn(END, key) ? END[key] : undefined;
  const prefixed = colon !== -1;
  return {
    tag,
    key,
    local,
    start,
    end,
    endsTextInput: !prefixed && !KEEPS_TEXT_INPUT.has(tag),
    endsImage: !prefixed && !KEEPS_IMAGE.has(tag),
  };
}

const escapeAttr = (v: string): string =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Adapts scanner events to the feed builder: resolves namespaces to conventional prefixes, tracks
 * xml:base/xml:lang, re-serialises inline XHTML content and dispatches to the element handlers.
 */
export function createFeedSink(
  b: FeedBuilder,
  problems: string[],
  namespacesInUse: Record<string, string>,
): XmlSink {
  const scopes: Scope[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  const tags: Tag[] = [];
  // Qualified names depend only on the namespace declarations in scope: cached until those change.
  let elementNames = new Map<string, Tag>();
  let attributeNames = new Map<string, string>();
  const forgetNames = (): void => {
    if (elementNames.size > 0) elementNames = new Map();
    if (attributeNames.size > 0) attributeNames = new Map();
  };
  const lookup = (prefix: string): string | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  };
  const track = (prefix: string, uri: string): void => {
    const lower = uri.toLowerCase();
    if (!b.version) {
      if (prefix === '' && lower === 'http://my.netscape.com/rdf/simple/0.9/') b.version = 'rss090';
      else if (lower === 'http://purl.org/rss/1.0/') b.version = 'rss10';
      else if (lower === 'http://www.w3.org/2005/atom') b.version = 'atom10';
    }
    const known = KNOWN_NAMESPACES.get(
      lower.includes('backend.userland.com/rss') ? 'http://backend.userland.com/rss' : lower,
    );
    if (known !== undefined) namespacesInUse[known] = uri;
    else namespacesInUse[prefix] = uri;
  };
  const problem = (message: string): void => {
    if (problems.length < 100) problems.push(message);
  };
  const qualify = (raw: string, isAttr: boolean): string => {
    const colon = raw.indexOf(':');
    const given = colon === -1 ? '' : raw.slice(0, colon);
    const local = (colon === -1 ? raw : raw.slice(colon + 1)).toLowerCase();
    if (given === 'xmlns' || (raw === 'xmlns' && isAttr)) return raw.toLowerCase();
    const uri = isAttr && !given ? '' : lookup(given);
    if (uri === undefined) {
      if (given) problem(`undeclared namespace prefix ${given}:`);
      return given ? `${given.toLowerCase()}:${local}` : local;
    }
    const key = uri.toLowerCase().includes('backend.userland.com/rss')
      ? 'http://backend.userland.com/rss'
      : uri.toLowerCase();
    const prefix = KNOWN_NAMESPACES.get(key) ?? given.toLowerCase();
    return prefix ? `${prefix}:${local}` : local;
  };

  return {
    problem,
    text(value) {
      b.data(value);
    },
    start(rawName, rawAttrs) {
      let scope = NO_DECLARATIONS;
      for (const [name, value] of rawAttrs) {
        if (!name.startsWith('xmlns')) continue;
        if (scope === NO_DECLARATIONS) scope = new Map();
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      scopes.push(scope);
      if (scope !== NO_DECLARATIONS) {
        forgetNames();
        for (const [prefix, uri] of scope) track(prefix, uri);
      }
      let named = elementNames.get(rawName);
      if (named === undefined) {
        named = tagOf(qualify(rawName, false));
        elementNames.set(rawName, named);
      }
      const tag = named.tag;
      tags.push(named);
      b.depth++;
      const attrs: Attrs = {};
      const list: [string, string][] = [];
      for (const [name, value] of rawAttrs) {
        let key = attributeNames.get(name);
        if (key === undefined) {
          key = qualify(name, true);
          attributeNames.set(name, key);
        }
        const v = key === 'rel' || key === 'type' ? value.toLowerCase() : value;
        attrs[key] = v;
        list.push([key, v]);
      }
      b.enterScope(attrs);
      if (b.lang && (tag === 'feed' || tag === 'rss' || tag === 'rdf:rdf'))
        b.feed.language = b.lang.replace(/_/g, '-');
      const type = b.contentParams.type ?? 'xml';
      if (b.inContent && !type.endsWith('xml')) {
        if (tag === 'xhtml:div' || tag === 'div') return;
        b.contentParams.type = 'application/xhtml+xml';
      }
      if (b.inContent && b.contentParams.type === 'application/xhtml+xml') {
        const local = tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag;
        if (local === 'svg') b.svgOk++;
        const own = list.filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'));
        b.data(`<${local}${own.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`, false);
        return;
      }
      const key = named.key;
      if (named.endsTextInput) b.inTextInput = false;
      if (named.endsImage) b.inImage = false;
      const handler = named.start;
      if (handler) return handler(b, attrs);
      if (list.length === 0) return b.push(key, true);
      b.context()[key] = { ...attrs };
    },
    end() {
      const named = tags.pop() ?? tagOf('');
      const tag = named.tag;
      const suffix = named.local;
      if (suffix === 'svg' && b.svgOk > 0) b.svgOk--;
      const handler = b.svgOk > 0 ? undefined : named.end;
      if (handler) handler(b);
      else b.pop(named.key);
      const type = b.contentParams.type ?? 'xml';
      let skip = false;
      if (b.inContent && !type.endsWith('xml')) {
        if (tag === 'xhtml:div' || tag === 'div') skip = true;
        else b.contentParams.type = 'application/xhtml+xml';
      }
      if (!skip && b.inContent && b.contentParams.type === 'application/xhtml+xml') {
        b.data(`</${suffix}>`, false);
      }
      if (!skip) b.leaveScope();
      else b.leaveScope();
      if (scopes.pop() !== NO_DECLARATIONS) forgetNames();
      b.depth--;
    },
  };
}
