import type { DigestModel } from './digest-model.ts';

/** Wraps prose at `width` columns, each line prefixed by `indent`. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The plain-text rendering of a digest model (the same content as the HTML, links written out). */
export function renderDigestText(model: DigestModel): string {
  const out: string[] = [model.title.toUpperCase(), model.date, '', ...wrapText(model.intro, 72), ''];
  out.push(`View in your browser: ${model.webUrl}`, '');
  let n = 0;
  for (const section of model.sections) {
    out.push(`== ${section.title} ==`, '');
    for (const item of section.items) {
      n += 1;
      out.push(...wrapText(`${n}. ${item.title}`, 72));
      if (item.summary) out.push(...wrapText(item.summary, 72, '   '));
      if (item.entities.length > 0)
        out.push(...wrapText(`Key entities: ${item.entities.map((e) => e.name).join(', ')}`, 72, '   '));
      out.push(`   Reported by ${item.outletCount} ${item.outletCount === 1 ? 'outlet' : 'outlets'}:`);
      for (const s of item.sources) out.push(`   - ${s.outlet}: ${s.url}`);
      out.push(`   Read more: ${item.url}`, '');
    }
  }
  out.push('--', `Generated ${model.generatedAt} (${model.timeZone}).`, `Past digests: ${model.archiveUrl}`);
  return `${out.join('\n')}\n`;
}
