import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { type FetchError, fetchError } from './types.ts';

/** IPv4 ranges that must never be reached from a URL supplied by a feed or a user. */
const BLOCKED_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // CGNAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function blockedV4(ip: string): boolean {
  const n = v4ToInt(ip);
  return BLOCKED_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    return n >= start && n < start + size;
  });
}

function blockedV6(ip: string): boolean {
  const lower = ip.toLowerCase();
  const mapped =
    /^(?:0*:)*:?(?:0*:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return blockedV4(mapped[1]);
  if (lower === '::' || lower === '::1') return true; // unspecified, loopback
  const first = Number.parseInt(lower.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return true; // multicast
  return lower.startsWith('64:ff9b:') || lower.startsWith('2001:db8:'); // NAT64 to anywhere, documentation
}

/** True when an IP address is loopback, private, link-local, CGNAT, unique-local, multicast or reserved. */
export function isBlockedAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return blockedV4(ip);
  if (family === 6) return blockedV6(ip.replace(/^\[|\]$/g, '').split('%')[0] ?? ip);
  return true;
}

/** Resolves host names to all their addresses; injectable for tests. */
export type Resolver = (hostname: string) => Promise<readonly string[]>;

/** Node's resolver (getaddrinfo, all addresses). */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Checks that `url`'s host resolves only to public addresses (or is allow-listed); returns null when the
 * request may go ahead, else an `ssrf_blocked` or `dns_error` result. Never throws.
 */
export async function guardHost(
  url: URL,
  allowHosts: ReadonlySet<string>,
  resolve: Resolver,
): Promise<FetchError | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allowHosts.has(host)) return null;
  let addresses: readonly string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      return fetchError('dns_error', `cannot resolve ${host} (${code})`);
    }
  }
  if (addresses.length === 0) return fetchError('dns_error', `${host} has no addresses`);
  const blocked = addresses.find((address) => isBlockedAddress(address) && !allowHosts.has(address));
  if (blocked)
    return fetchError(
      'ssrf_blocked',
      `${host} resolves to ${blocked}, a non-public address; refusing to fetch`,
    );
  return null;
}
