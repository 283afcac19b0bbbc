// The built playground (dist/, which `pnpm test` builds first) in headless
// Chromium: Debian's /usr/bin/chromium driven by playwright-core, over a
// static server on loopback. A missing Chromium fails the suite: `.ci/run`
// installs it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const dist = new URL('../dist/', import.meta.url);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.txt': 'text/plain' };

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  if (!existsSync(new URL('index.html', dist))) throw new Error('the playground is not built: run node packages/playground/build.mjs');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = new URL(`.${path}`, dist);
    if (!file.href.startsWith(dist.href) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens `url` and collects every console error and uncaught exception. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const actions = (page: Page) => page.locator('[data-testid="decision-action"]').allTextContents();
const exampleText = readFileSync(new URL('../../../examples/policies/warn-then-end.policy', import.meta.url), 'utf8');

describe('playground in Chromium', () => {
  it('loads the example policy with no console errors and no problems', async () => {
    const { page, errors } = await open(base);
    // CodeMirror draws only the lines in view; the status line shows the whole text checked.
    expect(await page.locator('.cm-line').first().textContent()).toBe(exampleText.split('\n')[0]);
    expect(await page.locator('#status').textContent()).toBe('acme-standard 3.2.0: no problems');
    expect(await page.locator('#coverage-summary').textContent()).toMatch(/^0 of \d+ ladder steps reached/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns, warns, then escalates on three profanities, and a shared link restores it all', async () => {
    const { page, errors } = await open(base);
    await page.click('.cm-content');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# shared with a colleague\n');
    for (let i = 0; i < 3; i++) await page.click('#behaviours [data-behaviour="profanity"]');
    expect(await actions(page)).toEqual(['warn', 'warn', 'escalate']);
    expect(await page.locator('.explanation').first().textContent()).toMatch(/^Warn the customer \(step 1 of 4 of rule `abuse`/);
    expect(await page.locator('#coverage .reached').allTextContents()).toEqual(['✓ abuse step 1: warn', '✓ abuse step 2: warn', '✓ abuse step 3: escalate']);

    await page.click('#share');
    const link = await page.locator('#share-link').inputValue();
    expect(link).toMatch(/#v1\.[A-Za-z0-9_-]+$/);
    const restored = await open(link);
    expect(await actions(restored.page)).toEqual(['warn', 'warn', 'escalate']);
    expect(await restored.page.locator('.cm-line').first().textContent()).toBe('# shared with a colleague');
    expect(await restored.page.locator('#status').textContent()).toBe('acme-standard 3.2.0: no problems');
    expect(await restored.page.locator('#timeline .what').allTextContents()).toEqual(['customer: profanity', 'customer: profanity', 'customer: profanity']);
    expect([...errors, ...restored.errors]).toEqual([]);
    await Promise.all([page.close(), restored.page.close()]);
  });

  it('shows the diagnostic of a typed mistake, in the list and in the editor', async () => {
    const { page, errors } = await open(base);
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('policy "typed" {\nversion "1.0.0"\nstance warn_then_end\nrule r "R" {\nwhen customer swearing\ndo warn\n}\n}\n');
    const problem = page.locator('#diagnostics li[data-code="check/unknown-behaviour"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('did you mean `profanity`?');
    await page.locator('.cm-lintRange-error').first().waitFor();
    expect(await page.locator('#status').textContent()).toBe('The policy has errors: fix them to play the call.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
