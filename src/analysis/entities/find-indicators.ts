import { isBTC, isDomain, isEmail, isIPv4 as isIPv4Value, isIPv6, isURL, refang } from 'ioc-extractor';
import type { Span } from '../../domain/analysis.ts';
import {
  FILE_LIKE_TLDS,
  isBenignDomain,
  isBenignIpv4,
  isBenignIpv6,
  outletDomainOf,
} from './benign-indicators.ts';
import { type Candidate, PRIORITY } from './candidate.ts';

/** Indicators found in the text, and the spans of benign ones (which also hide names inside them). */
export type IndicatorMatches = { readonly candidates: Candidate[]; readonly blocked: Span[] };

type Classified = { readonly type: string; readonly value: string; readonly benign: boolean };

const CHUNK_RE = /\S{4,}/g;
const LEADING = /^[(["'\u201c\u2018<]+/;
const HASHES: Readonly<Record<number, string>> = { 32: 'md5', 40: 'sha1', 64: 'sha256', 128: 'sha512' };
const DIGITS_AND_DOTS = /^[0-9.]+$/;

/**
 * ioc-extractor's isIPv4, skipped for strings with anything but digits and dots: it accepts a string only when the
 * first match of its address pattern (digits and dots only) spans all of it, so those are never addresses (speed).
 */
function isIPv4(value: string): boolean {
  return DIGITS_AND_DOTS.test(value) && isIPv4Value(value);
}

/**
 * Finds IOCs (ipv4, ipv6, domain, url, email, md5/sha1/sha256/sha512, btc) in whitespace-delimited chunks,
 * refanging "hxxp", "[.]", "(.)", "[@]"; benign values (documentation and private ranges, example.com,
 * big platforms, the outlet's own domain from `url`) are not reported. Ids: `indicator:<type>:<value>`.
 */
export function findIndicators(text: string, url?: string): IndicatorMatches {
  const outlet = outletDomainOf(url);
  const candidates: Candidate[] = [];
  const blocked: Span[] = [];
  for (const match of text.matchAll(CHUNK_RE)) {
    const span = trimChunk(match[0], match.index);
    if (!span) continue;
    const raw = text.slice(span.start, span.end);
    const classified = classify(raw, outlet);
    if (!classified) continue;
    if (
      classified.benign ||
      (classified.type === 'ipv4' && raw === classified.value && isVersion(text, span.start))
    ) {
      blocked.push(span);
      continue;
    }
    const id = `indicator:${classified.type}:${classified.value}`;
    candidates.push({
      ...span,
      id,
      kind: 'indicator',
      name: classified.value,
      rule: 'pattern:ioc',
      priority: PRIORITY.pattern,
      type: classified.type,
    });
  }
  return { candidates, blocked };
}

/**
 * A version cue within the few words before a position: "versions 12.4.0.1 and 12.4.0.3", "fixed versions
 * are EPMM 12.5.0.2, 12.4.0.3", "fixed in 7.0.12.1", "firmware 1.0.0.12". A dotted quad there is a version
 * number, not an address. Nouns ("versions", "build") may be followed by a few words (the product name);
 * the prepositions ("before", "fixed in") only by the list of numbers itself.
 */
const NUMBER_LIST = String.raw`[\s\d.,x-]*(?:\b(?:and|or|to|through)\b[\s\d.,x-]*)?$`;
const VERSION_NOUN_CUE = new RegExp(
  String.raw`\b(?:versions?|builds?|releases?|firmware)\b(?:\s+(?:are|is|include|including|of)?\s*[A-Za-z][\w-]*){0,3}` +
    NUMBER_LIST,
  'i',
);
const VERSION_PREPOSITION_CUE = new RegExp(
  String.raw`\b(?:v|through|before|prior to|earlier|later|fixed in|patched in|(?:upgrade|update)s? to)` +
    NUMBER_LIST,
  'i',
);

function isVersion(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return VERSION_NOUN_CUE.test(before) || VERSION_PREPOSITION_CUE.test(before);
}

function trimChunk(chunk: string, offset: number): Span | undefined {
  const lead = LEADING.exec(chunk)?.[0].length ?? 0;
  let end = chunk.length;
  for (;;) {
    const last = chunk[end - 1];
    if (last === undefined || end <= lead) return undefined;
    const body = chunk.slice(lead, end);
    if (',.;:!?"\'\u201d\u2019>'.includes(last)) end--;
    else if (last === ')' && count(body, '(') < count(body, ')')) end--;
    else if (last === ']' && count(body, '[') < count(body, ']')) end--;
    else break;
  }
  const body = chunk.slice(lead, end);
  if (body.length < 4 || !/[.:@[(]|^[0-9a-zA-Z]{26,}$/.test(body)) return undefined;
  return { start: offset + lead, end: offset + end };
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function classify(raw: string, outlet: string | undefined): Classified | undefined {
  const value = refang(raw);
  const defanged = value !== raw;
  if (/^(?:https?|ftp):\/\//i.test(value)) {
    if (!isURL(value)) return undefined;
    const host = hostOf(value);
    return { type: 'url', value, benign: !host || isBenignHost(host, outlet) };
  }
  if (value.includes('@')) {
    if (!isEmail(value)) return undefined;
    const lower = value.toLowerCase();
    return {
      type: 'email',
      value: lower,
      benign: isBenignDomain(lower.slice(lower.indexOf('@') + 1), outlet),
    };
  }
  // "198.51.100.7:8080/gate.php" without a scheme is a URL on an address.
  const bare = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?\/\S*$/.exec(value);
  if (bare && isIPv4(bare[1]!)) return { type: 'url', value, benign: isBenignIpv4(bare[1]!) };
  const ip = value.replace(/:\d{1,5}$/, '');
  if (isIPv4(ip)) return { type: 'ipv4', value: ip, benign: isBenignIpv4(ip) };
  if (value.includes(':'))
    return isIPv6(value)
      ? { type: 'ipv6', value: value.toLowerCase(), benign: isBenignIpv6(value) }
      : undefined;
  const hash = HASHES[value.length];
  if (hash && /^[0-9a-f]+$/i.test(value))
    return { type: hash, value: value.toLowerCase(), benign: /^(.)\1+$/.test(value) };
  if (/^(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,61}$/.test(value) && isBTC(value))
    return { type: 'btc', value, benign: false };
  // Namecoin ".bit" domains are used by malware but are missing from public TLD lists.
  if (!value.includes('.') || !(isDomain(value) || /^(?:[a-z0-9-]+\.)+bit$/i.test(value))) return undefined;
  const domain = value.toLowerCase();
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (!defanged && FILE_LIKE_TLDS.has(tld)) return undefined;
  // "Downeks.NET" or "Agent.BTZ" in prose: an upper-case suffix after a lower-case name is a variant, not a TLD.
  const suffix = value.slice(value.lastIndexOf('.') + 1);
  if (!defanged && /[a-z]/.test(value) && suffix === suffix.toUpperCase()) return undefined;
  return { type: 'domain', value: domain, benign: isBenignDomain(domain, outlet) };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

function isBenignHost(host: string, outlet: string | undefined): boolean {
  if (isIPv4(host)) return isBenignIpv4(host);
  if (host.includes(':')) return isBenignIpv6(host);
  return isBenignDomain(host, outlet);
}
