import { type ParsedMail, simpleParser } from 'mailparser';

/** A received message read back by mailparser, with the raw header values we assert on. */
export type ReadMail = {
  readonly parsed: ParsedMail;
  /** Unfolded raw value of a header (first occurrence), or null. */
  header(name: string): string | null;
  readonly html: string;
  readonly text: string;
};

/** Parses raw RFC 5322 bytes with mailparser. */
export async function readMail(raw: Buffer): Promise<ReadMail> {
  const parsed = await simpleParser(raw);
  return {
    parsed,
    header(name) {
      const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
      return line === undefined
        ? null
        : line
            .slice(line.indexOf(':') + 1)
            .replace(/\r?\n[ \t]+/g, ' ')
            .trim();
    },
    html: typeof parsed.html === 'string' ? parsed.html : '',
    text: parsed.text ?? '',
  };
}
