import type { FeedFormat, OutletId } from './types.ts';

/** Static description of one simulated outlet. */
export interface Outlet {
  readonly id: OutletId;
  readonly name: string;
  readonly tagline: string;
  readonly format: FeedFormat;
  /** Feed path relative to the server root. */
  readonly feedPath: string;
  /** Whether feed entries carry the full article HTML (otherwise summaries only). */
  readonly fullContent: boolean;
  /** Query string appended to article links in the feed, as many publishers do for analytics. */
  readonly trackingQuery: string;
  /** Navigation sections shown in the page chrome. */
  readonly sections: readonly string[];
}

/** The four outlets of the sample newsroom, in display order. */
export const OUTLETS: readonly Outlet[] = [
  {
    id: 'cyber-ledger',
    name: 'Cyber Ledger',
    tagline: 'Independent reporting on cyber conflict, crime and policy',
    format: 'rss',
    feedPath: '/cyber-ledger/feed.xml',
    fullContent: true,
    trackingQuery: '',
    sections: ['Nation States', 'Cybercrime', 'Policy', 'Breaches'],
  },
  {
    id: 'patch-wire',
    name: 'Patch Wire',
    tagline: 'Vulnerabilities, patches and exploitation, every day',
    format: 'atom',
    feedPath: '/patch-wire/atom.xml',
    fullContent: false,
    trackingQuery: '',
    sections: ['Vulnerabilities', 'Patch Tuesday', 'Malware', 'Research'],
  },
  {
    id: 'threat-post-daily',
    name: 'Threat Post Daily',
    tagline: 'The security news you need before your first meeting',
    format: 'json',
    feedPath: '/threat-post-daily/feed.json',
    fullContent: true,
    trackingQuery: '?utm_source=rss&utm_medium=feed&utm_campaign=daily',
    sections: ['Latest', 'Government', 'Legal', 'Attacks'],
  },
  {
    id: 'infosec-roundup',
    name: 'InfoSec Roundup',
    tagline: 'The best of the week in security, from around the web',
    format: 'rss',
    feedPath: '/infosec-roundup/rss.xml',
    fullContent: false,
    trackingQuery: '',
    sections: ['Roundup', 'Newsletter'],
  },
];

/** Returns the outlet with this id; throws if the id is unknown (a programming error). */
export function getOutlet(id: OutletId): Outlet {
  const outlet = OUTLETS.find((candidate) => candidate.id === id);
  if (outlet === undefined) throw new Error(`newsroom/outlets: unknown outlet ${id}`);
  return outlet;
}

/** Returns the media type (without parameters) of a feed format. */
export function feedMediaType(format: FeedFormat): string {
  if (format === 'atom') return 'application/atom+xml';
  if (format === 'json') return 'application/feed+json';
  return 'application/rss+xml';
}
