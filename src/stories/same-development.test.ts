import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { profileArticle, withoutHeadline } from './article-profile.ts';
import { judgePair, pairFeatures, SAME_DEVELOPMENT_RULE } from './same-development.ts';

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

  it('drops a headline repeated in the lead before reading names from it', () => {
    const title = 'US Cybersecurity Professionals Accused of Aiding BlackCat Ransomware Extortion';
    const p = profileArticle({ title, text: `${title} Three men were charged on Monday.`, publishedAt: at });
    assert.equal(p.names.includes('accused'), false);
    assert.equal(p.names.includes('professionals'), false);
    assert.equal(withoutHeadline(`${title} More.`, title).trim(), 'More.');
  });

  it("counts a Title Case headline's capitalised word as a shared name when the other article names it", () => {
    const a = profileArticle({
      title: 'Capita Fined £14m Over 2023 Cyber-Attack Failures',
      text: 'Capita fined £14 million by UK watchdog over failures linked to a 2023 cyber-attack.',
      publishedAt: at,
    });
    const b = profileArticle({
      title: 'ICO fines Capita £14m after millions affected by data breach',
      text: 'The watchdog said Capita failed to protect the personal details of 6.6m people.',
      publishedAt: at,
    });
    assert.equal(a.names.includes('capita'), false);
    assert.deepEqual(a.capitals?.includes('capita'), true);
    assert.equal(a.capitals?.includes('fined'), false);
    const f = pairFeatures(a, b);
    assert.equal(f.sharedNames, 1);
    assert.equal(f.nameOverlap, 1);
    assert.equal(judgePair(f).kind, 'same');
    // A headline word the lead names mid-sentence is a name, counted once.
    const c = profileArticle({
      title: 'Capita Hit With Record Fine Over 2023 Breach',
      text: 'The watchdog said Capita failed to protect personal details.',
      publishedAt: at,
    });
    assert.equal(c.capitals?.includes('capita') ?? false, false);
    assert.equal(pairFeatures(b, c).sharedNames, 1);
  });

  it('reads trillions as figures', () => {
    const a = profileArticle({ title: 'Attack hits $4.3T muni market site', text: '', publishedAt: at });
    const b = profileArticle({
      title: 'Attack hits $4.3 trillion muni market site',
      text: '',
      publishedAt: at,
    });
    assert.deepEqual(a.nums, ['4.3e12']);
    assert.deepEqual(b.nums, ['4.3e12']);
  });

  it('lets a shared figure carry follow-up coverage further in time than wording alone', () => {
    const f = {
      days: 3,
      sharedNames: 2,
      nameOverlap: 1,
      titleDice: 0.5,
      termOverlap: 0.3,
      sharedFigures: 1,
      subjectConflict: false,
      cveConflict: false,
      eventConflict: false,
      bothReleases: false,
    };
    assert.equal(judgePair(f).kind, 'same');
    assert.equal(judgePair(f, { ...SAME_DEVELOPMENT_RULE, figureDayShare: 1 }).kind, 'related');
  });
});
