import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Newsroom, startNewsroom } from '../src/newsroom/index.ts';
import { runOnce } from '../src/pipeline/run-once.ts';
import { createApp } from '../src/server/app.tsx';
import { type RunningServer, startServer } from '../src/server/node.ts';
import { rebuildAllEvents } from '../src/store/repositories/events.ts';
import { addSource } from '../src/store/repositories/sources.ts';
import { openTempSqlite, type TestStore } from './support/stores.ts';
import { testConfig, testDeps } from './support/world.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('test-artifacts');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> };

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP still forbids inline scripts). */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('browser: home → story → entity → search', {
  skip: !existsSync(CHROMIUM) && `no ${CHROMIUM}`,
}, () => {
  let newsroom: Newsroom;
  let store: TestStore;
  let server: RunningServer;
  let browser: Browser;
  const scriptErrors: string[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const now = new Date();
    newsroom = await startNewsroom({ port: 0, now });
    store = await openTempSqlite();
    const config = testConfig(':memory:');
    for (const feed of newsroom.feeds)
      await addSource(store.db, { url: feed.url, name: feed.name, now: now.toISOString() });
    await runOnce(
      testDeps(store.db, config, () => now),
      { force: true },
    );
    await rebuildAllEvents(store.db);
    server = await startServer(createApp({ db: store.db, config, now: () => now }), {
      port: 0,
      host: '127.0.0.1',
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.dispose();
    await newsroom?.close();
  });

  const open = async (width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') scriptErrors.push(m.text());
    });
    return { context, page };
  };

  it('walks the site (desktop; home and story at phone width) with highlights, facets and no serious axe violations', async () => {
    for (const [label, width] of [
      ['desktop', 1280],
      ['phone', 375],
    ] as const) {
      const { context, page } = await open(width);
      await page.goto(server.url);
      assert.match(await page.title(), /Threatbrief/);
      if (label === 'desktop') assert.deepEqual(await seriousViolations(page), [], `home (${label})`);
      const overflow = (await page.evaluate(
        'document.documentElement.scrollWidth - window.innerWidth',
      )) as number;
      assert.ok(overflow <= 1, `home fits ${width}px (overflow ${overflow}px)`);
      await page.screenshot({ path: path.join(ARTIFACTS, `home-${label}.png`), fullPage: true });

      await page.locator('main .story-card h3 a').first().click();
      await page.waitForURL(/\/stories\/\d+$/);
      const marks = page.locator('.article-text mark.entity');
      assert.ok((await marks.count()) > 0, 'entity mentions are highlighted');
      await marks.first().locator('a').click();
      const note = page.locator('.evidence-note:target');
      assert.ok(await note.isVisible(), 'selecting a mention shows its evidence note');
      assert.match((await note.textContent()) ?? '', /Rule:/);
      assert.deepEqual(await seriousViolations(page), [], `story (${label})`);
      await page.screenshot({ path: path.join(ARTIFACTS, `story-${label}.png`), fullPage: true });

      if (label === 'phone') {
        await context.close();
        continue;
      }
      await note.locator('a[href^="/entities/"]').first().click();
      await page.waitForURL(/\/entities\//);
      assert.ok(await page.locator('h1').isVisible(), 'entity heading');
      assert.ok((await page.locator('svg[role="img"]').count()) > 0, 'entity timeline chart');
      assert.deepEqual(await seriousViolations(page), [], `entity (${label})`);
      await page.screenshot({ path: path.join(ARTIFACTS, `entity-${label}.png`), fullPage: true });

      await page.fill('#header-q', 'ransomware');
      await page.locator('.header-search button').click();
      await page.waitForURL(/\/search\?q=ransomware/);
      assert.ok((await page.locator('.search-hit mark.hit').count()) > 0, 'snippets highlight the query');
      const facet = page.locator('.facets a[data-facet^="source:"]').first();
      const facetValue = (await facet.getAttribute('data-facet')) ?? '';
      await facet.click();
      await page.waitForURL(/source=/);
      assert.equal(
        await page.locator(`.facets a[data-facet="${facetValue}"][aria-current="true"]`).count(),
        1,
        'facet is active',
      );
      assert.ok((await page.locator('.search-hit').count()) > 0, 'the facet keeps matches');
      assert.deepEqual(await seriousViolations(page), [], `search (${label})`);
      await page.screenshot({ path: path.join(ARTIFACTS, `search-${label}.png`), fullPage: true });

      await page.goto(`${server.url}/attributions`);
      assert.deepEqual(await seriousViolations(page), [], `ledger (${label})`);
      await page.goto(`${server.url}/sources`);
      assert.deepEqual(await seriousViolations(page), [], `sources (${label})`);
      await context.close();
    }
    assert.deepEqual(scriptErrors, [], 'no CSP or console errors');
  });
});
