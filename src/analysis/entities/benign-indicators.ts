/** Domains that are never indicators: documentation names, big platforms and vendors linked from news. */
const BENIGN_DOMAINS = new Set(
  `example.com example.org example.net example.edu microsoft.com windows.com office.com live.com outlook.com
azure.com google.com googleapis.com gstatic.com youtube.com youtu.be gmail.com apple.com icloud.com amazon.com
amazonaws.com aws.amazon.com facebook.com fb.com instagram.com whatsapp.com twitter.com x.com t.co linkedin.com
github.com githubusercontent.com gitlab.com reddit.com wikipedia.org cloudflare.com mozilla.org virustotal.com
mitre.org attack.mitre.org cve.org nvd.nist.gov nist.gov cisa.gov fbi.gov justice.gov treasury.gov state.gov
whitehouse.gov ncsc.gov.uk europa.eu cisco.com fortinet.com ivanti.com citrix.com crowdstrike.com mandiant.com
paloaltonetworks.com kaspersky.com eset.com welivesecurity.com sophos.com trendmicro.com symantec.com broadcom.com
vmware.com oracle.com adobe.com ibm.com proofpoint.com sentinelone.com recordedfuture.com bleepingcomputer.com
thehackernews.com therecord.media securityweek.com darkreading.com krebsonsecurity.com zdnet.com reuters.com
asp.net dot.net bbc.co.uk bbc.com nytimes.com washingtonpost.com theguardian.com cnn.com apnews.com bloomberg.com wired.com`.split(
    /\s+/,
  ),
);

/** Reserved pseudo top-level domains (RFC 2606, RFC 6761). */
const RESERVED_TLDS = new Set([
  'example',
  'test',
  'invalid',
  'localhost',
  'local',
  'internal',
  'lan',
  'home',
  'corp',
]);

/** File extensions that are also TLDs: "report.zip" or "setup.py" in prose are file names, not domains. */
export const FILE_LIKE_TLDS = new Set([
  'zip',
  'mov',
  'py',
  'sh',
  'pl',
  'rs',
  'md',
  'so',
  'ps',
  'cc',
  'ai',
  'js',
  'exe',
  'dll',
  'inc',
  'cab',
]);

/** True for version-like or network addresses (last octet 0), documentation (RFC 5737), private, loopback, link-local, CGNAT, multicast and reserved IPv4 addresses. */
export function isBenignIpv4(ip: string): boolean {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255))
    return true;
  const [a, b, c, d] = parts as [number, number, number, number];
  // A host address never ends in .0 in threat reports; "1.2.0.0" is a version number, x.y.z.0 a network.
  if (d === 0) return true;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return true;
  if (a === 169 && b === 254) return true;
  if (a === 172 && b >= 16 && b <= 31) return true;
  if (a === 192 && b === 168) return true;
  if (a === 100 && b >= 64 && b <= 127) return true;
  if (a === 192 && b === 0 && (c === 2 || c === 0)) return true;
  if (a === 198 && b === 51 && c === 100) return true;
  if (a === 203 && b === 0 && c === 113) return true;
  if (a === 198 && (b === 18 || b === 19)) return true;
  return false;
}

/** True for IPv6 documentation (2001:db8::/32), loopback, link-local, unique-local and unspecified addresses. */
export function isBenignIpv6(ip: string): boolean {
  const lower = ip.toLowerCase();
  return (
    lower === '::' ||
    lower === '::1' ||
    /^2001:0?db8:/.test(lower) ||
    /^fe[89ab]/.test(lower) ||
    /^f[cd]/.test(lower)
  );
}

/** True when `domain` (lower case) is reserved, benign, or the outlet's own domain or one of their subdomains. */
export function isBenignDomain(domain: string, outletDomain?: string): boolean {
  const host = domain.toLowerCase().replace(/\.$/, '');
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (RESERVED_TLDS.has(tld)) return true;
  if (outletDomain && (host === outletDomain || host.endsWith(`.${outletDomain}`))) return true;
  for (let suffix = host; suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
    if (BENIGN_DOMAINS.has(suffix)) return true;
  }
  return false;
}

/** The outlet's registrable-ish domain from an article URL (host without "www."), or undefined. */
export function outletDomainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
