// `npm run bench -- ingest [--bytes 10000000] [--runs 3] [--pages 200] [--python <path>] [--keep <dir>]`:
// (1) parseFeed throughput (MB/s on CPU time and on wall time) over a generated ~10 MB RSS 2.0 and a
// ~10 MB Atom 1.0 corpus; (2) when python3 can `import feedparser` (Debian: apt-get install -y
// python3-feedparser), feedparser on the same files in the same run, and the ratio of our throughput to
// its (target >= 10x, on CPU time; wall time is printed too because a loaded machine skews it);
// (3) extractArticle pages/s on generated article pages. Results are appended to bench/results/ingest.jsonl.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/ingest/article/index.ts';
import { parseFeed } from '../src/ingest/feeds/index.ts';

const TARGET_RATIO = 10;
/** Our own floor for article extraction (the issue sets none): generated ~25 KB pages. */
const TARGET_PAGES_PER_SECOND = 20;
const MB = 1024 * 1024;

const WORDS = [
  'ransomware',
  'operators',
  'exploited',
  'a',
  'critical',
  'flaw',
  'in',
  'the',
  'VPN',
  'appliance',
  'researchers',
  'said',
  'attackers',
  'stole',
  'credentials',
  'from',
  'government',
  'networks',
  'and',
  'patched',
];

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'x');
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function rssItem(i: number): string {
  const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString();
  const body = Array.from(
    { length: 4 },
    (_, k) => `<p>${sentence(i + k, 24)} <a href="/r/${i}/${k}">more</a></p>`,
  ).join('');
  return `<item>
<title>${sentence(i, 9).replace('.', '')} &amp; CVE-2026-${String(i % 10_000).padStart(4, '0')}</title>
<link>https://news.example/${i}</link>
<guid isPermaLink="false">tag:news.example,2026:${i}</guid>
<pubDate>${date}</pubDate>
<dc:creator>Reporter ${i % 50}</dc:creator>
<category>threats</category>
<description>&lt;p&gt;${sentence(i, 30)}&lt;/p&gt;</description>
<content:encoded><![CDATA[${body}]]></content:encoded>
<enclosure url="https://news.example/img/${i}.jpg" length="1000" type="image/jpeg"/>
</item>
`;
}

function atomEntry(i: number): string {
  const date = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const body = Array.from(
    { length: 4 },
    (_, k) => `&lt;p&gt;${sentence(i + k, 24)} &lt;a href="/r/${i}/${k}"&gt;more&lt;/a&gt;&lt;/p&gt;`,
  ).join('');
  return `<entry>
<title type="html">${sentence(i, 9).replace('.', '')} &amp;amp; CVE-2026-${String(i % 10_000).padStart(4, '0')}</title>
<id>tag:news.example,2026:${i}</id>
<link rel="alternate" type="text/html" href="/${i}"/>
<updated>${date}</updated>
<published>${date}</published>
<author><name>Reporter ${i % 50}</name></author>
<category term="threats"/>
<summary type="html">&lt;p&gt;${sentence(i, 30)}&lt;/p&gt;</summary>
<content type="html">${body}</content>
</entry>
`;
}

/** Builds a feed of at most `bytes` UTF-8 bytes (parseFeed's default cap is 10 MiB); returns it and its item count. */
function buildCorpus(kind: 'rss' | 'atom', bytes: number): { text: string; items: number } {
  const head =
    kind === 'rss'
      ? '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>Bench news</title>\n<link>https://news.example/</link>\n<description>Generated corpus</description>\n'
      : '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/">\n<title>Bench news</title>\n<id>tag:news.example,2026:feed</id>\n<updated>2026-01-01T00:00:00Z</updated>\n<link rel="alternate" href="https://news.example/"/>\n';
  const tail = kind === 'rss' ? '</channel>\n</rss>\n' : '</feed>\n';
  const parts = [head];
  let size = head.length + tail.length;
  let items = 0;
  for (;;) {
    const part = kind === 'rss' ? rssItem(items) : atomEntry(items);
    if (size + part.length > bytes) break;
    parts.push(part);
    size += part.length;
    items += 1;
  }
  parts.push(tail);
  return { text: parts.join(''), items };
}

type Timing = { readonly wallMs: number; readonly cpuMs: number };

function timed(fn: () => void): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

type FeedRun = { readonly file: string; readonly mb: number; readonly items: number } & Timing;

function benchOurs(file: string, expectedItems: number, runs: number): FeedRun {
  const bytes = readFileSync(file);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r <= runs; r++) {
    let count = -1;
    const t = timed(() => {
      const result = parseFeed(bytes, { baseUrl: 'https://news.example/feed' });
      count = result.ok ? result.value.items.length : -1;
    });
    if (count !== expectedItems)
      throw new Error(`${file}: parseFeed returned ${count} items, expected ${expectedItems}`);
    if (r === 0) continue; // warm-up (JIT, lazy imports)
    walls.push(t.wallMs);
    cpus.push(t.cpuMs);
  }
  return {
    file,
    mb: bytes.byteLength / MB,
    items: expectedItems,
    wallMs: median(walls),
    cpuMs: median(cpus),
  };
}

const PYTHON_BENCH = `
import json, sys, time
import feedparser
out = []
for f in sys.argv[1:]:
    data = open(f, 'rb').read()
    c0 = time.process_time(); w0 = time.perf_counter()
    d = feedparser.parse(data)
    w1 = time.perf_counter(); c1 = time.process_time()
    out.append({"file": f, "items": len(d.entries), "bozo": bool(d.bozo), "wallMs": (w1 - w0) * 1000, "cpuMs": (c1 - c0) * 1000})
print(json.dumps({"version": feedparser.__version__, "runs": out}))
`;

/** The first interpreter that can import feedparser: --python, then python3 on PATH, then Debian's /usr/bin/python3. */
function findPython(explicit: string | undefined): string | null {
  const candidates = explicit ? [explicit] : ['python3', '/usr/bin/python3'];
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

type PythonRuns = { version: string; runs: Array<{ file: string; items: number; bozo: boolean } & Timing> };

function benchFeedparser(python: string, files: string[]): PythonRuns {
  const child = spawnSync(python, ['-c', PYTHON_BENCH, ...files], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  if (child.status !== 0) throw new Error(`feedparser run failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as PythonRuns;
}

function articlePage(i: number): string {
  const paragraphs = Array.from(
    { length: 30 },
    (_, k) => `<p>${sentence(i + k, 20)} ${sentence(i * 3 + k, 18)} ${sentence(i + 2 * k, 22)}</p>`,
  ).join('\n');
  const nav = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join(
    '',
  );
  const related = Array.from(
    { length: 15 },
    (_, k) => `<li><a href="/story/${i + k}">${sentence(k, 8)}</a></li>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${sentence(i, 9)} | Bench News</title>
<meta property="og:site_name" content="Bench News"><meta name="author" content="Reporter ${i % 50}">
<meta property="article:published_time" content="2026-01-01T10:00:00Z">
<link rel="canonical" href="https://news.example/story/${i}">
<script>window.analytics = { id: ${i} };</script><style>body { font: 16px serif }</style></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${sentence(i, 9)}</h1><p class="byline">By Reporter ${i % 50}</p>
${paragraphs}
</article><aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>Copyright Bench News</p><ul>${nav}</ul></footer></body></html>`;
}

function benchArticles(count: number): {
  pages: number;
  kb: number;
  pagesPerSecondWall: number;
  pagesPerSecondCpu: number;
} {
  const pages = Array.from({ length: count }, (_, i) => articlePage(i));
  for (const page of pages.slice(0, 5)) extractArticle(page, 'https://news.example/story/0'); // warm-up
  let failures = 0;
  const t = timed(() => {
    pages.forEach((page, i) => {
      if (!extractArticle(page, `https://news.example/story/${i}`).ok) failures += 1;
    });
  });
  if (failures > 0) throw new Error(`extractArticle failed on ${failures} generated pages`);
  const kb = pages.reduce((n, p) => n + p.length, 0) / count / 1024;
  return {
    pages: count,
    kb,
    pagesPerSecondWall: count / (t.wallMs / 1000),
    pagesPerSecondCpu: count / (t.cpuMs / 1000),
  };
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function number(args: string[], name: string, fallback: number): number {
  const n = Number(flag(args, name));
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Runs the ingest benchmark; returns 0 when every measured target is met. */
export async function run(args: string[]): Promise<number> {
  const bytes = number(args, '--bytes', 10_000_000);
  const runs = number(args, '--runs', 3);
  const pageCount = number(args, '--pages', 200);
  const keep = flag(args, '--keep');
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'threatbrief-bench-ingest-'));
  if (keep) mkdirSync(keep, { recursive: true });
  try {
    const corpora = (['rss', 'atom'] as const).map((kind) => {
      const corpus = buildCorpus(kind, bytes);
      const file = path.join(dir, `${kind}.xml`);
      writeFileSync(file, corpus.text);
      return { kind, file, items: corpus.items };
    });
    const ours = corpora.map((c) => ({ kind: c.kind, ...benchOurs(c.file, c.items, runs) }));
    for (const o of ours) {
      process.stdout.write(
        `parseFeed ${o.kind}: ${fmt(o.mb, 2)} MB, ${o.items} items: ${fmt(o.mb / (o.cpuMs / 1000))} MB/s CPU (${fmt(o.cpuMs, 0)} ms), ${fmt(o.mb / (o.wallMs / 1000))} MB/s wall (${fmt(o.wallMs, 0)} ms), median of ${runs}\n`,
      );
    }

    const python = findPython(flag(args, '--python'));
    const comparisons: Array<Record<string, unknown>> = [];
    let ratiosOk = true;
    if (!python) {
      process.stdout.write(
        'feedparser: not available (python3 -c "import feedparser" failed; apt-get install -y python3-feedparser): ratio skipped\n',
      );
    } else {
      const py = benchFeedparser(
        python,
        corpora.map((c) => c.file),
      );
      for (const o of ours) {
        const p = py.runs.find((r) => r.file === o.file);
        if (!p) continue;
        const ratioCpu = p.cpuMs / o.cpuMs;
        const ratioWall = p.wallMs / o.wallMs;
        ratiosOk &&= ratioCpu >= TARGET_RATIO;
        process.stdout.write(
          `feedparser ${py.version} ${o.kind} (${python}): ${p.items} items${p.bozo ? ' (bozo)' : ''}: ${fmt(o.mb / (p.cpuMs / 1000), 2)} MB/s CPU (${fmt(p.cpuMs, 0)} ms), ${fmt(o.mb / (p.wallMs / 1000), 2)} MB/s wall\n`,
        );
        process.stdout.write(
          `ratio ${o.kind}: target >= ${TARGET_RATIO}x, measured ${fmt(ratioCpu)}x on CPU time (${fmt(ratioWall)}x wall) ${ratioCpu >= TARGET_RATIO ? 'OK' : 'MISSED'}\n`,
        );
        comparisons.push({
          kind: o.kind,
          feedparser_version: py.version,
          feedparser_items: p.items,
          feedparser_cpu_ms: Math.round(p.cpuMs),
          feedparser_wall_ms: Math.round(p.wallMs),
          ratio_cpu: Number(ratioCpu.toFixed(2)),
          ratio_wall: Number(ratioWall.toFixed(2)),
        });
      }
    }

    const articles = benchArticles(pageCount);
    const pagesOk = articles.pagesPerSecondCpu >= TARGET_PAGES_PER_SECOND;
    process.stdout.write(
      `extractArticle: ${articles.pages} pages of ${fmt(articles.kb)} KB: target >= ${TARGET_PAGES_PER_SECOND} pages/s, measured ${fmt(articles.pagesPerSecondCpu)} pages/s CPU (${fmt(articles.pagesPerSecondWall)} wall) ${pagesOk ? 'OK' : 'MISSED'}\n`,
    );

    const ok = ratiosOk && pagesOk;
    const results = path.join(import.meta.dirname, 'results');
    mkdirSync(results, { recursive: true });
    appendFileSync(
      path.join(results, 'ingest.jsonl'),
      `${JSON.stringify({
        at: new Date().toISOString(),
        feeds: ours.map((o) => ({
          kind: o.kind,
          mb: Number(o.mb.toFixed(2)),
          items: o.items,
          cpu_ms: Math.round(o.cpuMs),
          wall_ms: Math.round(o.wallMs),
          mb_per_s_cpu: Number((o.mb / (o.cpuMs / 1000)).toFixed(2)),
          mb_per_s_wall: Number((o.mb / (o.wallMs / 1000)).toFixed(2)),
        })),
        feedparser: python ? comparisons : null,
        articles: {
          pages: articles.pages,
          kb_per_page: Number(articles.kb.toFixed(1)),
          pages_per_s_cpu: Number(articles.pagesPerSecondCpu.toFixed(1)),
          pages_per_s_wall: Number(articles.pagesPerSecondWall.toFixed(1)),
        },
        ok,
      })}\n`,
    );
    return ok ? 0 : 1;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
