/** Named XML/HTML-ish entity, decimal or hex character reference. */
const ENTITY = /^&(#\d{1,8}|#x[0-9a-f]{1,8}|[a-z][a-z0-9]{1,31});/i;

/** Escapes `&` that does not start an entity and `<` that cannot start markup; returns the new text. */
export function escapeBareMarkup(xml: string): string {
  let out = '';
  let inCdata = false;
  for (let i = 0; i < xml.length; i++) {
    const c = xml[i];
    if (inCdata) {
      if (xml.startsWith(']]>', i)) {
        inCdata = false;
        out += ']]>';
        i += 2;
      } else out += c;
      continue;
    }
    if (c === '<') {
      if (xml.startsWith('<![CDATA[', i)) {
        inCdata = true;
        out += '<![CDATA[';
        i += 8;
        continue;
      }
      const next = xml[i + 1] ?? '';
      out += /[A-Za-z_:/!?]/.test(next) ? '<' : '&lt;';
    } else if (c === '&') {
      out += ENTITY.test(xml.slice(i, i + 40)) ? '&' : '&amp;';
    } else out += c;
  }
  return out;
}

const TEXT_ELEMENTS = [
  'title',
  'description',
  'summary',
  'content:encoded',
  'dc:creator',
  'name',
  'category',
];

/**
 * Wraps the bodies of common text elements that contain raw markup in CDATA, so that stray HTML tags
 * inside a title or description do not break the XML tree; returns the new text.
 */
export function wrapTextElements(xml: string): string {
  let out = xml;
  for (const name of TEXT_ELEMENTS) {
    const pattern = new RegExp(`(<${name}(?:\\s[^>]*)?>)([\\s\\S]*?)(</${name}>)`, 'gi');
    out = out.replace(pattern, (whole, open: string, body: string, close: string) => {
      if (!body.includes('<') || body.includes('<![CDATA[')) return whole;
      if (/type\s*=\s*["']xhtml["']/i.test(open)) return whole;
      return `${open}<![CDATA[${body.replace(/]]>/g, ']]&gt;')}]]>${close}`;
    });
  }
  return out;
}

/**
 * First nesting problem in an XML document (an unclosed or mismatched element), or null when the tags
 * balance; a cheap check because the underlying parser silently closes what was left open. Never throws.
 */
export function findUnbalancedTag(xml: string): string | null {
  const stack: string[] = [];
  const tag =
    /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (let m = tag.exec(xml); m !== null; m = tag.exec(xml)) {
    const name = m[2];
    if (!name || m[4] === '/') continue;
    if (m[1] !== '/') {
      stack.push(name);
      continue;
    }
    const open = stack.pop();
    if (open !== name) return open ? `<${open}> closed by </${name}>` : `</${name}> without an opening tag`;
  }
  return stack.length > 0 ? `<${stack[stack.length - 1]}> is never closed` : null;
}
