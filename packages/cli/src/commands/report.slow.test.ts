// The report in headless Chromium: Debian's /usr/bin/chromium driven by
// playwright-core. A missing Chromium fails the suite (`.ci/run` installs it).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '../../../..');
const calls = ['keeps-swearing.jsonl', 'threat.jsonl', 'rude-not-abusive.jsonl', 'calmed-by-deescalation.jsonl'].map((f) => join(root, 'examples/calls', f));
const policy = join(root, 'examples/policies/zero-tolerance.policy');
const logged = join(root, 'examples/policies/warn-then-end.policy');

describe('callguard report', () => {
  it('writes one self-contained page that Chromium renders, charts drawn, review with diff and test coverage, with no console errors', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'callguard-report-'));
    expect(runCaptured(['replay', logged, ...calls, '--log', 'decisions.db', '--json'], dir).code).toBe(0);
    const previous = join(root, 'examples/policies/history/zero-tolerance-1.3.0.policy');
    // From the repository's root: policy tests read only policies under the working folder.
    const r = runCaptured(['report', '--log', join(dir, 'decisions.db'), '--out', join(dir, 'report.html'), '--policy', policy, '--previous', previous, '--tests', 'examples/tests'], root);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    // Self-contained: no script or stylesheet is loaded from elsewhere (and the browser below fetches nothing).
    expect(/<script[^>]+src=|<link[^>]+href=/.test(html)).toBe(false);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (q) => !q.url().startsWith('file:') && requests.push(q.url()));
      await page.goto(pathToFileURL(join(dir, 'report.html')).href);
      await page.waitForSelector('body[data-ready="true"]');
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.locator('[data-testid="calls"]').textContent()).toBe('4');
      // Every chart has drawn something: each canvas has pixels that are not blank.
      const painted = await page.$$eval('canvas', (canvases) =>
        canvases.map((element) => {
          // The test's types have no DOM: the canvas as far as this check reads it.
          const canvas = element as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } };
          const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
          return n;
        }),
      );
      expect(painted).toHaveLength(5);
      expect(painted.every((n) => n > 500)).toBe(true);
      expect(await page.evaluate(() => (globalThis as unknown as { Chart: { instances: object } }).Chart.instances)).toBeTruthy();
      expect(await page.locator('.review h2').textContent()).toMatch(/^Review: northwind-zero-tolerance 1\.4\.0/);
      // The review page: the semantic diff against the previous version, and the policy tests' coverage per rule.
      const review = page.locator('.review');
      expect(await review.locator('h3').allTextContents()).toEqual(['Rules', 'Test coverage', 'Scripts', 'Changes since 1.3.0']);
      expect(await review.textContent()).toContain('rudeness now triggers `deescalate`');
      const coverage = await page.locator('[data-testid="test-coverage"]').textContent();
      const [, reached, total, cases] = /^(\d+) of (\d+) ladder steps reached by (\d+) test cases \(\d+%\)\.$/.exec(coverage ?? '') ?? [];
      expect(Number(cases)).toBeGreaterThan(0);
      expect(Number(reached)).toBeGreaterThan(0);
      expect(await review.locator('ol.ladder li').count()).toBe(Number(total));
      expect(await review.locator('ol.ladder li.tested').count()).toBe(Number(reached));
      const rows = await review.locator('table.coverage tbody tr').allTextContents();
      expect(rows.length).toBe(await review.locator('h4').count());
      expect(rows.every((row) => /^\w+\d+ of \d+$/.test(row))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
