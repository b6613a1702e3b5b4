import { type Attrs, type FeedBuilder, mapContentType } from './feed-builder.ts';
import { type FeedDict, type FeedValue, isDict, setDefault } from './feed-model.ts';
import { safeAbsoluteUrl } from './feed-urls.ts';
import { mediaHandlers } from './media-handlers.ts';

type Start = (b: FeedBuilder, attrs: Attrs) => void;
type End = (b: FeedBuilder) => void;

const ITUNES = 'http://www.itunes.com/';
const HTML_TYPES = new Set(['application/xhtml+xml', 'text/html']);
const RSS_VERSIONS: Readonly<Record<string, string>> = {
  '0.91': 'rss091u',
  '0.92': 'rss092',
  '0.93': 'rss093',
  '0.94': 'rss094',
};
const ATOM_VERSIONS: Readonly<Record<string, string>> = { '0.1': 'atom01', '0.2': 'atom02', '0.3': 'atom03' };

function cdfCommon(b: FeedBuilder, attrs: Attrs): void {
  if (attrs.lastmod !== undefined) {
    START.updated?.(b, {});
    const top = b.stack[b.stack.length - 1];
    if (top) top.pieces = [attrs.lastmod];
    END.updated?.(b);
  }
  if (attrs.href !== undefined) {
    START.link?.(b, {});
    const top = b.stack[b.stack.length - 1];
    if (top) top.pieces = [attrs.href];
    END.link?.(b);
  }
}

const startAuthor: Start = (b) => {
  b.inAuthor = true;
  b.push('author', true);
  (setDefault(b.context(), 'authors', []) as FeedValue[]).push({});
};
const endAuthor: End = (b) => {
  b.pop('author');
  b.inAuthor = false;
  b.syncAuthorDetail();
};
const startPublisher: Start = (b) => b.push('publisher', true);
const endPublisher: End = (b) => {
  b.pop('publisher');
  b.syncAuthorDetail('publisher');
};
const startPublished: Start = (b) => b.push('published', true);
const endPublished: End = (b) => b.save('published_parsed', b.date(b.pop('published')), true);
const startUpdated: Start = (b) => b.push('updated', true);
const endUpdated: End = (b) => b.save('updated_parsed', b.date(b.pop('updated')), true);
const startCreated: Start = (b) => b.push('created', true);
const endCreated: End = (b) => b.save('created_parsed', b.date(b.pop('created')), true);
const startSubtitle: Start = (b, a) => b.pushContent('subtitle', a, 'text/plain', true);
const endSubtitle: End = (b) => void b.popContent('subtitle');
const startRights: Start = (b, a) => b.pushContent('rights', a, 'text/plain', true);
const endRights: End = (b) => void b.popContent('rights');
const startLanguage: Start = (b) => b.push('language', true);
const endLanguage: End = (b) => {
  b.lang = b.pop('language') ?? null;
};
const startName: Start = (b) => b.push('name', false);
const endName: End = (b) => {
  const value = b.pop('name') ?? '';
  if (b.inPublisher) b.saveAuthor('name', value, 'publisher');
  else if (b.inAuthor) b.saveAuthor('name', value);
  else if (b.inContributor) b.saveContributor('name', value);
  else if (b.inTextInput) b.context().name = value;
};
const startEmail: Start = (b) => b.push('email', false);
const endEmail: End = (b) => {
  const value = b.pop('email') ?? '';
  if (b.inPublisher) b.saveAuthor('email', value, 'publisher');
  else if (b.inAuthor) b.saveAuthor('email', value);
  else if (b.inContributor) b.saveContributor('email', value);
};
const startUrl: Start = (b) => b.push('href', true);
const endUrl: End = (b) => {
  const value = b.pop('href') ?? '';
  if (b.inAuthor) b.saveAuthor('href', value);
  else if (b.inContributor) b.saveContributor('href', value);
};
const startCategory: Start = (b, a) => {
  b.addTag(a.term, a.scheme ?? a.domain, a.label);
  b.push('category', true);
};
const endCategory: End = (b) => {
  const value = b.pop('category');
  if (!value) return;
  const tags = b.context().tags;
  const last = Array.isArray(tags) ? tags[tags.length - 1] : undefined;
  if (isDict(last) && !last.term) last.term = value;
  else b.addTag(value, null, null);
};
const startTitle: Start = (b, a) =>
  b.pushContent('title', a, 'text/plain', b.inFeed || b.inEntry || b.inSource);
const endTitle: End = (b) => {
  if (b.popContent('title')) b.titleDepth = b.depth;
};
const startContent: Start = (b, a) => {
  b.hasContent = true;
  b.pushContent('content', a, 'text/plain', true);
  if (a.src) b.contentParams.src = a.src;
};
const endContent: End = (b) => {
  const copy = ['text/plain', ...HTML_TYPES].includes(mapContentType(b.contentParams.type ?? ''));
  const value = b.popContent('content');
  if (copy) b.save('summary', value ?? '');
};
const startDescription: Start = (b, a) => {
  if (b.has('summary') && !b.hasContent) {
    b.summaryKey = 'content';
    startContent(b, a);
  } else b.pushContent('description', a, 'text/html', b.inFeed || b.inEntry || b.inSource);
};
const endDescription: End = (b) => {
  if (b.summaryKey === 'content') endContent(b);
  else b.popContent('description');
  b.summaryKey = null;
};
const startSummary: Start = (b, a) => {
  if (b.has('summary') && !b.hasContent) {
    b.summaryKey = 'content';
    startContent(b, a);
  } else {
    b.summaryKey = 'summary';
    b.pushContent('summary', a, 'text/plain', true);
  }
};
const endSummary: End = (b) => {
  if (b.summaryKey === 'content') endContent(b);
  else b.popContent(b.summaryKey ?? 'summary');
  b.summaryKey = null;
};
const startItem: Start = (b, a) => {
  b.entries.push({});
  b.push('item', false);
  b.inEntry = true;
  b.guidIsLink = false;
  b.titleDepth = -1;
  if (a['rdf:about']) b.context().id = a['rdf:about'];
  cdfCommon(b, a);
};
const endItem: End = (b) => {
  b.pop('item');
  b.inEntry = false;
  b.hasContent = false;
};
const startGuid: Start = (b, a) => {
  b.guidIsLink = (a.ispermalink ?? 'true') === 'true';
  b.push('id', true);
};
const endGuid: End = (b) => {
  const value = b.pop('id') ?? '';
  b.save('guidislink', b.guidIsLink && !b.has('link'));
  if (b.guidIsLink) b.save('link', value);
};
const startLink: Start = (b, attrs) => {
  const a = b.enforceHref(attrs);
  a.rel ??= 'alternate';
  a.type ??= a.rel === 'self' ? 'application/atom+xml' : 'text/html';
  if (a.href !== undefined) a.href = b.resolveUri(a.href);
  if (a.rel === 'alternate' && HTML_TYPES.has(mapContentType(a.type))) b.isEntryLink = true;
  const context = b.context();
  const links = setDefault(context, 'links', []) as FeedValue[];
  if (!(b.inEntry && b.inImage)) links.push({ ...a });
  if (a.href !== undefined) {
    if (b.isEntryLink) context.link = a.href;
  } else b.push('link', b.inFeed || b.inEntry || b.inSource);
};
const endLink: End = (b) => {
  b.pop('link');
  b.isEntryLink = false;
};
const startContentEncoded: Start = (b, a) => {
  b.hasContent = true;
  b.pushContent('content', a, 'text/html', true);
};
const startImage: Start = (b) => {
  const context = b.context();
  if (!b.inEntry) setDefault(context, 'image', {});
  b.inImage = true;
  b.titleDepth = -1;
  b.push('image', false);
};
const startTextInput: Start = (b) => {
  setDefault(b.context(), 'textinput', {});
  b.inTextInput = true;
  b.titleDepth = -1;
  b.push('textinput', false);
};
const endTextInput: End = (b) => {
  b.pop('textinput');
  b.inTextInput = false;
};
const startItunesImage: Start = (b, a) => {
  b.push('itunes_image', false);
  const href = a.href || a.url;
  if (href) b.context().image = { href };
};
const startInfo: Start = (b, a) => b.pushContent('info', a, 'text/plain', true);
const endInfo: End = (b) => void b.popContent('info');
const intOr0 = (s: string | undefined): number => (/^\s*[+-]?\d+\s*$/.test(s ?? '') ? Number(s) : 0);

const MEDIA = mediaHandlers({
  startTitle,
  endTitle,
  startDescription,
  endDescription,
  startCategory,
  endCategory,
});

/** Start-tag handlers by element key (`prefix_local`, e.g. `dc_creator`). */
export const START: Readonly<Record<string, Start>> = {
  rss: (b, a) => {
    if (!b.version.startsWith('rss')) {
      const v = a.version ?? '';
      b.version = RSS_VERSIONS[v] ?? (v.startsWith('2.') ? 'rss20' : 'rss');
    }
  },
  channel: (b, a) => {
    b.inFeed = true;
    cdfCommon(b, a);
  },
  feed: (b, a) => {
    b.inFeed = true;
    if (!b.version) b.version = ATOM_VERSIONS[a.version ?? ''] ?? 'atom';
  },
  image: startImage,
  textinput: startTextInput,
  author: startAuthor,
  managingeditor: startAuthor,
  contributor: (b) => {
    b.inContributor = true;
    (setDefault(b.context(), 'contributors', []) as FeedValue[]).push({});
    b.push('contributor', false);
  },
  name: startName,
  width: (b) => b.push('width', false),
  height: (b) => b.push('height', false),
  url: startUrl,
  homepage: startUrl,
  uri: startUrl,
  email: startEmail,
  subtitle: startSubtitle,
  tagline: startSubtitle,
  rights: startRights,
  copyright: startRights,
  item: startItem,
  entry: startItem,
  language: startLanguage,
  webmaster: startPublisher,
  published: startPublished,
  issued: startPublished,
  pubdate: startPublished,
  updated: startUpdated,
  modified: startUpdated,
  lastbuilddate: startUpdated,
  created: startCreated,
  expirationdate: (b) => b.push('expired', true),
  category: startCategory,
  keywords: startCategory,
  cloud: (b, a) => {
    b.context().cloud = { ...a };
  },
  link: startLink,
  guid: startGuid,
  id: startGuid,
  title: startTitle,
  description: startDescription,
  abstract: (b, a) => b.pushContent('description', a, 'text/plain', b.inFeed || b.inEntry || b.inSource),
  info: startInfo,
  feedburner_browserfriendly: startInfo,
  generator: (b, attrs) => {
    const a = b.enforceHref(attrs);
    if (a.href !== undefined) a.href = b.resolveUri(a.href);
    b.context().generator_detail = { ...a };
    b.push('generator', true);
  },
  summary: startSummary,
  enclosure: (b, attrs) => {
    const a = b.enforceHref(attrs);
    (setDefault(b.context(), 'links', []) as FeedValue[]).push({ ...a, rel: 'enclosure' });
  },
  source: (b, a) => {
    if (a.url !== undefined) b.sourceData.href = a.url;
    b.push('source', true);
    b.inSource = true;
    b.titleDepth = -1;
  },
  content: startContent,
  body: (b, a) => b.pushContent('content', a, 'application/xhtml+xml', true),
  xhtml_body: (b, a) => b.pushContent('content', a, 'application/xhtml+xml', true),
  content_encoded: startContentEncoded,
  fullitem: startContentEncoded,
  newlocation: (b) => b.push('newlocation', true),
  tags: (b) => b.push('tags', true),
  dc_author: startAuthor,
  dc_creator: startAuthor,
  dc_date: startUpdated,
  dc_description: startDescription,
  dc_language: startLanguage,
  dc_publisher: startPublisher,
  dc_rights: startRights,
  dc_subject: startCategory,
  dc_title: startTitle,
  dcterms_created: startCreated,
  dcterms_issued: startPublished,
  dcterms_modified: startUpdated,
  dcterms_valid: (b) => b.push('validity', true),
  dc_contributor: (b) => {
    b.inContributor = true;
    (setDefault(b.context(), 'contributors', []) as FeedValue[]).push({});
    b.push('name', false);
  },
  itunes_author: startAuthor,
  itunes_name: startName,
  itunes_email: startEmail,
  itunes_subtitle: startSubtitle,
  itunes_summary: startSummary,
  itunes_owner: (b) => {
    b.inPublisher = true;
    b.push('publisher', false);
  },
  itunes_category: (b, a) => {
    b.addTag(a.text, ITUNES, null);
    b.push('category', true);
  },
  itunes_image: startItunesImage,
  itunes_link: startItunesImage,
  ...MEDIA.start,
};

/** End-tag handlers by element key. */
export const END: Readonly<Record<string, End>> = {
  channel: (b) => {
    b.inFeed = false;
  },
  feed: (b) => {
    b.inFeed = false;
  },
  image: (b) => {
    b.pop('image');
    b.inImage = false;
  },
  textinput: endTextInput,
  author: endAuthor,
  managingeditor: endAuthor,
  contributor: (b) => {
    b.pop('contributor');
    b.inContributor = false;
  },
  name: endName,
  width: (b) => {
    const value = intOr0(b.pop('width'));
    if (b.inImage) b.context().width = value;
  },
  height: (b) => {
    const value = intOr0(b.pop('height'));
    if (b.inImage) b.context().height = value;
  },
  url: endUrl,
  homepage: endUrl,
  uri: endUrl,
  email: endEmail,
  subtitle: endSubtitle,
  tagline: endSubtitle,
  rights: endRights,
  copyright: endRights,
  item: endItem,
  entry: endItem,
  language: endLanguage,
  webmaster: endPublisher,
  published: endPublished,
  issued: endPublished,
  pubdate: endPublished,
  updated: endUpdated,
  modified: endUpdated,
  lastbuilddate: endUpdated,
  created: endCreated,
  expirationdate: (b) => b.save('expired_parsed', b.date(b.pop('expired')), true),
  category: endCategory,
  keywords: endCategory,
  link: endLink,
  guid: endGuid,
  id: endGuid,
  title: endTitle,
  description: endDescription,
  abstract: endDescription,
  info: endInfo,
  feedburner_browserfriendly: endInfo,
  generator: (b) => {
    const value = b.pop('generator') ?? '';
    const detail = b.context().generator_detail;
    if (isDict(detail)) detail.name = value;
  },
  summary: endSummary,
  source: (b) => {
    b.inSource = false;
    const value = b.pop('source');
    if (value) b.sourceData.title = value;
    b.context().source = structuredClone(b.sourceData);
    b.sourceData = {};
  },
  content: endContent,
  body: endContent,
  xhtml_body: endContent,
  content_encoded: endContent,
  fullitem: endContent,
  newlocation: (b) => {
    const url = b.pop('newlocation') ?? '';
    if (b.context() === b.feed) b.feed.newlocation = safeAbsoluteUrl(b.baseUri, url.trim());
  },
  tags: (b) => {
    for (const term of (b.pop('tags') ?? '').split(',')) b.addTag(term.trim(), null, null);
  },
  dc_author: endAuthor,
  dc_creator: endAuthor,
  dc_date: endUpdated,
  dc_description: endDescription,
  dc_language: endLanguage,
  dc_publisher: endPublisher,
  dc_rights: endRights,
  dc_subject: endCategory,
  dc_title: endTitle,
  dcterms_created: endCreated,
  dcterms_issued: endPublished,
  dcterms_modified: endUpdated,
  dcterms_valid: (b) => {
    for (const detail of (b.pop('validity') ?? '').split(';')) {
      const at = detail.indexOf('=');
      if (at === -1) continue;
      const key = detail.slice(0, at);
      const value = detail.slice(at + 1);
      if (key === 'start' || key === 'end') {
        b.save(`validity_${key}`, value, true);
        b.save(`validity_${key}_parsed`, b.date(value), true);
      }
    }
  },
  dc_contributor: (b) => {
    endName(b);
    b.inContributor = false;
  },
  itunes_author: endAuthor,
  itunes_category: endCategory,
  itunes_name: endName,
  itunes_email: endEmail,
  itunes_subtitle: endSubtitle,
  itunes_summary: endSummary,
  itunes_owner: (b) => {
    b.pop('publisher');
    b.inPublisher = false;
    b.syncAuthorDetail('publisher');
  },
  itunes_keywords: (b) => {
    for (const term of (b.pop('itunes_keywords') ?? '').split(',')) {
      if (term.trim()) b.addTag(term.trim(), ITUNES, null);
    }
  },
  ...MEDIA.end,
  itunes_block: (b) => {
    const value = b.pop('itunes_block', false);
    b.context().itunes_block = value === 'yes' || value === 'Yes' ? 1 : 0;
  },
  itunes_explicit: (b) => {
    const value = b.pop('itunes_explicit', false);
    b.context().itunes_explicit = value === 'yes' ? true : value === 'clean' ? false : null;
  },
};

/** Keeps `FeedDict` in the import list for declaration emit of the handler tables. */
export type HandlerTarget = FeedDict;
