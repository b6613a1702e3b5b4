/** RFC 9111 section 1.2.2: a delta-seconds larger than 2^31 is taken as 2^31. */
const MAX_DELTA_SECONDS = 2_147_483_648;

function deltaSeconds(value: string | undefined): number | null {
  const trimmed = value?.trim().replace(/^"(.*)"$/, '$1');
  if (trimmed === undefined || !/^\d+$/.test(trimmed)) return null;
  return Math.min(Number(trimmed), MAX_DELTA_SECONDS);
}

/**
 * Seconds the response stays fresh for a private cache (RFC 9111 sections 4.2.1 and 4.2.3): Cache-Control
 * max-age minus the Age header; 0 for no-cache or no-store (revalidate on every poll); null when the
 * header says nothing about freshness or is unparseable. s-maxage is for shared caches and is ignored.
 * Never throws.
 */
export function parseMaxAge(cacheControl: string | null, age: string | null = null): number | null {
  if (!cacheControl) return null;
  let maxAge: number | null = null;
  let revalidate = false;
  for (const directive of cacheControl.split(',')) {
    const [rawName, ...rest] = directive.split('=');
    const name = rawName?.trim().toLowerCase();
    if (name === 'no-store' || name === 'no-cache') revalidate = true;
    else if (name === 'max-age' && maxAge === null) maxAge = deltaSeconds(rest.join('='));
  }
  if (revalidate) return 0;
  if (maxAge === null) return null;
  return Math.max(0, maxAge - (deltaSeconds(age ?? undefined) ?? 0));
}
