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
  /** The names of the rules reported as shadowed, in `body`'s policy. */
  const shadowedIn = (body: string) =>
    checkText(pol(body), 't.policy')
      .diagnostics.filter((d) => d.code === 'check/shadowed-rule')
      .map((d) => d.span.source.body.slice(d.span.start, d.span.end));
  const shadowed = (a: [string, string], b: [string, string], extra = '') => shadowedIn(`${extra}${rule('a', ...a)}\n${rule('b', ...b)}`);

  it('a group covers its members', () => {
    expect(shadowed(['customer abusive', 'warn then end_call'], ['customer profanity', 'warn'], '  group abusive = profanity or slur\n')).toEqual(['b']);
  });
  it('compares as the engine picks a winner: the more severe step, then the rule written first', () => {
    expect(shadowed(['customer rudeness', 'deescalate'], ['customer rudeness', 'deescalate'])).toEqual(['b']);
    // The more severe rule wins wherever it is written.
    expect(shadowed(['customer rudeness', 'remind'], ['customer rudeness', 'deescalate'])).toEqual(['a']);
    expect(shadowed(['customer rudeness and caller.withheld', 'warn'], ['customer rudeness', 'end_call'])).toEqual(['a']);
    // A ladder that reaches past the other's mildest step can still decide.
    expect(shadowed(['customer rudeness', 'remind then end_call'], ['customer rudeness', 'warn'])).toEqual([]);
  });
  it('a count shadows only a harder count', () => {
    expect(shadowed(['customer rudeness 2 times within 10m', 'warn'], ['customer rudeness 3 times within 5m', 'warn'])).toEqual(['b']);
    expect(shadowed(['customer rudeness 2 times within 10m', 'warn'], ['customer rudeness', 'warn'])).toEqual([]);
    expect(shadowed(['customer rudeness 2 times within 5m', 'warn'], ['customer rudeness 3 times within 10m', 'warn'])).toEqual([]);
  });
  it('speakers, negations and fields must match', () => {
    expect(shadowed(['agent rudeness', 'warn'], ['customer rudeness', 'warn'])).toEqual([]);
    expect(shadowed(['customer rudeness and not caller.withheld', 'warn'], ['customer rudeness', 'warn'])).toEqual([]);
    expect(shadowed(['customer rudeness or customer aggression', 'warn'], ['customer aggression and caller.withheld', 'warn'])).toEqual(['b']);
  });
  it('every alternative of the later rule must be covered', () => {
    expect(shadowed(['customer rudeness', 'warn'], ['customer rudeness or customer aggression', 'warn'])).toEqual([]);
  });

  it('catches a rule covered by two others together, naming both', () => {
    const body = [
      rule('rude', 'customer rudeness', 'warn then end_call'),
      rule('angry', 'customer aggression', 'warn then end_call'),
      rule('either', 'customer rudeness or customer aggression', 'deescalate'),
    ].join('\n');
    const [d, ...rest] = checkText(pol(body), 't.policy').diagnostics.filter((x) => x.code === 'check/shadowed-rule');
    expect(rest).toEqual([]);
    expect(d?.message).toBe('rule `either` never decides: whenever it fires, rule `rude` or rule `angry` fires too and wins');
    expect(d?.related.map((r) => r.span.source.body.slice(r.span.start, r.span.end))).toEqual(['rude', 'angry']);
    // Either one alone leaves a case uncovered.
    expect(shadowedIn([rule('rude', 'customer rudeness', 'end_call'), rule('either', 'customer rudeness or customer aggression', 'warn')].join('\n'))).toEqual([]);
  });

  it('gives help that, once followed, leaves nothing to report', () => {
    const help = (body: string) => checkText(pol(body), 't.policy').diagnostics.find((x) => x.code === 'check/shadowed-rule')?.help;
    // Won on order alone: moving it up is the fix.
    const tie = [rule('general', 'customer rudeness', 'warn'), rule('special', 'customer rudeness and caller.withheld', 'warn')];
    expect(help(tie.join('\n'))).toBe('move it above rule `general`: on equally severe steps the rule written first wins');
    expect(shadowedIn([tie[1]!, tie[0]!].join('\n'))).toEqual([]);
    // Won on severity: moving changes nothing; keeping the winner off this rule's case does.
    const severe = [rule('special', 'customer rudeness and caller.withheld', 'deescalate'), rule('general', 'customer rudeness', 'warn')];
    expect(help(severe.join('\n'))).toBe(
      'keep rule `general` from firing on this rule\'s case: add `and not (customer rudeness and caller.withheld)` to its `when`',
    );
    expect(shadowedIn([severe[1]!, severe[0]!].join('\n'))).toEqual(['special']);
    const fixed = [severe[0]!, rule('general', 'customer rudeness and not (customer rudeness and caller.withheld)', 'warn')];
    expect(shadowedIn(fixed.join('\n'))).toEqual([]);
  });

  it('does not report rules that carry duties the winners lack, nor ladders of only continue', () => {
    const withDuties = (name: string, when: string, steps: string, duties: string) =>
      `  rule ${name} {\n    when ${when}\n    do ${steps}\n    duties ${duties}\n  }`;
    const winner = withDuties('abuse', 'customer profanity', 'warn then end_call', 'document');
    expect(shadowedIn([winner, withDuties('log', 'customer profanity and caller.withheld', 'continue', 'document')].join('\n'))).toEqual([]);
    expect(shadowedIn([winner, withDuties('tell', 'customer profanity and caller.withheld', 'warn', 'notify security')].join('\n'))).toEqual([]);
    expect(shadowedIn([winner, withDuties('same', 'customer profanity and caller.withheld', 'warn', 'document')].join('\n'))).toEqual(['same']);
    const must = `  rule tell {\n    when customer profanity\n    do warn\n    must alert security\n  }`;
    expect(shadowedIn([winner, must].join('\n'))).toEqual([]);
  });

  it('a plain rule can shadow an `on tick` rule, which ticks try with it', () => {
    const plain = rule('long', 'call.duration > 20m', 'warn');
    const tick = `  on tick {\n    when call.duration > 20m and call.peak_hours\n    do remind\n  }`;
    expect(shadowedIn([plain, tick].join('\n'))).toEqual(['tick']);
    // A tick rule is not tried on utterances, so it never covers a plain rule.
    expect(shadowedIn([`  on tick {\n    when call.duration > 20m\n    do warn\n  }`, rule('long', 'call.duration > 20m and call.peak_hours', 'remind')].join('\n'))).toEqual([]);
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
