import { PRODUCER_ID, SPEC_VERSION } from './stix-common.ts';
import { scoId, sdoId } from './stix-ids.ts';
import type { StixObject } from './stix-types.ts';

/** The observable behind an IOC: its SCO (with a spec-conformant id) and the STIX pattern that matches it. */
export type Observable = { readonly sco: StixObject; readonly pattern: string; readonly value: string };

const HASHES: Readonly<Record<string, { key: string; length: number }>> = {
  md5: { key: 'MD5', length: 32 },
  sha1: { key: 'SHA-1', length: 40 },
  sha256: { key: 'SHA-256', length: 64 },
  sha512: { key: 'SHA-512', length: 128 },
};

const VALUE_TYPES: Readonly<Record<string, { type: string; valid: (v: string) => boolean }>> = {
  ipv4: {
    type: 'ipv4-addr',
    valid: (v) => /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(v),
  },
  ipv6: { type: 'ipv6-addr', valid: (v) => /^[0-9a-f:.]+$/i.test(v) && v.includes(':') },
  domain: {
    type: 'domain-name',
    valid: (v) =>
      v.length <= 253 && /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i.test(v),
  },
  url: {
    type: 'url',
    valid: (v) => /^[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/i.test(v),
  },
  email: {
    type: 'email-addr',
    valid: (v) => /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v),
  },
};

/** A string literal of the STIX pattern grammar (§9.2): single-quoted, `\` and `'` escaped. */
export function patternString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The observable for an indicator entity (`indicator:<type>:<value>`), or undefined for types STIX 2.1 has no
 * SCO for (e.g. btc) or values that would not validate. SCO ids follow §2.9 (value; file: hashes).
 */
export function observableFor(indicatorType: string, value: string): Observable | undefined {
  const hash = HASHES[indicatorType];
  if (hash) {
    if (!new RegExp(`^[0-9a-f]{${hash.length}}$`, 'i').test(value)) return undefined;
    const hashes = { [hash.key]: value.toLowerCase() };
    return {
      sco: { type: 'file', spec_version: SPEC_VERSION, id: scoId('file', { hashes }), hashes },
      pattern: `[file:hashes.${patternString(hash.key)} = ${patternString(value.toLowerCase())}]`,
      value: value.toLowerCase(),
    };
  }
  const simple = VALUE_TYPES[indicatorType];
  if (!simple?.valid(value)) return undefined;
  return {
    sco: { type: simple.type, spec_version: SPEC_VERSION, id: scoId(simple.type, { value }), value },
    pattern: `[${simple.type}:value = ${patternString(value)}]`,
    value,
  };
}

/** The indicator SDO for an observable first reported at `firstSeen` (also its valid_from). */
export function indicatorObject(observable: Observable, firstSeen: string, lastSeen: string): StixObject {
  return {
    type: 'indicator',
    spec_version: SPEC_VERSION,
    id: sdoId('indicator', observable.pattern),
    created_by_ref: PRODUCER_ID,
    created: firstSeen,
    modified: lastSeen,
    name: observable.value,
    indicator_types: ['malicious-activity'],
    pattern: observable.pattern,
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: firstSeen,
  };
}

/** Splits an indicator entity id `indicator:<type>:<value>` (the value may contain colons). */
export function parseIndicatorId(id: string): { type: string; value: string } | undefined {
  const match = /^indicator:([a-z0-9-]+):(.+)$/.exec(id);
  return match ? { type: match[1]!, value: match[2]! } : undefined;
}
