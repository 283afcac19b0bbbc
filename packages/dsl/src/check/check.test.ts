import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors } from '../diagnostic.js';
import { Source } from '../source.js';
import { ACTIONS, BEHAVIOURS, DUTIES, LINE_EVENTS, ROLES, STANCES } from '../vocabulary.js';
import { policyFiles, readPolicy, resolverFor } from '../../test/policy-files.js';
import { checkText } from './check.js';
import type { CheckOptions } from './check.js';

const resolve = resolverFor('examples/policies', 'test/fixtures');
const checkFile = (path: string, options: CheckOptions = { resolve }) => {
  const source = readPolicy(path);
  return checkText(source.body, source.name, options);
};

describe('policies that must check clean', () => {
  it.each([...policyFiles('examples/policies'), ...policyFiles('test/fixtures')])('%s', (path) => {
    const { policy, diagnostics } = checkFile(path);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(policy).toBeDefined();
  });
});

describe('broken examples', () => {
  it.each(policyFiles('examples/policies/broken'))('%s', (path) => {
    const expected = /^# expect: (.+)$/m.exec(readPolicy(path).body)?.[1]?.split(/,\s*/) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const { policy, diagnostics } = checkFile(path);
    expect(hasErrors(diagnostics)).toBe(true);
    expect(policy).toBeUndefined();
    const codes = diagnostics.map((d) => d.code);
    for (const code of expected) expect(codes, diagnostics.map(formatDiagnostic).join('\n')).toContain(code);
  });
});

describe('hash', () => {
  const text = readPolicy('examples/policies/warn-then-end.policy').body;
  const hashOf = (body: string) => checkText(body, 'p.policy').policy?.hash;

  it('is the SHA-256 hex of the meaning', () => {
    expect(hashOf(text)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not change when the text is reformatted or commented', () => {
    const reformatted = text
      .replace(/#[^\n]*/g, '# another comment')
      .replace(/\n {2}/g, '\n\t\t')
      .replace('warn_abuse then end_call', 'warn_abuse\n   then    end_call')
      .replace('script apology', '\n\n  # moved\n  script apology');
    expect(reformatted).not.toBe(text);
    expect(hashOf(reformatted)).toBe(hashOf(text));
  });

  it('does not change when a rule moves to another line', () => {
    expect(hashOf(text.replace('policy "acme-standard" {', '\n\n\npolicy "acme-standard" {'))).toBe(hashOf(text));
  });

  it('changes with any threshold, script, rule or header', () => {
    const base = hashOf(text);
    for (const changed of [
      text.replace('threshold threat 0.8', 'threshold threat 0.85'),
      text.replace('up to 2 times', 'up to 3 times'),
      text.replace('"3.2.0"', '"3.2.1"'),
      text.replace('within 10m', 'within 15m'),
      text.replace("we'll resolve", 'we will resolve'),
    ]) {
      expect(changed).not.toBe(text);
      expect(hashOf(changed)).not.toBe(base);
    }
  });
});

describe('extends', () => {
  it('merges base rules first, overrides in place, new rules after', () => {
    const { policy } = checkFile('examples/policies/acme-billing.policy');
    expect(policy?.bases).toEqual(['acme-standard']);
    expect(policy?.rules.map((r) => r.id)).toEqual(['abuse', 'rudeness', 'stuck', 'repeat_harasser', 'peak', 'line_dropped', 'disputes']);
    expect(policy?.rules[0]?.title).toBe('Billing: one warning, a supervisor, then the call may end');
    expect(policy?.rules[0]?.origin.file).toBe('examples/policies/acme-billing.policy');
    expect(policy?.rules[1]?.origin.file).toBe('examples/policies/warn-then-end.policy');
    expect(policy?.rules[5]?.ladder[0]?.withinMs).toBe(300_000);
  });

  it('inherits stance and effective date but not owner or description', () => {
    const { policy } = checkFile('examples/policies/acme-billing.policy');
    expect(policy).toMatchObject({
      name: 'acme-billing',
      version: '3.2.1',
      stance: 'warn_then_end',
      effective: '2026-12-01',
      owner: 'billing-ops@acme.example',
      defaultThreshold: 0.7,
      thresholds: { threat: 0.8 },
    });
    expect(Object.keys(policy?.scripts ?? {})).toEqual(['warn_abuse', 'final_notice', 'apology', 'billing_warn']);
  });

  it('reports errors of the base in the base file', () => {
    const base = 'policy "base" {\n  version "1.0"\n  stance warn_then_end\n}\n';
    const { policy, diagnostics } = checkText('policy "child" extends "base" {\n  version "1.0.0"\n}\n', 'child.policy', {
      resolve: () => ({ source: new Source(base, 'base.policy') }),
    });
    expect(policy).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.span.source.name])).toEqual([['check/bad-version', 'base.policy']]);
  });

  it('checks stances against inherited rules', () => {
    const { diagnostics } = checkText(
      'policy "nice-billing" extends "acme-standard" {\n  version "1.0.0"\n  stance never_hang_up\n}\n',
      'nice.policy',
      { resolve },
    );
    const ends = diagnostics.filter((d) => d.code === 'check/never-hang-up-ends-call');
    expect(ends.length).toBe(3);
    expect(new Set(ends.map((d) => d.span.source.name))).toEqual(new Set(['examples/policies/warn-then-end.policy']));
    expect(ends[0]?.related[0]?.span.source.name).toBe('nice.policy');
  });
});

describe('the cap on diagnostics', () => {
  it('keeps a policy usable when only warnings were cut', () => {
    const scripts = Array.from({ length: 120 }, (_, i) => `  script s${i} "unused ${i}"`).join('\n');
    const text = `policy "p" {\n  version "1.0.0"\n  stance never_hang_up\n${scripts}\n}\n`;
    const { policy, diagnostics } = checkText(text, 'p.policy');
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.at(-1)).toMatchObject({ code: 'check/too-many-diagnostics', severity: 'warning' });
    expect(policy).toBeDefined();
  });
});

describe('check never throws', () => {
  const words = [
    ...BEHAVIOURS, ...ACTIONS, ...DUTIES, ...ROLES, ...STANCES, ...LINE_EVENTS,
    'policy', 'extends', 'version', 'stance', 'threshold', 'zero_tolerance', 'group', 'script', 'rule', 'override',
    'on', 'when', 'do', 'then', 'duties', 'and', 'or', 'not', 'with', 'up', 'to', 'times', 'within', 'immediately',
    'for', 'approved', 'by', 'customer', 'agent', 'caller.incidents_30d', 'call.duration', 'call.queue', 'caller.verified',
    '{', '}', '(', ')', ',', '=', '<', '>=', '0', '3', '0.7', '-1', '10m', '0s', '10x', '2026-02-30', '"x"', '"1.0.0"',
    '"acme-standard"', '"kitchen-base"', 'abusive', 'severe', 'warn_abuse', 'final_notice', 'abuse', 'true',
  ];
  const texts = [...policyFiles('examples/policies'), ...policyFiles('test/fixtures'), ...policyFiles('examples/policies/broken')].map(
    (p) => readPolicy(p).body,
  );
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), word: fc.constantFrom(...words) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  );
  const mutated = fc.tuple(fc.constantFrom(...texts), fc.array(edit, { maxLength: 8 })).map(([text, edits]) =>
    edits.reduce((t, e) => {
      const at = e.at % (t.length + 1);
      if (e.kind === 'insert') return `${t.slice(0, at)} ${e.word} ${t.slice(at)}`;
      if (e.kind === 'delete') return t.slice(0, at) + t.slice(at + e.length);
      const from = e.from % (t.length + 1);
      return t.slice(0, at) + t.slice(from, from + e.length) + t.slice(at);
    }, text),
  );
  const wordSoup = fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((ws) => `policy "p" { ${ws.join(' ')} }`);

  it('on mutated policies and word soup', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, wordSoup), (text) => {
        const { diagnostics, policy } = checkText(text, 'fuzz.policy', { resolve });
        expect(policy === undefined).toBe(hasErrors(diagnostics));
      }),
      { numRuns: 400 },
    );
  });
});
