import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderHeatmap } from './heatmap.ts';
import { renderVolumeChart } from './volume-chart.ts';

describe('SVG charts', () => {
  it('stacks story volume per day by section, escaping labels', () => {
    const svg = renderVolumeChart({
      days: ['2026-03-01', '2026-03-02'],
      points: [
        { day: '2026-03-01', section: 'a', count: 2 },
        { day: '2026-03-02', section: 'b', count: 1 },
      ],
      series: [
        { key: 'a', title: 'A & <b>', color: '#123456' },
        { key: 'b', title: 'B', color: '#654321' },
      ],
      title: 'Volume',
    });
    assert.match(svg, /^<svg [^>]*role="img"/);
    assert.equal((svg.match(/<rect [^>]*><title>/g) ?? []).length, 2);
    assert.ok(svg.includes('A &#38; &#60;b&#62;'));
    assert.ok(!svg.includes('<b>'));
    assert.equal(
      svg,
      renderVolumeChart({
        days: ['2026-03-01', '2026-03-02'],
        points: [
          { day: '2026-03-01', section: 'a', count: 2 },
          { day: '2026-03-02', section: 'b', count: 1 },
        ],
        series: [
          { key: 'a', title: 'A & <b>', color: '#123456' },
          { key: 'b', title: 'B', color: '#654321' },
        ],
        title: 'Volume',
      }),
    );
  });

  it('draws an accuser × accused heatmap with counts', () => {
    const svg = renderHeatmap({
      rows: [{ id: 'country:US', name: 'United States' }],
      columns: [
        { id: 'country:CN', name: 'China' },
        { id: 'country:RU', name: 'Russia' },
      ],
      cells: [{ row: 'country:US', column: 'country:CN', count: 3 }],
      title: 'Who blames whom',
    });
    assert.match(svg, /United States blamed China: 3/);
    assert.match(svg, /United States blamed Russia: 0/);
    assert.match(svg, />3<\/text>/);
  });
});
