// `npm run bench -- digest [--stories 5000] [--messages 10000]`: (1) building and rendering the digest of
// a day of 5,000 synthetic stories in memory (model + HTML + text, the median of 5 runs; target < 1 s);
// (2) the same through `digest build`'s real path from SQLite (the day and the day before stored; load,
// build, render, save, write the files; median of 3; target < 1 s); (3) sending 10,000 personalised
// digests (8 topic filters, own links each) through the real pipeline (SQLite delivery records,
// nodemailer pool) to smtp-server on 127.0.0.1, in messages per second.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Analysis, AnalysisEntity } from '../src/domain/analysis.ts';
import type { Article } from '../src/domain/article.ts';
import { SECTIONS, type Story } from '../src/domain/story.ts';
import { buildDailyDigest } from '../src/pipeline/build-digest.ts';
import { smtpOptions } from '../src/pipeline/mail-settings.ts';
import { sendDigest } from '../src/pipeline/send-digest.ts';
import { buildDigestModel, type DigestInput } from '../src/publish/digest/build-digest-model.ts';
import { renderDigest } from '../src/publish/digest/render-digest.tsx';
import { createSmtpMailer } from '../src/publish/mail/smtp-mailer.ts';
import { parseTopics } from '../src/publish/subscriptions/topic-filter.ts';
import { seedStore, TEST_CONFIG } from '../src/server/testdata/seed.ts';
import { openStore } from '../src/store/connect.ts';
import type { Db } from '../src/store/database.ts';
import { sinkSmtpConfig, startSmtpSink } from '../test/support/smtp-sink.ts';

const TARGET_BUILD_MS = 1000;
const DATE = '2026-03-02';
const SENTENCES = [
  'Researchers said the campaign targeted ministries and defence contractors across Europe.',
  'The vendor released a patch and urged customers to update immediately.',
  'Officials did not say how many systems were affected.',
  'The group has been linked to earlier intrusions at telecom providers.',
];

function mention(text: string, surface: string) {
  const start = Math.max(0, text.indexOf(surface));
  return { start, end: start + surface.length, text: surface, sentence: 0, rule: 'bench' };
}

function syntheticDay(count: number): DigestInput {
  const stories: Array<{ story: Story; articles: Article[]; analysis: Analysis | undefined }> = [];
  for (let i = 1; i <= count; i++) {
    const actor = `APT${i % 40}`;
    const cve = `CVE-2026-${String(1000 + (i % 700)).padStart(4, '0')}`;
    const title = `${actor} exploits ${cve} in campaign ${i}`;
    const text = `Russia accused ${actor} of exploiting ${cve}, which is actively exploited in the wild. ${SENTENCES.join(' ')}`;
    const seen = new Date(Date.UTC(2026, 2, 2, 0, 0, i % 86400)).toISOString();
    const articles: Article[] = Array.from({ length: 1 + (i % 3) }, (_, k) => ({
      id: i * 10 + k,
      sourceId: null,
      storyId: i,
      url: `https://outlet${k}.example/news/${i}`,
      canonicalUrl: `https://outlet${k}.example/news/${i}`,
      originalUrl: null,
      guid: null,
      title,
      author: null,
      text,
      html: null,
      outlet: `outlet${k}.example`,
      language: 'en',
      contentHash: `h${i}-${k}`,
      publishedAt: seen,
      fetchedAt: seen,
    }));
    const full = `${title}\n\n${text}`;
    const entities: AnalysisEntity[] = [
      { id: 'country:RU', kind: 'country', name: 'Russia', mentions: [mention(full, 'Russia')] },
      {
        id: `actor:${actor.toLowerCase()}`,
        kind: 'threat-actor',
        name: actor,
        mentions: [mention(full, actor)],
      },
      { id: `cve:${cve}`, kind: 'vulnerability', name: cve, mentions: [mention(full, cve)] },
    ];
    const accuser = mention(full, 'Russia');
    const accused = mention(full, actor);
    stories.push({
      story: {
        id: i,
        title,
        section: SECTIONS[i % SECTIONS.length] ?? 'other',
        representativeArticleId: i * 10,
        articleCount: articles.length,
        outletCount: articles.length,
        firstSeenAt: seen,
        lastSeenAt: seen,
      },
      articles,
      analysis: {
        title,
        language: 'en',
        text_length: full.length,
        boilerplate: [],
        entities,
        events: [
          {
            type: 'attribution',
            stance: 'asserted',
            realis: 'actual',
            trigger: { ...mention(full, 'accused') },
            sentence: { start: 0, end: full.length },
            arguments: [
              { role: 'accuser', entity: 'country:RU', ...accuser },
              { role: 'accused', entity: `actor:${actor.toLowerCase()}`, ...accused },
            ],
            confidence: 0.9,
          },
        ],
        quotes: [],
      },
    });
  }
  return {
    date: DATE,
    timeZone: 'UTC',
    publicUrl: 'https://brief.example',
    generatedAt: `${DATE}T18:00:00Z`,
    stories,
    previousDayCount: count - 100,
  };
}

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * Writes a synthetic day into the store as rows (stories, articles with analyses), 500 per insert; with
 * `shift`, ids are offset and times moved back by days (the previous day, for novelty).
 */
async function seedDay(db: Db, day: DigestInput, shift = { ids: 0, days: 0 }): Promise<void> {
  const at = (iso: string) => new Date(Date.parse(iso) - shift.days * 86_400_000).toISOString();
  const chunks = <T>(rows: T[]) =>
    Array.from({ length: Math.ceil(rows.length / 500) }, (_, i) => rows.slice(i * 500, i * 500 + 500));
  const stories = day.stories.map(({ story }) => ({
    id: story.id + shift.ids,
    title: story.title,
    section: story.section,
    representative_article_id:
      story.representativeArticleId === null ? null : story.representativeArticleId + shift.ids * 10,
    article_count: story.articleCount,
    outlet_count: story.outletCount,
    first_seen_at: at(story.firstSeenAt),
    last_seen_at: at(story.lastSeenAt),
  }));
  const articles = day.stories.flatMap(({ articles, analysis }) =>
    articles.map((a, k) => ({
      id: a.id + shift.ids * 10,
      source_id: null,
      story_id: (a.storyId ?? 0) + shift.ids,
      url: `${a.url}/${shift.days}`,
      canonical_url: `${a.canonicalUrl}/${shift.days}`,
      original_url: null,
      guid: null,
      title: a.title,
      author: null,
      text: a.text,
      html: null,
      outlet: a.outlet,
      language: a.language,
      content_hash: `${a.contentHash}-${shift.days}`,
      published_at: at(a.publishedAt),
      fetched_at: at(a.fetchedAt),
      analysis_json: k === 0 && analysis ? JSON.stringify(analysis) : null,
    })),
  );
  for (const rows of chunks(stories)) await db.insertInto('stories').values(rows).execute();
  for (const rows of chunks(articles)) await db.insertInto('articles').values(rows).execute();
}

/**
 * The real `digest build` path over a store holding the day and the day before (as many stories, for
 * novelty): load from SQLite, build, render, save, write the files; median of 3 runs in ms.
 */
async function buildFromStoreBench(day: DigestInput): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-bench-'));
  const store = await openStore(path.join(dir, 'bench.db'));
  try {
    await seedDay(store.db, day);
    await seedDay(store.db, day, { ids: day.stories.length, days: 1 });
    const config = { ...TEST_CONFIG, timezone: 'UTC', publicUrl: 'https://brief.example', dataDir: dir };
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const built = await buildDailyDigest(
        { db: store.db, config },
        { date: DATE, now: new Date(`${DATE}T18:00:00Z`) },
      );
      times.push(performance.now() - t0);
      if (built.storyCount !== day.stories.length)
        throw new Error(`bench/digest: built ${built.storyCount} stories, seeded ${day.stories.length}`);
    }
    return [...times].sort((a, b) => a - b)[1] ?? 0;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sendBench(messages: number): Promise<{ seconds: number; sent: number; received: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'threatbrief-bench-'));
  const sink = await startSmtpSink({ keep: false });
  const store = await openStore(path.join(dir, 'bench.db'));
  try {
    await seedStore(store.db);
    const filters = [
      '',
      'breaches',
      'attributions',
      'country:CN',
      'vulnerabilities, CVE-2026-1234',
      'actor:apt28',
      'watch:exchange',
      'advisories',
    ];
    const created = '2026-03-02T00:00:00Z';
    for (let start = 0; start < messages; start += 500) {
      const rows = Array.from({ length: Math.min(500, messages - start) }, (_, k) => {
        const parsed = parseTopics(filters[(start + k) % filters.length] ?? '');
        return {
          email: `reader${start + k}@example.com`,
          status: 'confirmed',
          topics_json: JSON.stringify(parsed.ok ? parsed.value : {}),
          bounce_count: 0,
          created_at: created,
          updated_at: created,
          confirmed_at: created,
        };
      });
      await store.db.insertInto('subscribers').values(rows).execute();
    }
    const config = {
      ...TEST_CONFIG,
      smtp: sinkSmtpConfig(sink, {
        pool: true,
        maxConnections: 10,
        from: 'Threatbrief <digest@brief.example>',
        retryBaseMs: 0,
      }),
    };
    const mailer = createSmtpMailer(smtpOptions(config));
    const t0 = performance.now();
    const summary = await sendDigest(
      {
        db: store.db,
        config,
        mailer,
        secret: 'bench-secret-0123456789abcdef0123456789',
        logger: { info() {}, warn() {} },
        now: () => new Date(`${DATE}T18:00:00Z`),
      },
      { date: DATE },
    );
    const seconds = (performance.now() - t0) / 1000;
    await mailer.close();
    return { seconds, sent: summary.sent, received: sink.received.length };
  } finally {
    await store.close();
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the build/render time and the send rate; returns 0 when the build target is met and every message arrived. */
export async function run(args: string[]): Promise<number> {
  const storyCount = flag(args, '--stories', 5000);
  const messages = flag(args, '--messages', 10_000);
  const day = syntheticDay(storyCount);
  const times: number[] = [];
  let size = 0;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const rendered = renderDigest(buildDigestModel(day));
    times.push(performance.now() - t0);
    size = rendered.html.length + rendered.text.length;
  }
  const buildMs = [...times].sort((a, b) => a - b)[2] ?? 0;
  process.stdout.write(
    `digest build+render, ${storyCount} stories: ${buildMs.toFixed(0)} ms median of 5 (target < ${TARGET_BUILD_MS} ms; ${(size / 1024).toFixed(0)} KB html+text)\n`,
  );
  const storeMs = await buildFromStoreBench(day);
  process.stdout.write(
    `digest build from the store (SQLite: load, build, render, save, write files), ${storyCount} stories: ${storeMs.toFixed(0)} ms median of 3 (target < ${TARGET_BUILD_MS} ms)\n`,
  );
  const send = await sendBench(messages);
  const rate = send.sent / send.seconds;
  process.stdout.write(
    `send ${messages} personalised digests to smtp-server on 127.0.0.1: ${send.sent} sent, ${send.received} received in ${send.seconds.toFixed(1)} s = ${rate.toFixed(0)} messages/s\n`,
  );
  const ok = buildMs < TARGET_BUILD_MS && storeMs < TARGET_BUILD_MS && send.received === messages;
  const results = path.resolve(import.meta.dirname, 'results');
  mkdirSync(results, { recursive: true });
  appendFileSync(
    path.join(results, 'digest.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), stories: storyCount, build_render_ms: Math.round(buildMs), store_build_ms: Math.round(storeMs), messages, sent: send.sent, seconds: Number(send.seconds.toFixed(2)), messages_per_second: Math.round(rate), ok })}\n`,
  );
  return ok ? 0 : 1;
}
