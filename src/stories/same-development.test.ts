import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { profileArticle } from './article-profile.ts';
import { judgePair, pairFeatures } from './same-development.ts';

const at = '2025-09-02T10:00:00Z';

describe('same-development rule', () => {
  it('does not read dates or identifiers as shared figures', () => {
    const p = profileArticle({
      title: 'Vendor patches CVE-2026-21001',
      text: 'PITTSBURGH, Aug. 11, 2025 -- The flaw affects 7.4.9 builds and cost $34. 2 million.',
      publishedAt: at,
    });
    assert.deepEqual(p.nums, ['3.4e7']);
  });

  it("takes no headline's first word for a name when the lead writes it in lower case in another form", () => {
    const p = profileArticle({
      title: 'Arrest made over cyber attack that disrupted Heathrow',
      text: 'Police arrested a man in West Sussex on Tuesday evening.',
      publishedAt: at,
    });
    assert.equal(p.names.includes('arrest'), false);
    assert.equal(p.names.includes('heathrow'), true);
    assert.equal(p.title.includes('arrest'), true);
  });

  it('keeps two patch reports about different CVEs apart', () => {
    const a = profileArticle({
      title: 'Fortinet patches actively exploited FortiOS flaw CVE-2026-21001',
      text: 'Fortinet released updates for CVE-2026-21001, a flaw with a CVSS score of 9.8 exploited in the wild.',
      publishedAt: at,
    });
    const b = profileArticle({
      title: 'Microsoft Patch Tuesday fixes 67 flaws, including exploited zero-days',
      text: 'Microsoft fixed CVE-2026-21310, an actively exploited flaw with a CVSS score of 7.8, among 67 flaws.',
      publishedAt: at,
    });
    const f = pairFeatures(a, b);
    assert.equal(f.cveConflict, true);
    assert.notEqual(judgePair(f).kind, 'same');
  });

  it('compares headlines without the subject names, so two developments of one company differ', () => {
    const a = profileArticle({
      title: 'Jaguar Land Rover says some data affected by cyber attack',
      text: 'Jaguar Land Rover said some data had been affected.',
      publishedAt: at,
    });
    const b = profileArticle({
      title: 'Jaguar Land Rover extends production shutdown after cyber attack',
      text: 'Jaguar Land Rover extended the production shutdown at its factories.',
      publishedAt: at,
    });
    assert.ok(!a.title.includes('jaguar'));
    assert.equal(pairFeatures(a, b).titleDice, 0);
    assert.notEqual(judgePair(pairFeatures(a, b)).kind, 'same');
  });
});
