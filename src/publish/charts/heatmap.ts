import { escapeXml, shorten } from './svg-text.ts';

/** One cell: how often `row` blamed `column`. */
export type HeatCell = { readonly row: string; readonly column: string; readonly count: number };

/** A labelled axis value (entity id and display name). */
export type AxisLabel = { readonly id: string; readonly name: string };

const CELL = 34;
const LEFT = 150;
const TOP = 110;

/**
 * Accuser × accused heatmap as an accessible SVG string: rows are accusers, columns accused, darker cells
 * mean more attributions, each cell shows its count and has a tooltip. Pure: same input, same bytes.
 */
export function renderHeatmap(input: {
  rows: readonly AxisLabel[];
  columns: readonly AxisLabel[];
  cells: readonly HeatCell[];
  title: string;
}): string {
  const { rows, columns } = input;
  const count = new Map(input.cells.map((c) => [`${c.row}|${c.column}`, c.count]));
  const max = Math.max(1, ...input.cells.map((c) => c.count));
  const width = LEFT + columns.length * CELL + 10;
  const height = TOP + rows.length * CELL + 10;
  const parts: string[] = [];
  columns.forEach((c, j) => {
    const x = LEFT + j * CELL + CELL / 2;
    parts.push(
      `<text transform="translate(${x},${TOP - 6}) rotate(-50)" font-size="11" fill="currentColor">${escapeXml(shorten(c.name, 18))}</text>`,
    );
  });
  rows.forEach((r, i) => {
    const y = TOP + i * CELL;
    parts.push(
      `<text x="${LEFT - 6}" y="${y + CELL / 2 + 4}" text-anchor="end" font-size="11" fill="currentColor">${escapeXml(shorten(r.name, 22))}</text>`,
    );
    columns.forEach((c, j) => {
      const n = count.get(`${r.id}|${c.id}`) ?? 0;
      const x = LEFT + j * CELL;
      // Opacity scale keeps light cells readable; dark cells switch their label to white for contrast.
      const level = n === 0 ? 0 : 0.15 + 0.85 * (n / max);
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL - 2}" height="${CELL - 2}" fill="#b42318" fill-opacity="${level.toFixed(2)}" stroke="currentColor" stroke-opacity="0.15"><title>${escapeXml(`${r.name} blamed ${c.name}: ${n}`)}</title></rect>`,
      );
      if (n > 0) {
        parts.push(
          `<text x="${x + (CELL - 2) / 2}" y="${y + CELL / 2 + 3}" text-anchor="middle" font-size="11" fill="${level > 0.55 ? '#ffffff' : '#1f2933'}">${n}</text>`,
        );
      }
    });
  });
  const total = input.cells.reduce((a, c) => a + c.count, 0);
  const desc = `${total} attributions between ${rows.length} accusers and ${columns.length} accused parties.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart heatmap" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="hm-title hm-desc"><title id="hm-title">${escapeXml(input.title)}</title><desc id="hm-desc">${escapeXml(desc)}</desc>${parts.join('')}</svg>`;
}
