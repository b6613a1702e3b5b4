import { html } from 'hono/html';
import type { FC } from 'hono/jsx';
import type { AnnotatedSegment, EvidenceNote } from '../../publish/present/annotate-text.ts';
import { entityPath } from '../../publish/present/highlight.ts';

// Both views use the escaping `html` template rather than JSX: a story page has a mark and a note per
// highlight, and these render the same markup in about half the time.

/** CSS-safe class suffix. */
function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/**
 * The representative text with entity mentions and event triggers as `<mark>` links to their evidence notes
 * (`#m-3`, `#ev-1`); the notes show on `:target`, so selecting a highlight explains it without JavaScript.
 */
export const AnnotatedText: FC<{ segments: readonly AnnotatedSegment[] }> = ({ segments }) =>
  html`<div class="article-text">${segments.map((s) => {
    if (s.kind === 'text') return s.text;
    const a = s.annotation;
    return a.kind === 'mention'
      ? html`<mark class="${`entity entity-${slug(a.entityKind)}`}" title="${`${a.entityId} · ${a.rule}`}" data-entity="${a.entityId}"><a href="${`#${a.note}`}">${s.text}</a></mark>`
      : html`<mark class="${`trigger trigger-${slug(a.eventType)}`}" title="${`${a.eventType} · ${a.rule}`}" data-event="${a.eventType}"><a href="${`#${a.note}`}">${s.text}</a></mark>`;
  })}</div>`;

/** Evidence notes: one per highlight (hidden until targeted), saying what was found, by which rule, and where. */
export const EvidenceNotes: FC<{ notes: readonly EvidenceNote[] }> = ({ notes }) =>
  html`<div class="evidence" aria-live="polite">${notes.map((n) => {
    const a = n.annotation;
    const what =
      a.kind === 'mention'
        ? html`<p><strong>${n.text}</strong> is <a href="${entityPath(a.entityId)}">${a.entityName}</a> <span class="kind">${a.entityKind}</span> · <code>${a.entityId}</code></p>`
        : html`<p><strong>${n.text}</strong> triggers a <a href="${`#event-${a.eventIndex + 1}`}">${a.eventType}</a> event (${a.stance})</p>`;
    return html`<aside class="evidence-note" id="${a.note}" aria-label="${`Evidence for “${n.text}”`}">${what}<p class="meta">Rule: <code>${a.rule}</code></p><blockquote>${n.sentence}</blockquote><p class="meta"><a href="#text-heading">Back to the text</a></p></aside>`;
  })}</div>`;
