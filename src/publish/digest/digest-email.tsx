import type { FC } from 'hono/jsx';
import { DigestAnalysisEmail } from './digest-analysis-email.tsx';
import {
  type DigestItem,
  type DigestModel,
  type DigestSection,
  SIGNAL_LABELS,
  visibleItems,
} from './digest-model.ts';
import { FONT, LINK, MUTED, TEXT } from './email-styles.ts';

const Item: FC<{ item: DigestItem }> = ({ item }) => (
  <tr>
    <td style="padding:0 0 20px 0;">
      <h3 style={`${FONT}font-size:17px;line-height:1.35;margin:0 0 6px 0;color:#1f2933;`}>
        <a href={item.url} style={`${LINK}color:#1f2933;`}>
          {item.title}
        </a>
      </h3>
      {item.signals.length > 0 ? (
        <p style={`${MUTED}margin:0 0 4px 0;color:#9b1c1c;`}>
          {item.signals.map((s) => SIGNAL_LABELS[s]).join(' · ')}
        </p>
      ) : null}
      {item.summary ? <p style={`${TEXT}margin:0 0 6px 0;`}>{item.summary}</p> : null}
      {item.entities.length > 0 ? (
        <p style={`${MUTED}margin:0 0 6px 0;`}>
          Key entities:{' '}
          {item.entities.map((e, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={e.url} style={LINK}>
                {e.name}
              </a>
            </>
          ))}
        </p>
      ) : null}
      <p style={`${MUTED}margin:0;`}>
        Reported by {item.outletCount} {item.outletCount === 1 ? 'outlet' : 'outlets'}:{' '}
        {item.sources.map((s, i) => (
          <>
            {i > 0 ? ' · ' : ''}
            <a href={s.url} style={LINK}>
              {s.outlet}
            </a>
          </>
        ))}
      </p>
    </td>
  </tr>
);

const Section: FC<{ section: DigestSection }> = ({ section }) => (
  <>
    <tr>
      <td style="padding:8px 0 12px 0;border-top:1px solid #d9e2ec;">
        <h2 style={`${FONT}font-size:19px;margin:8px 0 0 0;color:#102a43;`}>{section.title}</h2>
      </td>
    </tr>
    {visibleItems(section).items.map((item) => (
      <Item item={item} />
    ))}
    {visibleItems(section).more > 0 ? (
      <tr>
        <td style={`${MUTED}padding:0 0 20px 0;`}>
          …and {visibleItems(section).more} more {visibleItems(section).more === 1 ? 'story' : 'stories'} in
          this section.
        </td>
      </tr>
    ) : null}
  </>
);

/** The whole digest email as a document: one centred 640px table, inline styles, absolute links only. */
export const DigestEmail: FC<{ model: DigestModel }> = ({ model }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{model.subject}</title>
    </head>
    {/* No <body>: many clients drop it and its styles (doiuse-email flags it); the parser implies it. */}
    <table width="100%" cellpadding="0" cellspacing="0" border={0} style="background-color:#f0f4f8;">
      <tr>
        <td align="center" style="padding:24px 12px;">
          <table
            width="640"
            cellpadding="0"
            cellspacing="0"
            border={0}
            style="width:100%;max-width:640px;background-color:#ffffff;"
          >
            <tr>
              <td style="padding:24px 28px 8px 28px;">
                <h1 style={`${FONT}font-size:24px;line-height:1.25;margin:0 0 4px 0;color:#102a43;`}>
                  {model.title}
                </h1>
                <p style={`${MUTED}margin:0 0 12px 0;`}>
                  {model.date} ·{' '}
                  <a href={model.webUrl} style={LINK}>
                    View in your browser
                  </a>
                </p>
                <p style={`${TEXT}margin:0 0 12px 0;`}>{model.intro}</p>
              </td>
            </tr>
            <DigestAnalysisEmail model={model} />
            <tr>
              <td style="padding:0 28px;">
                <table width="100%" cellpadding="0" cellspacing="0" border={0}>
                  {model.sections.map((section) => (
                    <Section section={section} />
                  ))}
                </table>
              </td>
            </tr>
            <tr>
              <td style={`${MUTED}padding:16px 28px 24px 28px;border-top:1px solid #d9e2ec;`}>
                Generated {model.generatedAt} ({model.timeZone}). Past digests:{' '}
                <a href={model.archiveUrl} style={LINK}>
                  {model.archiveUrl}
                </a>
                <br />
                {model.recipient ? (
                  <>
                    You receive this because you subscribed.{' '}
                    <a href={model.recipient.preferencesUrl} style={LINK}>
                      Manage preferences
                    </a>{' '}
                    ·{' '}
                    <a href={model.recipient.unsubscribeUrl} style={LINK}>
                      Unsubscribe
                    </a>
                  </>
                ) : (
                  <>
                    Get it by email:{' '}
                    <a href={model.subscribeUrl} style={LINK}>
                      subscribe
                    </a>
                  </>
                )}
              </td>
            </tr>
          </table>
        </td>
      </tr>
    </table>
  </html>
);
