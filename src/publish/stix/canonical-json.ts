import type { JsonValue } from './stix-types.ts';

/**
 * JSON Canonicalization Scheme (RFC 8785) for the values STIX ids are computed over: object keys sorted by
 * UTF-16 code units, no whitespace, ECMAScript number and string serialisation. Never throws.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => canonicalJson(item)).join(',')}]`;
  const record = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key]!)}`).join(',')}}`;
}
