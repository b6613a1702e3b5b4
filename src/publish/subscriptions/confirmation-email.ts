import { DIGEST_TITLE } from '../digest/digest-model.ts';

/** A rendered transactional message. */
export type SimpleEmail = { readonly subject: string; readonly html: string; readonly text: string };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The double opt-in message: one confirm link (valid `ttlHours`), HTML and text with the same content. */
export function renderConfirmationEmail(input: {
  confirmUrl: string;
  ttlHours: number;
  siteUrl: string;
}): SimpleEmail {
  const subject = `Confirm your subscription to ${DIGEST_TITLE}`;
  const lead = `Someone, hopefully you, asked to receive the daily ${DIGEST_TITLE} brief at this address.`;
  const action = `To confirm, open this link within ${input.ttlHours} hours:`;
  const ignore = 'If you did not ask for it, ignore this message: nothing will be sent without confirmation.';
  const text = `${lead}\n\n${action}\n${input.confirmUrl}\n\n${ignore}\n\n${input.siteUrl}\n`;
  const p =
    'font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;margin:0 0 12px 0;';
  const html =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>${escapeHtml(subject)}</title></head>` +
    `<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:24px;">` +
    `<p style="${p}">${escapeHtml(lead)}</p><p style="${p}">${escapeHtml(action)}</p>` +
    `<p style="${p}"><a href="${escapeHtml(input.confirmUrl)}" style="color:#0b5cad;">Confirm my subscription</a></p>` +
    `<p style="${p}">${escapeHtml(ignore)}</p></td></tr></table></html>`;
  return { subject, html, text };
}
