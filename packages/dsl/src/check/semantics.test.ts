/** The reasoning rules (shadowing, `immediately`, zero tolerance) on small cases. */
import { describe, expect, it } from 'vitest';
import { checkText } from './check.js';

const pol = (body: string, stance = 'warn_then_end') => `policy "t" {\n  version "1.0.0"\n  stance ${stance}\n${body}\n}\n`;
const rule = (name: string, when: string, steps: string) => `  rule ${name} {\n    when ${when}\n    do ${steps}\n  }`;
// These small policies end calls with no rule for vulnerable customers: that warning is beside the point here.
const codes = (text: string) =>
  checkText(text, 't.policy')
    .diagnostics.map((d) => d.code)
    .filter((c) => c !== 'check/no-vulnerable-rule');

describe('shadowed rules', () => {
  const shadowed = (a: [string, string], b: [string, string], extra = '') =>
    codes(pol(`${extra}${rule('a', ...a)}\n${rule('b', ...b)}`)).includes('check/shadowed-rule');

  it('a group covers its members', () => {
    expect(shadowed(['customer abusive', 'warn then end_call'], ['customer profanity', 'warn'], '  group abusive = profanity or slur\n')).toBe(true);
  });
  it('ties go to the earlier rule; a milder earlier rule does not shadow', () => {
    expect(shadowed(['customer rudeness', 'deescalate'], ['customer rudeness', 'deescalate'])).toBe(true);
    expect(shadowed(['customer rudeness', 'remind'], ['customer rudeness', 'deescalate'])).toBe(false);
  });
  it('a count shadows only a harder count', () => {
    expect(shadowed(['customer rudeness 2 times within 10m', 'warn'], ['customer rudeness 3 times within 5m', 'warn'])).toBe(true);
    expect(shadowed(['customer rudeness 2 times within 10m', 'warn'], ['customer rudeness', 'warn'])).toBe(false);
    expect(shadowed(['customer rudeness 2 times within 5m', 'warn'], ['customer rudeness 3 times within 10m', 'warn'])).toBe(false);
  });
  it('speakers, negations and fields must match', () => {
    expect(shadowed(['agent rudeness', 'warn'], ['customer rudeness', 'warn'])).toBe(false);
    expect(shadowed(['customer rudeness and not caller.withheld', 'warn'], ['customer rudeness', 'warn'])).toBe(false);
    expect(shadowed(['customer rudeness or customer aggression', 'warn'], ['customer aggression and caller.withheld', 'warn'])).toBe(true);
  });
  it('every alternative of the later rule must be covered', () => {
    expect(shadowed(['customer rudeness', 'warn'], ['customer rudeness or customer aggression', 'warn'])).toBe(false);
  });
});

describe('immediately', () => {
  const zt = '  zero_tolerance threat, slur\n';
  it('is fine when every alternative needs a zero-tolerance behaviour', () => {
    const text = pol(`${zt}${rule('a', 'customer threat and not caller.verified or customer slur', 'end_call immediately')}`);
    expect(codes(text)).not.toContain('check/immediately-not-zero-tolerance');
  });
  it('is an error when an alternative needs none', () => {
    expect(codes(pol(`${zt}${rule('a', 'customer threat or caller.withheld', 'end_call immediately')}`))).toContain(
      'check/immediately-not-zero-tolerance',
    );
  });
  it('ignores alternatives that can never be true', () => {
    const text = pol(`${zt}${rule('a', 'customer threat or (customer rudeness and not customer rudeness)', 'end_call immediately')}`);
    expect(codes(text)).not.toContain('check/immediately-not-zero-tolerance');
  });
});

describe('zero tolerance', () => {
  const zt = '  zero_tolerance threat\n';
  it('is enforced by a rule firing on the behaviour alone', () => {
    expect(codes(pol(`${zt}${rule('a', 'customer threat', 'end_call immediately')}`, 'zero_tolerance'))).toEqual([]);
  });
  it('is not enforced when the rule also needs a field', () => {
    expect(codes(pol(`${zt}${rule('a', 'customer threat and caller.withheld', 'end_call immediately')}`, 'zero_tolerance'))).toEqual([
      'check/zero-tolerance-unenforced',
    ]);
  });
  it('is a warning under warn_then_end', () => {
    const { diagnostics } = checkText(pol(`${zt}${rule('a', 'customer threat', 'warn then end_call')}`), 't.policy');
    expect(diagnostics.filter((d) => d.code === 'check/zero-tolerance-unenforced').map((d) => d.severity)).toEqual(['warning']);
  });
  it('needs a list under stance zero_tolerance', () => {
    expect(codes(pol(rule('a', 'customer threat', 'warn then end_call'), 'zero_tolerance'))).toEqual(['check/zero-tolerance-unenforced']);
  });
});
