import { SECTION_TITLES, SECTIONS } from '../../domain/story.ts';
import type { SeriesStyle } from '../../publish/charts/volume-chart.ts';

const COLORS: Readonly<Record<string, string>> = {
  attributions: '#b42318',
  breaches: '#b54708',
  vulnerabilities: '#1d4ed8',
  'law-enforcement': '#6941c6',
  advisories: '#067647',
  other: '#667085',
};

/** Chart series for the digest sections, in digest order, with distinguishable colours. */
export const SECTION_SERIES: readonly SeriesStyle[] = SECTIONS.map((s) => ({
  key: s,
  title: SECTION_TITLES[s],
  color: COLORS[s] ?? '#667085',
}));
