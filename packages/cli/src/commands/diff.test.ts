import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const root = join(import.meta.dirname, '../../../..');
const older = 'examples/policies/history/zero-tolerance-1.3.0.policy';
const newer = 'examples/policies/zero-tolerance.policy';

describe('callguard diff', () => {
  it('words what changes for callers, with the shortest calls, and exits 1', () => {
    const r = runCaptured(['diff', older, newer], root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('- callers showing profanity now reach end_call after 1 warning instead of 2\n');
    expect(r.out).toContain('- rudeness now triggers deescalate\n');
    expect(r.out).toContain(
      '- For any caller, on a customer utterance (profanity) (step 2 of the call): now end_call (rule swearing, step 2 of 2) instead of warn (rule swearing, step 2 of 3)\n  call: utterance profanity → utterance profanity\n',
    );
    expect(r.out).toContain('- script closing: "This call is ending now. A manager will contact you in writing." → "This call is ending now because of what was said. A manager will contact you in writing."\n');
  });

  it('keeps the backticks in markdown', () => {
    const r = runCaptured(['diff', older, newer, '--format', 'markdown'], root);
    expect(r.out).toMatch(/^## northwind-zero-tolerance 1\.3\.0 \([0-9a-f]{12}\) → northwind-zero-tolerance 1\.4\.0/);
    expect(r.out).toContain('- rudeness now triggers `deescalate`\n');
  });

  it('says "no change in decisions" and exits 0 for the same behaviour under another text', () => {
    const r = runCaptured(['diff', newer, newer, '--json'], root);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ sameDecisions: true, differences: [], metadata: [] });
    expect(runCaptured(['diff', newer, newer], root).out).toContain('No change in decisions.\n');
  });
});
