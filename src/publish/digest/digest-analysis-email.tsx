import type { FC } from 'hono/jsx';
import type { DigestModel, DigestRef } from './digest-model.ts';
import { FONT, LINK, MUTED, TEXT } from './email-styles.ts';

const Ref: FC<{ value: DigestRef }> = ({ value }) =>
  value.url ? (
    <a href={value.url} style={LINK}>
      {value.name}
    </a>
  ) : (
    value.name
  );

/** A difference with its sign: +2, -1, ±0. */
function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0';
}

/** Sentence comparing the day's counts, in all and per section, with the day before. */
export function countLine(model: DigestModel): string {
  const sections = model.analysis.sectionCounts
    .map((s) => `${s.title} ${s.count}${s.previous === null ? '' : ` (${signed(s.count - s.previous)})`}`)
    .join(', ');
  const prev = model.previousDayCount;
  const delta = prev === null ? '' : ` (${signed(model.storyCount - prev)} against the day before)`;
  return `${model.storyCount} ${model.storyCount === 1 ? 'story' : 'stories'}${delta}${sections ? `: ${sections}` : ''}.`;
}

/** The analysis block on top of the email: counts, attributions, active actors, new CVEs. */
export const DigestAnalysisEmail: FC<{ model: DigestModel }> = ({ model }) => {
  const { analysis } = model;
  return (
    <tr>
      <td style="padding:0 28px 12px 28px;">
        <table width="100%" cellpadding="0" cellspacing="0" border={0} bgcolor="#f5f7fa">
          <tr>
            <td style="padding:14px 16px;background-color:#f5f7fa;border-left:4px solid #0b5cad;">
              <h2 style={`${FONT}font-size:17px;margin:0 0 8px 0;color:#102a43;`}>Today's analysis</h2>
              <p style={`${TEXT}margin:0 0 8px 0;`}>{countLine(model)}</p>
              {analysis.attributions.length > 0 ? (
                <>
                  <p style={`${TEXT}margin:0 0 4px 0;font-weight:bold;`}>New attributions</p>
                  {analysis.attributions.map((a) => (
                    <p style={`${TEXT}margin:0 0 4px 0;`}>
                      <Ref value={a.accuser} /> → <Ref value={a.accused} />
                      {a.stance === 'asserted' ? '' : ` (${a.stance})`}:{' '}
                      <a href={a.storyUrl} style={LINK}>
                        {a.storyTitle}
                      </a>
                    </p>
                  ))}
                </>
              ) : null}
              {analysis.activeActors.length > 0 ? (
                <p style={`${TEXT}margin:8px 0 0 0;`}>
                  Most active actors:{' '}
                  {analysis.activeActors.map((a, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <Ref value={a} /> ({a.storyCount})
                    </>
                  ))}
                </p>
              ) : null}
              {analysis.newCves.length > 0 ? (
                <p style={`${TEXT}margin:8px 0 0 0;`}>
                  New CVEs:{' '}
                  {analysis.newCves.map((c, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <a href={c.storyUrl} style={LINK}>
                        {c.name}
                      </a>
                    </>
                  ))}
                </p>
              ) : null}
              {model.recipient?.topicsNote ? (
                <p style={`${MUTED}margin:8px 0 0 0;`}>{model.recipient.topicsNote}</p>
              ) : null}
            </td>
          </tr>
        </table>
      </td>
    </tr>
  );
};
