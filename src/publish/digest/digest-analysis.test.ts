import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doIUseEmail } from '@jsx-email/doiuse-email';
import type { Analysis, AnalysisEntity, AnalysisEvent } from '../../domain/analysis.ts';
import type { Article } from '../../domain/article.ts';
import type { Section, Story } from '../../domain/story.ts';
import { parseTopics } from '../subscriptions/topic-filter.ts';
import { buildDigestModel, type DigestInput } from './build-digest-model.ts';
import { createPersonalRenderer } from './render-personal.ts';
import { rememberAnalyses } from './score-story.ts';

const story = (id: number, section: Section, outlets: number, title: string): Story => ({
  id,
  title,
  section,
  representativeArticleId: id * 10,
  articleCount: outlets,
  outletCount: outlets,
  firstSeenAt: `2026-03-02T0${id}:00:00Z`,
  lastSeenAt: `2026-03-02T0${id}:00:00Z`,
});

const article = (storyId: number, title: string, text: string): Article => ({
  id: storyId * 10,
  sourceId: null,
  storyId,
  url: `https://outlet.example/${storyId}`,
  canonicalUrl: `https://outlet.example/${storyId}`,
  originalUrl: null,
  guid: null,
  title,
  author: null,
  text,
  html: null,
  outlet: 'outlet.example',
  language: 'en',
  contentHash: `h${storyId}`,
  publishedAt: '2026-03-02T09:00:00Z',
  fetchedAt: '2026-03-02T09:00:00Z',
});

function entity(
  text: string,
  id: string,
  name: string,
  kind: AnalysisEntity['kind'],
  surface: string,
): AnalysisEntity {
  const start = text.indexOf(surface);
  return {
    id,
    kind,
    name,
    mentions: [{ start, end: start + surface.length, text: surface, sentence: 0, rule: 't' }],
  };
}

function analysis(text: string, entities: AnalysisEntity[], events: AnalysisEvent[] = []): Analysis {
  return {
    title: null,
    language: 'en',
    text_length: text.length,
    boilerplate: [],
    entities,
    events,
    quotes: [],
  };
}

function attribution(text: string, accuser: [string, string], accused: [string, string]): AnalysisEvent {
  const arg = (role: string, [entityId, surface]: [string, string]) => {
    const start = text.indexOf(surface);
    return { role, entity: entityId, start, end: start + surface.length, text: surface };
  };
  const t = text.indexOf('accused');
  return {
    type: 'attribution',
    stance: 'asserted',
    realis: 'actual',
    trigger: { start: t, end: t + 7, text: 'accused' },
    sentence: { start: 0, end: text.length },
    arguments: [arg('accuser', accuser), arg('accused', accused)],
    confidence: 0.9,
  };
}

function input(): DigestInput {
  const t1 = 'UK accuses Russia\n\nThe UK accused Russia and APT28 of hacking ministries.';
  const t2 = 'Exchange bug\n\nMicrosoft warned CVE-2026-1111 is actively exploited in the wild.';
  const t3 = 'Retailer breach\n\nA breach exposed 12 million customers records at a retailer.';
  const t4 = 'Old CVE again\n\nCVE-2025-0001 was discussed again by two outlets.';
  const a1 = analysis(
    t1,
    [
      entity(t1, 'country:GB', 'United Kingdom', 'country', 'UK'),
      entity(t1, 'country:RU', 'Russia', 'country', 'Russia'),
      entity(t1, 'actor:apt28', 'APT28', 'threat-actor', 'APT28'),
    ],
    [attribution(t1, ['country:GB', 'The UK'], ['country:RU', 'Russia'])],
  );
  const a2 = analysis(t2, [
    entity(t2, 'cve:CVE-2026-1111', 'CVE-2026-1111', 'vulnerability', 'CVE-2026-1111'),
    entity(t2, 'vendor:microsoft', 'Microsoft', 'vendor', 'Microsoft'),
  ]);
  // An analysis stored before events existed: no `events` key at all.
  const a3 = { ...analysis(t3, []), events: undefined } as unknown as Analysis;
  const a4 = analysis(t4, [
    entity(t4, 'cve:CVE-2025-0001', 'CVE-2025-0001', 'vulnerability', 'CVE-2025-0001'),
  ]);
  const entry = (s: Story, text: string, a: Analysis | undefined) => ({
    story: s,
    articles: [article(s.id, s.title, text.split('\n\n')[1] ?? '')],
    analysis: a,
  });
  return {
    date: '2026-03-02',
    timeZone: 'UTC',
    publicUrl: 'https://brief.example',
    generatedAt: '2026-03-02T18:00:00Z',
    previousDayCount: 6,
    memory: rememberAnalyses([a4]),
    stories: [
      entry(story(1, 'attributions', 1, 'UK accuses Russia'), t1, a1),
      entry(story(2, 'vulnerabilities', 1, 'Exchange bug'), t2, a2),
      entry(story(3, 'breaches', 1, 'Retailer breach'), t3, a3),
      entry(story(4, 'vulnerabilities', 2, 'Old CVE again'), t4, a4),
    ],
  };
}

describe('digest ranking and analysis block', () => {
  const model = buildDigestModel(input());
  const items = model.sections.flatMap((s) => s.items);

  it('flags exploited CVEs, state attribution, large breaches and new CVEs', () => {
    const signals = Object.fromEntries(items.map((i) => [i.storyId, i.signals]));
    assert.deepEqual(signals[1], ['state-attribution']);
    assert.deepEqual(signals[2], ['exploited', 'new-cve']);
    assert.deepEqual(signals[3], ['large-breach']);
    assert.deepEqual(signals[4], [], 'a CVE seen the day before is not new');
  });

  it('ranks an exploited new CVE above a two-outlet story without signals', () => {
    const vulns = model.sections.find((s) => s.id === 'vulnerabilities');
    assert.deepEqual(
      vulns?.items.map((i) => i.storyId),
      [2, 4],
    );
  });

  it('lists who accused whom, active actors, new CVEs and counts against the previous day', () => {
    assert.deepEqual(
      model.analysis.attributions.map((a) => [a.accuser.name, a.accused.name, a.accused.url]),
      [['United Kingdom', 'Russia', 'https://brief.example/entities/country:RU']],
    );
    assert.deepEqual(
      model.analysis.activeActors.map((a) => [a.name, a.storyCount]),
      [['APT28', 1]],
    );
    assert.deepEqual(
      model.analysis.newCves.map((c) => c.id),
      ['cve:CVE-2026-1111'],
    );
    const { text, html } = createPersonalRenderer(model)({ sections: [], entities: [], watch: [] }, 'tok.en');
    assert.match(text, /4 stories \(-2 against the day before\)/);
    assert.match(text, /United Kingdom -> Russia: UK accuses Russia/);
    assert.match(html, /Today&#39;s analysis|Today's analysis/);
    assert.ok(text.indexOf("Today's analysis") < text.indexOf('== Attributions'));
  });

  it('compares each section with the previous day, including sections empty today', () => {
    const compared = buildDigestModel({
      ...input(),
      previousSectionCounts: { vulnerabilities: 3, advisories: 1, attributions: 1 },
    });
    const { text } = createPersonalRenderer(compared)({ sections: [], entities: [], watch: [] }, 'a.b');
    assert.match(
      text.replace(/\s+/g, ' '),
      /4 stories \(-2 against the day before\): Attributions and state activity 1 \(±0\), Breaches and ransomware 1 \(\+1\), Vulnerabilities and patches 2 \(-1\), Advisories 0 \(-1\)\./,
    );
  });

  it('lists only accused that are states, threat actors or state agencies', () => {
    const t = 'GRU named\n\nThe UK accused the GRU, the DNC and intrusions of hacking.';
    const gru = { ...entity(t, 'org:gru', 'GRU', 'organization', 'GRU'), type: 'government-agency' };
    const dnc = { ...entity(t, 'org:dnc', 'DNC', 'organization', 'DNC'), type: 'other' };
    const uk = entity(t, 'country:GB', 'United Kingdom', 'country', 'UK');
    const event = (accused: [string, string]) => attribution(t, ['country:GB', 'UK'], accused);
    const unresolved = attribution(t, ['country:GB', 'UK'], ['', 'intrusions']);
    const a = analysis(
      t,
      [uk, gru, dnc],
      [
        event(['org:gru', 'GRU']),
        event(['org:dnc', 'DNC']),
        {
          ...unresolved,
          arguments: unresolved.arguments.map((x) =>
            x.role === 'accused' ? { ...x, entity: undefined } : x,
          ),
        },
      ],
    );
    const only = buildDigestModel({
      ...input(),
      stories: [
        {
          story: story(5, 'attributions', 1, 'GRU named'),
          articles: [article(5, 'GRU named', t.split('\n\n')[1] ?? '')],
          analysis: a,
        },
      ],
    });
    assert.deepEqual(
      only.analysis.attributions.map((x) => [x.accuser.name, x.accused.name]),
      [['United Kingdom', 'GRU']],
    );
  });

  it('leaves an attribution already reported the day before out of the block', () => {
    const again = buildDigestModel({
      ...input(),
      memory: rememberAnalyses(input().stories.map((s) => s.analysis)),
    });
    assert.deepEqual(again.analysis.attributions, []);
  });
});

describe('personalised rendering', () => {
  const model = buildDigestModel(input());
  const render = createPersonalRenderer(model);
  const topics = (s: string) => {
    const parsed = parseTopics(s);
    assert.ok(parsed.ok);
    return parsed.value;
  };

  it('keeps only the stories a topic filter selects and says so', () => {
    const { text } = render(topics('country:RU, CVE-2026-1111'), 'abc.def');
    assert.match(text, /UK accuses Russia/);
    assert.match(text, /Exchange bug/);
    assert.doesNotMatch(text, /Retailer breach|Old CVE again/);
    assert.match(text, /Filtered to your topics \(country:RU, CVE-2026-1111\): 2 of 4 stories\./);
  });

  it('puts each subscriber own links in the footer', () => {
    const a = render(topics('breaches'), 'token-a.sig');
    const b = render(topics('breaches'), 'token-b.sig');
    assert.match(a.html, /href="https:\/\/brief\.example\/unsubscribe\/token-a\.sig"/);
    assert.match(b.text, /Unsubscribe: https:\/\/brief\.example\/unsubscribe\/token-b\.sig/);
    assert.match(b.text, /Manage preferences: https:\/\/brief\.example\/preferences\/token-b\.sig/);
    assert.doesNotMatch(b.html, /token-a/);
  });

  it('selects by vendor (its products too) and by the country an actor belongs to', () => {
    const base = input();
    const t5 = 'Exchange servers hit\n\nAttackers hit Exchange Server installations run by APT40.';
    const a5 = analysis(t5, [
      entity(t5, 'product:microsoft-exchange-server', 'Exchange Server', 'product', 'Exchange Server'),
      { ...entity(t5, 'actor:apt40', 'APT40', 'threat-actor', 'APT40'), country: 'country:CN' },
    ]);
    const withMore = buildDigestModel({
      ...base,
      stories: [
        ...base.stories,
        {
          story: story(5, 'other', 1, 'Exchange servers hit'),
          articles: [article(5, 'Exchange servers hit', t5.split('\n\n')[1] ?? '')],
          analysis: a5,
        },
      ],
    });
    const titles = (s: string) =>
      createPersonalRenderer(withMore)(topics(s), 'a.b')
        .text.split('\n')
        .filter((line) => /^\d+\. /.test(line))
        .map((line) => line.replace(/^\d+\. /, ''));
    assert.deepEqual(titles('vendor:Microsoft'), ['Exchange bug', 'Exchange servers hit']);
    assert.deepEqual(titles('country:CN'), ['Exchange servers hit']);
    assert.deepEqual(titles('actor:APT40'), ['Exchange servers hit']);
  });

  it('says honestly when nothing matched', () => {
    const { text } = render(topics('law-enforcement'), 'x.y');
    assert.match(text, /None of today's 4 stories matched your topics/);
  });

  it('passes @jsx-email/doiuse-email for common clients with no errors', () => {
    const { html } = render({ sections: [], entities: [], watch: [] }, 'x.y');
    const clients = [
      'gmail.*',
      'outlook.*',
      'apple-mail.*',
      'yahoo.*',
      'thunderbird.*',
      'samsung-email.*',
      'fastmail.*',
      'protonmail.*',
    ];
    const result = doIUseEmail(html, { emailClients: clients });
    assert.deepEqual('errors' in result ? result.errors : [], []);
    assert.ok(result.success);
  });
});
