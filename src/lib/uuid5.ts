import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a UUID in its canonical 8-4-4-4-12 hex form (any version). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The name-based UUID (version 5, RFC 9562 §5.5: SHA-1 over the namespace's 16 bytes then the name's
 * UTF-8 bytes) of `name` in `namespace`, lower-case. Throws when `namespace` is not a UUID.
 */
export function uuid5(name: string, namespace: string): string {
  if (!isUuid(namespace)) throw new Error(`uuid5: namespace is not a UUID: ${JSON.stringify(namespace)}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122/9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
