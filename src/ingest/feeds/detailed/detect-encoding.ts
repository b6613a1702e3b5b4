import iconv from 'iconv-lite';

/** Decoded feed text, the encoding used, and why the declared encoding was not used (if it was not). */
export type Decoded = { readonly text: string; readonly encoding: string; readonly problem: string | null };

function sniff(bytes: Uint8Array): { encoding: string | null; bomLength: number } {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', bomLength: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', bomLength: 4 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return { encoding: 'utf-32be', bomLength: 0 };
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', bomLength: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return { encoding: 'utf-16be', bomLength: 0 };
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return { encoding: 'utf-16le', bomLength: 0 };
  return { encoding: null, bomLength: 0 };
}

function normalise(label: string): string {
  const l = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (l === 'gb2312' || l === 'gbk') return 'gb18030';
  if (l === 'utf8') return 'utf-8';
  return l;
}

function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      return null;
    }
  }
  if (encoding === 'us-ascii' || encoding === 'ascii') {
    return buffer.every((x) => x < 0x80) ? buffer.toString('latin1') : null;
  }
  if (encoding === 'utf-32be' || encoding === 'utf-32le') return decodeUtf32(buffer, encoding === 'utf-32be');
  const name = encoding === 'utf-16' ? 'utf-16be' : encoding;
  if (!iconv.encodingExists(name)) return null;
  return iconv.decode(buffer, name, { stripBOM: true });
}

function decodeUtf32(buffer: Buffer, bigEndian: boolean): string | null {
  const chars: string[] = [];
  for (let i = 0; i + 3 < buffer.length; i += 4) {
    const cp = bigEndian ? buffer.readUInt32BE(i) : buffer.readUInt32LE(i);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chars.push(String.fromCodePoint(cp));
  }
  return chars.join('');
}

/** Charset parameter of a Content-Type value (quotes removed, normalised), or null. */
function httpCharset(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^;\s]*)/i.exec(contentType);
  return m?.[1] ? normalise(m[1]) || null : null;
}

/**
 * Decodes feed bytes following the XML and RFC 3023 rules (BOM and byte sniffing, the XML declaration,
 * the HTTP charset, text/* defaulting to US-ASCII), falling back to UTF-8 then windows-1252; never throws.
 */
export function detectEncoding(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const sniffed = sniff(bytes);
  const head = decodeAs(bytes.subarray(sniffed.bomLength, 1024), sniffed.encoding ?? 'latin1') ?? '';
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  let xmlEncoding = declared ? normalise(declared) : null;
  // A UTF-16/32 document cannot be described by a single-byte declaration.
  if (sniffed.encoding && xmlEncoding && !/^utf-(16|32)/.test(xmlEncoding) && sniffed.encoding !== 'utf-8') {
    xmlEncoding = null;
  }
  if (sniffed.encoding?.startsWith('utf-16') && xmlEncoding?.startsWith('utf-16'))
    xmlEncoding = sniffed.encoding;
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const charset = contentType ? httpCharset(contentType) : null;
  const appXml = /^application\/(xml|.*\+xml|xml-external-parsed-entity|xml-dtd)$/.test(mediaType);
  const textXml = /^text\/(xml|.*\+xml|xml-external-parsed-entity)$/.test(mediaType);
  let proposed: string;
  let problem: string | null = null;
  if (!contentType) proposed = xmlEncoding ?? sniffed.encoding ?? 'utf-8';
  else if (appXml) proposed = charset ?? xmlEncoding ?? sniffed.encoding ?? 'utf-8';
  else if (textXml || mediaType.startsWith('text/')) {
    proposed = charset ?? 'us-ascii';
    if (!textXml) problem = `served as ${mediaType}, not an XML media type`;
  } else proposed = charset ?? xmlEncoding ?? 'utf-8';
  const body = bytes.subarray(sniffed.bomLength);
  for (const candidate of [proposed, sniffed.encoding, xmlEncoding, 'utf-8', 'windows-1252']) {
    if (!candidate) continue;
    const text = decodeAs(body, candidate);
    if (text === null) continue;
    if (candidate !== proposed) problem = `document declared as ${proposed} but decoded as ${candidate}`;
    return { text, encoding: candidate, problem };
  }
  return { text: Buffer.from(body).toString('latin1'), encoding: 'iso-8859-1', problem: 'undecodable bytes' };
}
