import iconv from 'iconv-lite';
import type { FeedWarning } from '../../domain/feed.ts';

/** The decoded text of a document plus what was odd about its encoding. */
export type DecodedText = {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: FeedWarning[];
};

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Charset parameter of a Content-Type header value, lower-cased, or null. */
export function charsetOf(contentType: string | undefined | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

function bomOf(bytes: Uint8Array): string | null {
  for (const [marks, name] of BOMS) if (marks.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** Encoding named in the XML declaration (read as ASCII from the first bytes), or null. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/\0/g, '');
  const match = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function normaliseLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'utf8') return 'utf-8';
  // WHATWG: ISO-8859-1 and US-ASCII labels mean windows-1252 in practice.
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252';
  return l;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  const name = normaliseLabel(label);
  if (name === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  }
  if (!iconv.encodingExists(name)) return null;
  const text = iconv.decode(Buffer.from(bytes), name);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decodes feed bytes: BOM first, then the HTTP charset, then the XML declaration, then UTF-8, and finally
 * windows-1252 with a warning; never throws.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const warnings: FeedWarning[] = [];
  const bom = bomOf(bytes);
  const http = charsetOf(contentType);
  const declared = xmlDeclaredEncoding(bytes);
  if (http && declared && normaliseLabel(http) !== normaliseLabel(declared)) {
    warnings.push({
      code: 'encoding_mismatch',
      message: `HTTP charset ${http} differs from the XML declaration ${declared}`,
    });
  }
  const candidates = [bom, http, declared, 'utf-8'].filter((c): c is string => c !== null);
  for (const candidate of candidates) {
    const text = tryDecode(bytes, candidate);
    if (text !== null) {
      if (candidate !== candidates[0]) {
        warnings.push({
          code: 'encoding_fallback',
          message: `could not decode as ${candidates[0]}; decoded as ${candidate}`,
        });
      }
      return { text, encoding: normaliseLabel(candidate), warnings };
    }
  }
  warnings.push({
    code: 'encoding_fallback',
    message: `bytes are not valid ${candidates[0]}; decoded as windows-1252`,
  });
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', warnings };
}
