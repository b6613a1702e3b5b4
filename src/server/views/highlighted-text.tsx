import type { FC } from 'hono/jsx';
import { entityPath, type TextSegment } from '../../publish/present/highlight.ts';

/** CSS-safe suffix for an entity kind class (`entity-threat-actor`). */
function kindClass(kind: string): string {
  return `entity entity-${kind.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

/** Text with entity mentions as `<mark>` elements that link to their entity pages; JSX escapes the text. */
export const HighlightedText: FC<{ segments: readonly TextSegment[] }> = ({ segments }) => (
  <div class="article-text">
    {segments.map((s) =>
      s.kind === 'text' ? (
        s.text
      ) : (
        <mark class={kindClass(s.entityKind)} title={`${s.entityId} · ${s.rule}`} data-entity={s.entityId}>
          <a href={entityPath(s.entityId)}>{s.text}</a>
        </mark>
      ),
    )}
  </div>
);
