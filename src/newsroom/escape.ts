/** Removes characters XML 1.0 forbids outright (§2.2 Char); HTML5 treats them as parse errors too. */
function removeInvalidChars(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (!control && code !== 0xfffe && code !== 0xffff) out += char;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Returns text safe for XML/HTML element content and quoted attribute values; never throws. */
export function escapeXml(text: string): string {
  return removeInvalidChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Returns text wrapped in a CDATA section, splitting any `]]>` so the section cannot end early. */
export function cdata(text: string): string {
  return `<![CDATA[${removeInvalidChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
