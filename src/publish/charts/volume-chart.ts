import { escapeXml } from './svg-text.ts';

/** One bar segment: stories of one section on one day. */
export type VolumePoint = { readonly day: string; readonly section: string; readonly count: number };

/** A series' display title and fill colour (chosen for contrast on light and dark backgrounds). */
export type SeriesStyle = { readonly key: string; readonly title: string; readonly color: string };

const W = 640;
const H = 240;
const PAD = { left: 36, right: 8, top: 12, bottom: 64 };

/**
 * Stacked bar chart of story volume per day by section as a standalone accessible SVG string
 * (`role="img"` with a title and a text description). `days` fixes the x axis (missing days show empty).
 * Pure: same input, same bytes.
 */
export function renderVolumeChart(input: {
  days: readonly string[];
  points: readonly VolumePoint[];
  series: readonly SeriesStyle[];
  title: string;
}): string {
  const { days, series } = input;
  const count = new Map(input.points.map((p) => [`${p.day}|${p.section}`, p.count]));
  const totals = days.map((d) => series.reduce((sum, s) => sum + (count.get(`${d}|${s.key}`) ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const bars: string[] = [];
  days.forEach((day, i) => {
    let acc = 0;
    const x = PAD.left + i * slot + (slot - barW) / 2;
    for (const s of series) {
      const n = count.get(`${day}|${s.key}`) ?? 0;
      if (n === 0) continue;
      const top = y(acc + n);
      bars.push(
        `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(acc) - top).toFixed(1)}" fill="${s.color}"><title>${escapeXml(`${day}: ${n} ${s.title}`)}</title></rect>`,
      );
      acc += n;
    }
  });
  const labelEvery = Math.max(1, Math.ceil(days.length / 10));
  const xLabels = days
    .map((d, i) =>
      i % labelEvery === 0
        ? `<text x="${(PAD.left + i * slot + slot / 2).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle" font-size="10" fill="currentColor">${escapeXml(d.slice(5))}</text>`
        : '',
    )
    .join('');
  const ticks = [0, Math.ceil(max / 2), max]
    .map(
      (v) =>
        `<text x="${PAD.left - 4}" y="${(y(v) + 3).toFixed(1)}" text-anchor="end" font-size="10" fill="currentColor">${v}</text><line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="currentColor" stroke-opacity="0.15"/>`,
    )
    .join('');
  const legend = series
    .map((s, i) => {
      const col = i % 3;
      const row = Math.floor(i / 3);
      const lx = PAD.left + col * 200;
      const ly = H - PAD.bottom + 30 + row * 16;
      return `<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="${ly}" font-size="11" fill="currentColor">${escapeXml(s.title)}</text>`;
    })
    .join('');
  const total = totals.reduce((a, b) => a + b, 0);
  const desc = `${total} stories over ${days.length} days${days.length ? ` from ${days[0]} to ${days.at(-1)}` : ''}; busiest day ${max} stories.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="vc-title vc-desc"><title id="vc-title">${escapeXml(input.title)}</title><desc id="vc-desc">${escapeXml(desc)}</desc>${ticks}${bars.join('')}${xLabels}${legend}</svg>`;
}
