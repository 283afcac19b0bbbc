import { describe, expect, it } from 'vitest';
import { parse } from '../parse.js';
import { print } from '../print.js';
import { checkText } from './check.js';

const policy = (ladder: string, extra = '') => `policy "p" {
  version "1.0.0"
  stance warn_then_end
  script calm_a "I can hear this matters to you."
  script calm_b "Let's see what I can do right now."
  script calm_c "I want to get this sorted for you."
  script warn_abuse "Please keep this respectful."
${extra}
  rule abuse "Abuse" {
    when customer profanity and not caller.vulnerable
    do ${ladder}
  }
  rule vulnerable "Vulnerable" {
    when customer profanity and caller.vulnerable
    do deescalate
  }
}
`;

const problems = (text: string) =>
  checkText(text, 'p.policy').diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);

describe('a choice of scripts', () => {
  const good = policy('deescalate with any 2 of (calm_a, calm_b, calm_c) then warn with warn_abuse then end_call');

  it('checks into the step, with the scripts\' words', () => {
    const { policy: checked, diagnostics } = checkText(good, 'p.policy');
    expect(diagnostics).toEqual([]);
    const step = checked!.rules[0]!.ladder[0]!;
    expect(step.script).toBeUndefined();
    expect(step.scriptSet).toEqual({
      atLeast: 2,
      scripts: [
        { name: 'calm_a', text: 'I can hear this matters to you.' },
        { name: 'calm_b', text: "Let's see what I can do right now." },
        { name: 'calm_c', text: 'I want to get this sorted for you.' },
      ],
    });
    expect(checked!.rules[0]!.ladder[1]!.scriptSet).toBeUndefined();
  });

  it('prints as written and round-trips', () => {
    const messy = good.replace('any 2 of (calm_a, calm_b, calm_c)', 'any 2 of(calm_a ,calm_b,\n calm_c )');
    const printed = print(parse(messy).ast);
    expect(printed).toContain('do deescalate with any 2 of (calm_a, calm_b, calm_c)');
    expect(print(parse(printed).ast)).toBe(printed);
  });

  it('reports a count it can never meet, a repeat, an unknown script, and a choice where it is ambiguous', () => {
    expect(problems(policy('deescalate with any 4 of (calm_a, calm_b, calm_c) then warn with warn_abuse then end_call'))).toEqual(['check/bad-script-set 4']);
    expect(problems(policy('deescalate with any 0 of (calm_a, calm_b, calm_c) then warn with warn_abuse then end_call'))).toEqual(['check/bad-script-set 0']);
    expect(problems(policy('deescalate with any 2 of (calm_a, calm_b, calm_a) then warn with warn_abuse then end_call with calm_c'))).toEqual(['check/bad-script-set calm_a']);
    expect(problems(policy('deescalate with any 2 of (calm_a, calm_bb, calm_c) then warn with warn_abuse then end_call with calm_b'))).toEqual(['check/unknown-script calm_bb']);
    expect(problems(policy('deescalate with any 2 of (calm_a, calm_b, calm_c), up to 2 times then warn with warn_abuse then end_call'))).toEqual([
      'check/bad-script-set 2',
    ]);
    expect(problems(policy('deescalate with any 2 of (calm_a, calm_b, calm_c) or escalate to supervisor then warn with warn_abuse then end_call'))).toEqual([
      'check/bad-script-set any 2 of (calm_a, calm_b, calm_c)',
    ]);
  });

  it('is a syntax error on a duty', () => {
    const { diagnostics } = parse(policy('deescalate', '').replace('do deescalate\n  }\n  rule vulnerable', 'do deescalate\n    duties follow_up with any 2 of (calm_a, calm_b) within 1d\n  }\n  rule vulnerable'));
    expect(diagnostics.map((d) => d.message)).toEqual(['a duty says one script']);
  });

  it('counts its scripts as used, and each must give the callback number when required', () => {
    const text = policy('warn with warn_abuse then end_call with any 1 of (calm_a, calm_b, calm_c)', '  require callback_number').replace(
      '"I can hear this matters to you."',
      '"Call us on {callback_number}."',
    );
    expect(problems(text)).toEqual([
      'check/closing-without-callback-number calm_b',
      'check/closing-without-callback-number calm_c',
    ]);
  });
});
