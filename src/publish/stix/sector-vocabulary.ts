/** Our sector keys on STIX 2.1's industry-sector-ov (§10.17); keys not listed keep their own name (open vocabulary). */
export const SECTOR_VOCABULARY: Readonly<Record<string, string>> = {
  healthcare: 'healthcare',
  finance: 'financial-services',
  cryptocurrency: 'financial-services',
  energy: 'energy',
  government: 'government',
  elections: 'government',
  education: 'education',
  defense: 'defense',
  telecommunications: 'telecommunications',
  manufacturing: 'manufacturing',
  retail: 'retail',
  technology: 'technology',
  transportation: 'transportation',
  'critical-infrastructure': 'infrastructure',
  media: 'entertainment',
  ngo: 'non-profit',
  water: 'water',
  hospitality: 'hospitality-leisure',
  insurance: 'insurance',
  pharmaceutical: 'pharmaceuticals',
  aerospace: 'aerospace',
  agriculture: 'agriculture',
};

/** The industry-sector-ov value for a `sector:<key>` id. */
export function stixSector(entityId: string): string {
  const key = entityId.replace(/^sector:/, '');
  return SECTOR_VOCABULARY[key] ?? key;
}
