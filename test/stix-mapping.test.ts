import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { stixConfidence } from '../src/publish/stix/stix-common.ts';
import { sdoId } from '../src/publish/stix/stix-ids.ts';
import type { StixBundle, StixObject } from '../src/publish/stix/stix-types.ts';
import { toStixBundle } from '../src/publish/stix/to-stix-bundle.ts';
import { FIXTURE_SHA256, fixtureProvenance, fixtureStoryInput } from './stix-fixtures.ts';
import { createStixValidator, STIX_SCHEMAS_MISSING } from './stix-validator.ts';

/** The comparison-expression subset of the STIX patterning grammar (§9) that we emit. */
const STRING = "'(?:[^'\\\\]|\\\\['\\\\])*'";
const PATTERN = new RegExp(
  `^\\[([a-z][a-z0-9-]*):([a-z_][a-z0-9_]*)((?:\\.(?:[a-z_][a-z0-9_]*|${STRING}))*) = (${STRING})\\]$`,
);
const unquote = (literal: string) => literal.slice(1, -1).replace(/\\(['\\])/g, '$1');

describe('STIX mapping (pure)', () => {
  let bundle: StixBundle;
  const byId = new Map<string, StixObject>();
  const ofType = (type: string) => bundle.objects.filter((o) => o.type === type);
  const rels = (type: string) => ofType('relationship').filter((o) => o.relationship_type === type);
  const gov = (code: string) => sdoId('identity', `country:${code}`);

  before(() => {
    bundle = toStixBundle({
      stories: [fixtureStoryInput()],
      provenance: fixtureProvenance,
      storyUrl: (id) => `https://brief.example/stories/${id}`,
    }).bundle;
    for (const object of bundle.objects) byId.set(object.id, object);
  });

  it('maps the story to a report with outlets, labels and every object', () => {
    const [report] = ofType('report');
    assert.ok(report);
    assert.equal(report.published, '2026-03-02T08:00:00.000Z');
    assert.equal(report.created, '2026-03-02T08:00:00.000Z');
    assert.equal(report.modified, '2026-03-03T08:30:00.000Z');
    const urls = (report.external_references as { url: string }[]).map((r) => r.url);
    assert.deepEqual(urls, [
      'https://one.example/news/1',
      'https://two.example/news/2',
      'https://brief.example/stories/1',
    ]);
    assert.deepEqual(report.labels, ['attack.intrusion', 'attribution', 'denial', 'responsibility-claim']);
    const refs = new Set(report.object_refs as string[]);
    for (const object of bundle.objects)
      if (!['report'].includes(object.type) && object.id !== report.created_by_ref)
        assert.ok(refs.has(object.id), `report references ${object.id}`);
  });

  it('maps entities to identities, locations, intrusion sets, malware, CVEs and techniques with provenance', () => {
    const location = byId.get(sdoId('location', 'country:CN'));
    assert.equal(location?.country, 'CN');
    assert.equal(byId.get(sdoId('identity', 'org:nato'))?.identity_class, 'organization');
    assert.deepEqual(byId.get(sdoId('identity', 'sector:healthcare'))?.sectors, ['healthcare']);
    assert.deepEqual(byId.get(sdoId('identity', 'org:fbi'))?.sectors, ['government-national']);
    const apt40 = byId.get(sdoId('intrusion-set', 'actor:apt40'));
    assert.ok(apt40, 'a named APT group is an intrusion-set');
    assert.deepEqual(apt40.external_references, [
      { source_name: 'mitre-attack', external_id: 'G0065', url: 'https://attack.mitre.org/groups/G0065/' },
    ]);
    assert.deepEqual(apt40.aliases, ['Leviathan', 'TEMP.Periscope']);
    assert.ok(
      byId.get(sdoId('threat-actor', 'actor:noname05716')),
      'a group claiming its own attacks is a threat-actor',
    );
    const plugx = byId.get(sdoId('malware', 'malware:plugx'));
    assert.equal(plugx?.is_family, true);
    assert.equal((plugx!.external_references as { source_name: string }[])[0]?.source_name, 'misp-galaxy');
    const cve = byId.get(sdoId('vulnerability', 'cve:CVE-2021-26855'));
    assert.deepEqual((cve!.external_references as object[])[0], {
      source_name: 'cve',
      external_id: 'CVE-2021-26855',
      url: 'https://www.cve.org/CVERecord?id=CVE-2021-26855',
    });
    const technique = byId.get(sdoId('attack-pattern', 'technique:T1566.001'));
    assert.equal((technique!.external_references as { external_id: string }[])[0]?.external_id, 'T1566.001');
    assert.equal(ofType('software')[0]?.name, 'Microsoft Exchange Server');
  });

  it('maps an attribution claim to attributed-to by the accuser, with allies agreeing and the accused denying', () => {
    const claims = rels('attributed-to').filter((r) => r.created_by_ref === gov('US'));
    assert.deepEqual(
      claims.map((r) => r.target_ref).sort(),
      [gov('CN'), sdoId('intrusion-set', 'actor:apt40')].sort(),
    );
    for (const claim of claims) {
      assert.equal(byId.get(String(claim.source_ref))?.type, 'incident');
      assert.match(
        String(claim.description),
        /^The United States accused China of the Microsoft Exchange hacking campaign/,
      );
      assert.equal(claim.confidence, 92);
    }
    const opinions = ofType('opinion');
    const agree = opinions
      .filter((o) => o.opinion === 'agree')
      .map((o) => o.created_by_ref)
      .sort();
    assert.deepEqual(agree, [gov('GB'), gov('JP'), sdoId('identity', 'org:nato')].sort());
    for (const opinion of opinions.filter((o) => o.opinion === 'agree'))
      assert.deepEqual(opinion.object_refs, claims.map((c) => c.id).sort());
    const endorsement = opinions.find((o) => o.created_by_ref === gov('JP'));
    assert.equal(endorsement?.explanation, 'The attribution was endorsed by Japan.');
    assert.equal(byId.get(gov('JP'))?.name, 'Government of Japan');
    assert.equal(
      rels('attributed-to').filter((r) => r.created_by_ref === gov('JP')).length,
      0,
      'an ally endorses; it makes no claim of its own',
    );
    const denial = opinions.find((o) => o.opinion === 'strongly-disagree');
    assert.equal(denial?.created_by_ref, gov('CN'));
    assert.deepEqual(denial?.object_refs, [claims.find((c) => c.target_ref === gov('CN'))!.id]);
  });

  it('maps attacks to targets, uses and exploits, and claims to attributed-to the claimant', () => {
    const apt40 = sdoId('intrusion-set', 'actor:apt40');
    const pair = (type: string, s: string, t: string) =>
      rels(type).some((r) => r.source_ref === s && r.target_ref === t);
    assert.ok(pair('targets', apt40, sdoId('identity', 'sector:healthcare')));
    assert.ok(pair('uses', apt40, sdoId('malware', 'malware:plugx')));
    assert.ok(pair('targets', apt40, sdoId('vulnerability', 'cve:CVE-2021-26855')));
    assert.ok(
      pair('exploits', sdoId('malware', 'malware:plugx'), sdoId('vulnerability', 'cve:CVE-2021-26855')),
    );
    const claim = rels('attributed-to').find(
      (r) => r.target_ref === sdoId('threat-actor', 'actor:noname05716'),
    );
    assert.equal(claim?.confidence, stixConfidence(0.9, 'reported'));
    assert.equal(claim?.confidence, 69);
    assert.ok(pair('located-at', sdoId('identity', 'org:fbi'), sdoId('location', 'country:US')));
  });

  it('keeps relationships within the STIX 2.1 relationship tables when the analysis misassigns roles', () => {
    // Misassigned roles, as a news analyser produces them: a vendor as attacker, a sector as the accused.
    const input = fixtureStoryInput();
    const [first, second] = input.articles;
    const analysis = first!.analysis!;
    const attribution = analysis.events.find((e) => e.type === 'attribution');
    const attack = analysis.events.find((e) => e.type === 'attack.intrusion');
    const misassigned = [
      {
        ...attack!,
        type: 'vulnerability.exploitation' as const,
        arguments: [
          { ...attack!.arguments[0]!, entity: 'org:fbi' },
          ...attack!.arguments.filter((a) => a.role === 'vulnerability'),
        ],
      },
      {
        ...attack!,
        arguments: [
          { ...attack!.arguments[0]!, entity: 'org:fbi' },
          { ...attack!.arguments[0]!, role: 'victim', entity: 'product:microsoft-exchange-server' },
        ],
      },
      {
        ...attribution!,
        arguments: attribution!.arguments.map((a) =>
          a.role === 'accused' ? { ...a, entity: 'sector:healthcare' } : a,
        ),
      },
    ];
    const odd = toStixBundle({
      stories: [
        { ...input, articles: [{ ...first!, analysis: { ...analysis, events: misassigned } }, second!] },
      ],
      provenance: fixtureProvenance,
    }).bundle;
    const objects = new Map(odd.objects.map((o) => [o.id, o]));
    const relationships = odd.objects.filter((o) => o.type === 'relationship');
    const typeOf = (id: unknown) => objects.get(String(id))?.type;
    for (const r of relationships.filter((o) =>
      ['targets', 'uses', 'exploits'].includes(String(o.relationship_type)),
    )) {
      assert.match(
        String(typeOf(r.source_ref)),
        /^(intrusion-set|threat-actor|malware|tool|incident)$/,
        r.id,
      );
      if (r.relationship_type === 'targets')
        assert.match(String(typeOf(r.target_ref)), /^(identity|location|vulnerability)$/, r.id);
    }
    const blamed = relationships
      .filter((r) => r.relationship_type === 'attributed-to')
      .map((r) => r.target_ref);
    assert.ok(
      blamed.includes(sdoId('identity', 'org:fbi')),
      'a non-actor attacker is still blamed for the incident',
    );
    assert.ok(!blamed.includes(sdoId('identity', 'sector:healthcare')), 'a sector is never the accused');
    assert.deepEqual(createStixValidator().validateBundle(odd), []);
  });

  it('maps IOCs to indicators with valid STIX patterns and matching observables', () => {
    const indicators = ofType('indicator');
    assert.equal(indicators.length, 4, 'ipv4, domain, url, sha256 (btc has no STIX 2.1 observable)');
    for (const indicator of indicators) {
      assert.equal(indicator.pattern_type, 'stix');
      assert.equal(indicator.valid_from, '2026-03-02T08:00:00.000Z');
      const match = PATTERN.exec(String(indicator.pattern));
      assert.ok(match, `pattern grammar: ${String(indicator.pattern)}`);
      const based = rels('based-on').find((r) => r.source_ref === indicator.id);
      const sco = byId.get(String(based?.target_ref));
      assert.equal(sco?.type, match[1]);
      const value = unquote(match[4]!);
      if (sco?.type === 'file') assert.deepEqual(sco.hashes, { 'SHA-256': value });
      else assert.equal(sco?.value, value);
    }
    const patterns = indicators.map((i) => i.pattern).sort();
    assert.deepEqual(patterns, [
      "[domain-name:value = 'evil.example']",
      `[file:hashes.'SHA-256' = '${FIXTURE_SHA256}']`,
      "[ipv4-addr:value = '203.0.113.7']",
      "[url:value = 'http://evil.example/a\\'b']",
    ]);
    assert.ok(rels('indicates').length > 0, 'IOCs in a sentence with an actor or malware indicate it');
  });

  it('is deterministic and keeps created ≤ modified', () => {
    const again = toStixBundle({
      stories: [fixtureStoryInput()],
      provenance: fixtureProvenance,
      storyUrl: (id) => `https://brief.example/stories/${id}`,
    });
    assert.equal(JSON.stringify(again.bundle), JSON.stringify(bundle));
    for (const object of bundle.objects) {
      assert.equal(object.spec_version, '2.1');
      if (object.created) assert.ok(String(object.created) <= String(object.modified), object.id);
    }
  });

  it('validates against the OASIS schemas and our own checks', { skip: STIX_SCHEMAS_MISSING }, () => {
    assert.deepEqual(createStixValidator().validateBundle(bundle), []);
  });

  it('maps confidence onto 0..100 with hedging caps', () => {
    assert.equal(stixConfidence(0.92), 92);
    assert.equal(stixConfidence(0.92, 'possible'), 29);
    assert.equal(stixConfidence(2), 100);
    assert.equal(stixConfidence(Number.NaN), 0);
  });
});
