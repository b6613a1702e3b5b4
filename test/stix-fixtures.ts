import type {
  Analysis,
  AnalysisEntity,
  AnalysisEvent,
  EntityKind,
  EventArgument,
} from '../src/domain/analysis.ts';
import type { Article } from '../src/domain/article.ts';
import { analysisTextOf } from '../src/domain/article-text.ts';
import type { Story } from '../src/domain/story.ts';
import type { EntityProvenance, StixStoryInput } from '../src/publish/stix/stix-types.ts';
import type { Db } from '../src/store/database.ts';
import { insertArticle, saveArticleAnalysis } from '../src/store/repositories/articles.ts';
import { saveArticleEntities } from '../src/store/repositories/entities.ts';
import { attachArticle, createStory, refreshStory } from '../src/store/repositories/stories.ts';

/** A SHA-256 that appears in the fixture article. */
export const FIXTURE_SHA256 = '9e3b1d7c4a2f8e6b0c5d9a1e7f3b2c8d4e6a0b9c1d7e3f5a2b8c4d6e0f1a9b3c';

const TITLE = 'US and allies blame China for Exchange hacking by APT40';
const BODY = [
  'The United States accused China of the Microsoft Exchange hacking campaign carried out by APT40, the FBI said.',
  'NATO and the United Kingdom backed the assessment.',
  'The attribution was endorsed by Japan.',
  'APT40 breached hospitals in the healthcare sector using PlugX and exploited CVE-2021-26855.',
  `Indicators of the PlugX activity include 203.0.113.7, evil.example, http://evil.example/a'b, ${FIXTURE_SHA256} and 1BoatSLRHtKNngkdXEeobR76b53LETtpyT.`,
  'China denied the accusation.',
  'Separately, the NoName057(16) group claimed responsibility for DDoS attacks.',
  'The operators used T1566.001 spearphishing attachments.',
].join(' ');

type Fixture = { readonly title: string; readonly text: string };

/** The two fixture articles (the second a copy from another outlet, analysed before events existed). */
export const FIXTURE_ARTICLES: readonly Fixture[] = [
  { title: TITLE, text: BODY },
  {
    title: 'China blamed for Exchange hacks',
    text: 'Washington blamed China for the Exchange hacks on Monday.',
  },
];

/** Builds the analysis of the first fixture article: entities, and the events given (offsets computed). */
export function fixtureAnalysis(): Analysis {
  const text = analysisTextOf({ title: TITLE, text: BODY });
  const sentences = [...text.matchAll(/[^.\n]+(\.|$)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
    return { start, end: start + needle.length, text: needle };
  };
  const sentenceOf = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const entity = (
    id: string,
    kind: EntityKind,
    name: string,
    surface: string,
    extra: Partial<AnalysisEntity> = {},
  ): AnalysisEntity => ({
    id,
    kind,
    name,
    ...extra,
    mentions: [...text.matchAll(new RegExp(surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map(
      (m) => ({
        start: m.index,
        end: m.index + surface.length,
        text: surface,
        sentence: sentenceOf(m.index),
        rule: 'fixture',
      }),
    ),
  });
  const sentence = (needle: string) => sentences[sentenceOf(at(needle).start)]!;
  const argument = (role: string, surface: string, entityId?: string, from = 0): EventArgument => ({
    role,
    ...at(surface, from),
    ...(entityId ? { entity: entityId } : {}),
  });
  const event = (e: Omit<AnalysisEvent, 'realis'> & { realis?: AnalysisEvent['realis'] }): AnalysisEvent => ({
    realis: 'actual',
    ...e,
  });
  const s1 = at('The United States accused').start;
  return {
    title: TITLE,
    language: 'en',
    text_length: text.length,
    boilerplate: [],
    entities: [
      entity('country:US', 'country', 'United States', 'United States'),
      entity('country:CN', 'country', 'China', 'China'),
      entity('country:GB', 'country', 'United Kingdom', 'United Kingdom'),
      entity('country:JP', 'country', 'Japan', 'Japan'),
      entity('org:nato', 'organization', 'NATO', 'NATO', { type: 'alliance' }),
      entity('org:fbi', 'organization', 'FBI', 'FBI', { type: 'government-agency', country: 'country:US' }),
      entity('actor:apt40', 'threat-actor', 'APT40', 'APT40', { country: 'country:CN' }),
      entity('actor:noname05716', 'threat-actor', 'NoName057(16)', 'NoName057(16)'),
      entity('sector:healthcare', 'sector', 'Healthcare', 'healthcare sector'),
      entity('malware:plugx', 'malware', 'PlugX', 'PlugX'),
      entity('cve:CVE-2021-26855', 'vulnerability', 'CVE-2021-26855', 'CVE-2021-26855'),
      entity('technique:T1566.001', 'technique', 'Spearphishing Attachment', 'T1566.001'),
      entity(
        'product:microsoft-exchange-server',
        'product',
        'Microsoft Exchange Server',
        'Microsoft Exchange',
      ),
      entity('indicator:ipv4:203.0.113.7', 'indicator', '203.0.113.7', '203.0.113.7', { type: 'ipv4' }),
      entity('indicator:domain:evil.example', 'indicator', 'evil.example', 'evil.example', {
        type: 'domain',
      }),
      entity(
        "indicator:url:http://evil.example/a'b",
        'indicator',
        "http://evil.example/a'b",
        "http://evil.example/a'b",
        { type: 'url' },
      ),
      entity(`indicator:sha256:${FIXTURE_SHA256}`, 'indicator', FIXTURE_SHA256, FIXTURE_SHA256, {
        type: 'sha256',
      }),
      entity(
        'indicator:btc:1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
        'indicator',
        'btc',
        '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
        { type: 'btc' },
      ),
    ],
    events: [
      event({
        type: 'attribution',
        stance: 'asserted',
        trigger: at('accused'),
        sentence: sentence('accused'),
        arguments: [
          argument('accuser', 'The United States', 'country:US'),
          argument('accused', 'China', 'country:CN', s1),
          argument('accused', 'APT40', 'actor:apt40', s1),
          argument('incident', 'the Microsoft Exchange hacking campaign'),
          argument('supporter', 'NATO', 'org:nato'),
          argument('supporter', 'United Kingdom', 'country:GB', s1),
        ],
        confidence: 0.92,
      }),
      // An ally's endorsement, as the analysis reports it: an attribution whose only party is the accuser.
      event({
        type: 'attribution',
        stance: 'asserted',
        trigger: at('endorsed'),
        sentence: sentence('endorsed'),
        arguments: [argument('accuser', 'Japan', 'country:JP')],
        confidence: 0.75,
      }),
      event({
        type: 'attack.intrusion',
        stance: 'asserted',
        trigger: at('breached'),
        sentence: sentence('breached'),
        arguments: [
          argument('attacker', 'APT40', 'actor:apt40', at('breached').start - 10),
          argument('victim', 'healthcare sector', 'sector:healthcare'),
          argument('tool', 'PlugX', 'malware:plugx'),
          argument('vulnerability', 'CVE-2021-26855', 'cve:CVE-2021-26855'),
        ],
        confidence: 0.8,
      }),
      event({
        type: 'denial',
        stance: 'asserted',
        trigger: at('denied'),
        sentence: sentence('denied'),
        arguments: [argument('denier', 'China', 'country:CN', at('denied').start - 10)],
        confidence: 0.9,
      }),
      event({
        type: 'responsibility-claim',
        stance: 'reported',
        trigger: at('claimed responsibility'),
        sentence: sentence('claimed responsibility'),
        arguments: [argument('claimant', 'NoName057(16)', 'actor:noname05716')],
        confidence: 0.9,
      }),
      event({
        type: 'attribution',
        stance: 'denied',
        trigger: at('denied'),
        sentence: sentence('denied'),
        arguments: [argument('accused', 'China', 'country:CN', at('denied').start - 10)],
        confidence: 0.5,
      }),
    ],
    quotes: [],
  };
}

/** Analysis of the second article as stored before events were added to the contract (no `events`). */
export function legacyAnalysis(): Analysis {
  const [, second] = FIXTURE_ARTICLES;
  const text = analysisTextOf(second!);
  const start = text.indexOf('China');
  const legacy = {
    title: second!.title,
    language: 'en',
    text_length: text.length,
    boilerplate: [],
    entities: [
      {
        id: 'country:CN',
        kind: 'country',
        name: 'China',
        mentions: [{ start, end: start + 5, text: 'China', sentence: 0, rule: 'fixture' }],
      },
    ],
    quotes: [],
  };
  return legacy as unknown as Analysis;
}

/** Knowledge-base provenance for the fixture: APT40 from ATT&CK, PlugX from the MISP galaxy. */
export function fixtureProvenance(entityId: string): EntityProvenance | undefined {
  if (entityId === 'actor:apt40')
    return { source: 'attack', attackId: 'G0065', aliases: ['Leviathan', 'TEMP.Periscope'] };
  if (entityId === 'malware:plugx')
    return { source: 'misp', aliases: ['Korplug'], description: 'PlugX is a RAT.' };
  return undefined;
}

/** The fixture story as pure mapper input (no database). */
export function fixtureStoryInput(): StixStoryInput {
  const article = (id: number, outlet: string, fixture: Fixture, publishedAt: string): Article => ({
    id,
    sourceId: null,
    storyId: 1,
    url: `https://${outlet}/news/${id}?utm_source=x`,
    canonicalUrl: `https://${outlet}/news/${id}`,
    originalUrl: null,
    guid: null,
    title: fixture.title,
    author: null,
    text: fixture.text,
    html: null,
    outlet,
    language: 'en',
    contentHash: `hash-${id}`,
    publishedAt,
    fetchedAt: publishedAt.replace('T08', 'T09'),
  });
  const story: Story = {
    id: 1,
    title: TITLE,
    section: 'attributions',
    representativeArticleId: 1,
    articleCount: 2,
    outletCount: 2,
    firstSeenAt: '2026-03-02T08:00:00.000Z',
    lastSeenAt: '2026-03-03T08:30:00.000Z',
  };
  return {
    story,
    articles: [
      {
        article: article(1, 'one.example', FIXTURE_ARTICLES[0]!, '2026-03-02T08:00:00.000Z'),
        analysis: fixtureAnalysis(),
      },
      {
        article: article(2, 'two.example', FIXTURE_ARTICLES[1]!, '2026-03-03T08:30:00.000Z'),
        analysis: legacyAnalysis(),
      },
    ],
  };
}

/** Stores the fixture story (two articles, analyses and entity rows) in a database; returns the story id. */
export async function seedStixStory(db: Db): Promise<number> {
  const input = fixtureStoryInput();
  const inserted = [];
  for (const item of input.articles) {
    const a = item.article;
    const row = await insertArticle(db, {
      source_id: null,
      story_id: null,
      url: a.url,
      canonical_url: a.canonicalUrl,
      original_url: null,
      guid: null,
      title: a.title,
      author: null,
      text: a.text,
      html: null,
      outlet: a.outlet,
      language: 'en',
      content_hash: a.contentHash,
      published_at: a.publishedAt,
      fetched_at: a.fetchedAt,
    });
    inserted.push({ row, analysis: item.analysis! });
  }
  const story = await createStory(db, {
    title: input.story.title,
    section: 'attributions',
    seenAt: input.story.firstSeenAt,
  });
  for (const { row, analysis } of inserted) {
    await attachArticle(db, story.id, row.id);
    await saveArticleAnalysis(db, row.id, analysis);
    await saveArticleEntities(db, row.id, story.id, analysis.entities);
  }
  await refreshStory(db, story.id, 'attributions');
  return story.id;
}
