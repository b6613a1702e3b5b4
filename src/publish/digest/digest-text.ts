import { countLine } from './digest-analysis-email.tsx';
import { type DigestModel, SIGNAL_LABELS, visibleItems } from './digest-model.ts';

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

function analysisLines(model: DigestModel): string[] {
  const { analysis } = model;
  const out = ["== Today's analysis ==", '', ...wrapText(countLine(model), 72)];
  if (analysis.attributions.length > 0) {
    out.push('', 'New attributions:');
    for (const a of analysis.attributions)
      out.push(
        ...wrapText(
          `- ${a.accuser.name} -> ${a.accused.name}${a.stance === 'asserted' ? '' : ` (${a.stance})`}: ${a.storyTitle}`,
          72,
        ),
        `  ${a.storyUrl}`,
      );
  }
  if (analysis.activeActors.length > 0)
    out.push(
      '',
      ...wrapText(
        `Most active actors: ${analysis.activeActors.map((a) => `${a.name} (${a.storyCount})`).join(', ')}`,
        72,
      ),
    );
  if (analysis.newCves.length > 0)
    out.push('', ...wrapText(`New CVEs: ${analysis.newCves.map((c) => c.name).join(', ')}`, 72));
  if (model.recipient?.topicsNote) out.push('', ...wrapText(model.recipient.topicsNote, 72));
  out.push('');
  return out;
}

/** The plain-text rendering of a digest model (the same content as the HTML, links written out). */
export function renderDigestText(model: DigestModel): string {
  const out: string[] = [model.title.toUpperCase(), model.date, '', ...wrapText(model.intro, 72), ''];
  out.push(`View in your browser: ${model.webUrl}`, '');
  out.push(...analysisLines(model));
  let n = 0;
  for (const section of model.sections) {
    out.push(`== ${section.title} ==`, '');
    const { items, more } = visibleItems(section);
    for (const item of items) {
      n += 1;
      out.push(...wrapText(`${n}. ${item.title}`, 72));
      if (item.signals.length > 0) out.push(`   [${item.signals.map((s) => SIGNAL_LABELS[s]).join(' · ')}]`);
      if (item.summary) out.push(...wrapText(item.summary, 72, '   '));
      if (item.entities.length > 0)
        out.push(...wrapText(`Key entities: ${item.entities.map((e) => e.name).join(', ')}`, 72, '   '));
      out.push(`   Reported by ${item.outletCount} ${item.outletCount === 1 ? 'outlet' : 'outlets'}:`);
      for (const s of item.sources) out.push(`   - ${s.outlet}: ${s.url}`);
      out.push(`   Read more: ${item.url}`, '');
    }
    if (more > 0) out.push(`...and ${more} more ${more === 1 ? 'story' : 'stories'} in this section.`, '');
  }
  out.push('--', `Generated ${model.generatedAt} (${model.timeZone}).`, `Past digests: ${model.archiveUrl}`);
  if (model.recipient)
    out.push(
      `Manage preferences: ${model.recipient.preferencesUrl}`,
      `Unsubscribe: ${model.recipient.unsubscribeUrl}`,
    );
  else out.push(`Get it by email: ${model.subscribeUrl}`);
  return `${out.join('\n')}\n`;
}
