import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';

/** A server-rendered SVG chart (already escaped by publish/charts) in a figure with a visible caption. */
export const SvgChart: FC<{ svg: string; caption: string }> = ({ svg, caption }) => (
  <figure class="chart-figure">
    {raw(svg)}
    <figcaption>{caption}</figcaption>
  </figure>
);
