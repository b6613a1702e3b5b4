import type { FC } from 'hono/jsx';
import { localDateTime } from '../../lib/time.ts';

/** A `<time>` element showing an ISO instant as local wall-clock time in the zone (raw text if unparseable). */
export const TimeView: FC<{ iso: string; timeZone: string }> = ({ iso, timeZone }) => {
  const t = Date.parse(iso);
  return <time datetime={iso}>{Number.isNaN(t) ? iso : localDateTime(t, timeZone)}</time>;
};
