// `pnpm demo` (examples/demo.mjs) against the built CLI, so the tour a new
// user runs first neither breaks nor drifts from what it says it shows.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('pnpm demo', () => {
  const r = spawnSync(process.execPath, [join(root, 'examples/demo.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const sections = [...r.stdout.matchAll(/^(\d)\. (.+)\n-+\n(.+)\n/gm)].map((m) => m[2]);

  it('runs every command without an error', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('says what each section shows, under a heading', () => {
    expect(sections).toEqual(['Check the policies', 'Replay calls against warn-then-end', 'Explain one decision', 'Decide one event', 'Run the policy tests']);
  });

  it('explains the marks and the policy hash before the first timeline', () => {
    const legend = r.stdout.slice(0, r.stdout.indexOf('1. Check the policies'));
    for (const mark of ['  +01:05', ' < 0.70', '  1/4', '  end_call ■', '  …']) expect(legend).toContain(mark);
    expect(legend).toMatch(/acme-standard 3\.2\.0 \([0-9a-f]{12}\) +the policy's name and version, and the start of its hash/);
  });

  it('prints each deciding utterance in full, with a blank line between calls', () => {
    expect(r.stdout).toContain('The deciding utterance (event 10, end_call, the call ends):\n  customer: "I do not want your s***ty supervisor."\n\n');
    expect(r.stdout).toContain('  customer: "If you call me one more time I will find you and hurt you."\n\n');
    expect(r.stdout.match(/^\$ callguard replay /gm)).toHaveLength(3);
    expect(r.stdout).toMatch(/hurt you\."\n\nRude is not abusive: .+\n\$ callguard replay examples\/policies\/warn-then-end\.policy examples\/calls\/rude-not-abusive\.jsonl\n/);
  });

  it('explains one decision in plain words', () => {
    expect(r.stdout).toContain('$ callguard explain examples/policies/warn-then-end.policy examples/calls/keeps-swearing.jsonl --at 10\n');
    expect(r.stdout).toMatch(/^End the call \(step 4 of 4 of rule `abuse`/m);
  });
});
