import { escapeXml } from './escape.ts';

/**
 * Returns article HTML for a plain-text body: blank-line separated paragraphs become `<p>`, and a
 * paragraph whose lines all start with "- " becomes a `<ul>`; all text is escaped.
 */
export function bodyToHtml(body: string): string {
  return splitParagraphs(body)
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      if (lines.every((line) => line.startsWith('- '))) {
        const items = lines.map((line) => `<li>${escapeXml(line.slice(2).trim())}</li>`).join('\n');
        return `<ul>\n${items}\n</ul>`;
      }
      return `<p>${escapeXml(lines.join(' '))}</p>`;
    })
    .join('\n');
}

/** Returns the non-empty paragraphs of a body, trimmed. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
