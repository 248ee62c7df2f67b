// Browser test of the explorer with playwright-core driving Debian's Chromium (/usr/bin/chromium,
// installed by CI with apt; no browser download). Serves the sample programme on 127.0.0.1:0,
// searches for a speaker, opens the person page, the graph view (sigma must draw nodes) and the
// link-rot dashboard, saving screenshots to test-artifacts/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FIXTURE_DIR, startApiFixture, type ApiFixture } from './helpers/api-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const SAMPLE = join(FIXTURE_DIR, 'osce-alliance-side-events-2020.md');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  process.stderr.write(`explorer.browser.test: skipped: ${CHROMIUM} does not exist (install it with: apt-get install -y chromium)\n`);
}

describe.skipIf(!hasChromium)('explorer in a real browser', () => {
  let fx: ApiFixture;
  let browser: BrowserContext;
  let profile: string;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    fx = await startApiFixture({ files: [SAMPLE] });
    profile = await mkdtemp(join(tmpdir(), 'citegraph-chromium-'));
    // A fresh user-data-dir per run (playwright takes it as the persistent context's directory).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        // WebGL without a GPU: let Chromium fall back to its software renderer for sigma.
        '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await fx?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('searches for a speaker and opens the person page with the affiliation', async () => {
    await page.goto(fx.url + '/');
    await page.fill('header form.search input[name=q]', 'guy vinet');
    await Promise.all([page.waitForURL(/\/search\?/), page.press('header form.search input[name=q]', 'Enter')]);
    const result = page.locator('li.result a', { hasText: 'Guy Vinet' });
    await expect(result.count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(/\/people\/guy-vinet$/), result.click()]);
    const api = await (await fetch(fx.url + '/api/v1/people/guy-vinet')).json() as { affiliations: Array<{ organization: { label: string } }> };
    expect(api.affiliations.length).toBeGreaterThan(0);
    const affiliations = await page.locator('li.affiliation').allInnerTexts();
    expect(affiliations.join('\n')).toContain(api.affiliations[0].organization.label);
    await page.screenshot({ path: join(ARTIFACTS, 'person.png'), fullPage: true });
  });

  it('opens the graph view and sigma draws the neighbourhood', async () => {
    await Promise.all([page.waitForURL(/\/graph\?focus=/), page.click('a.graph-link')]);
    const canvas = page.locator('#graph-canvas');
    await canvas.locator('xpath=self::*[@data-state="drawn" or @data-state="error"]').waitFor({ timeout: 15_000 });
    expect(await canvas.getAttribute('data-state'), `graph did not draw: ${await page.locator('#graph-status').innerText()} ${consoleErrors.join('; ')}`).toBe('drawn');
    const nodes = Number(await canvas.getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThan(3);
    expect(nodes).toBe(Number(await canvas.getAttribute('data-expected-nodes')));
    expect(await canvas.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.legend').innerText()).toContain('Person');
    await page.screenshot({ path: join(ARTIFACTS, 'graph.png') });
  });

  it('opens the link-rot dashboard with its chart and table', async () => {
    await page.goto(fx.url + '/links');
    await expect(page.locator('svg.chart').count()).resolves.toBeGreaterThan(0);
    const unchecked = await page.locator('svg.chart g[data-label="unchecked"]').first().getAttribute('data-count');
    expect(Number(unchecked)).toBeGreaterThan(0);
    expect(await page.locator('table.links tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'links.png'), fullPage: true });
    expect(consoleErrors.join("\n")).toBe("");
  });
});
