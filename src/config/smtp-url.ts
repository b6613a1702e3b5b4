/** SMTP connection fields an `smtp://` or `smtps://` URL can set. */
export type SmtpUrlFields = { host: string; port: number; secure: boolean; user?: string; pass?: string };

/**
 * Reads `smtp://[user:pass@]host[:port]` (port 25 by default; `?starttls` is implied) or
 * `smtps://…` (implicit TLS, port 465 by default). Returns undefined for anything else.
 */
export function parseSmtpUrl(raw: string): SmtpUrlFields | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return undefined;
  const secure = url.protocol === 'smtps:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return undefined;
  const port = url.port ? Number(url.port) : secure ? 465 : 25;
  return {
    host,
    port,
    secure,
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { pass: decodeURIComponent(url.password) } : {}),
  };
}
