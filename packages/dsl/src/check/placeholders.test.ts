import { describe, expect, it } from 'vitest';
import { print } from '../print.js';
import { parse } from '../parse.js';
import { placeholdersIn } from '../placeholders.js';
import { Source } from '../source.js';
import { checkText } from './check.js';

const policy = (body: string) => `policy "p" {
  version "1.0.0"
  stance warn_then_end
${body}
  rule abuse "Abuse" {
    when customer profanity and not caller.vulnerable
    do warn with warn_abuse then end_call with closing
  }
  rule vulnerable "Vulnerable" {
    when customer profanity and caller.vulnerable
    do deescalate
  }
}
`;

const scripts = `  script warn_abuse "Please, {customer_name}."
  script closing "Call {callback_number}, reference {case_reference}."
`;

/** Each diagnostic as its code and the text it underlines. */
const problems = (text: string) =>
  checkText(text, 'p.policy').diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);

describe('placeholders', () => {
  it('finds names in braces, and nothing else', () => {
    expect(placeholdersIn('Hi {customer_name}, { no } {1} {x}{y_2}').map((u) => u.name)).toEqual(['customer_name', 'x', 'y_2']);
    expect(placeholdersIn('no braces')).toEqual([]);
  });

  it('are declared from the call, the caller or with the policy\'s text', () => {
    const text = policy(`  placeholder case_reference from call
  placeholder account from caller
  placeholder callback_number "0800 123 456"
  script extra "Account {account}."
${scripts}`).replace('do deescalate', 'do deescalate with extra');
    const { policy: checked, diagnostics } = checkText(text, 'p.policy');
    expect(diagnostics).toEqual([]);
    expect(checked?.placeholders).toEqual({
      account: { from: 'caller', text: undefined },
      callback_number: { from: undefined, text: '0800 123 456' },
      case_reference: { from: 'call', text: undefined },
    });
  });

  it('print as written and round-trip', () => {
    const text = policy(`  placeholder case_reference from call
  placeholder callback_number "0800 123 456"
${scripts}`);
    const printed = print(parse(text).ast);
    expect(printed).toContain('  placeholder case_reference from call\n  placeholder callback_number "0800 123 456"\n');
    expect(print(parse(printed).ast)).toBe(printed);
  });

  it('leave the hash of a policy that declares none as it was, and change it when declared', () => {
    const without = policy(scripts.replace(', reference {case_reference}', ''));
    const hash = checkText(without, 'p.policy').policy?.hash;
    expect(checkText(without, 'p.policy').policy?.placeholders).toBeUndefined();
    const declared = checkText(policy(`  placeholder callback_number "0800 123 456"\n${scripts.replace(', reference {case_reference}', '')}`), 'p.policy');
    expect(declared.policy?.hash).not.toBe(hash);
  });

  it('report an unknown placeholder at its braces, with the nearest name', () => {
    expect(problems(policy(`  placeholder case_reference from call\n${scripts.replace('{customer_name}', '{customer_nme}')}`))).toEqual([
      'check/unknown-placeholder {customer_nme}',
    ]);
    const [unknown] = checkText(policy(scripts), 'p.policy').diagnostics;
    expect(unknown?.code).toBe('check/unknown-placeholder');
    expect(unknown?.help).toContain('placeholder case_reference from call');
  });

  it('find the braces after escapes in the text', () => {
    const text = policy(`  placeholder case_reference from call\n${scripts.replace('Please, ', 'Say \\"please\\", ').replace('{customer_name}', '{nme}')}`);
    expect(problems(text)).toEqual(['check/unknown-placeholder {nme}']);
  });

  it('report a built-in given another source, a second declaration, a misspelt source and an unused one', () => {
    expect(problems(policy(`  placeholder case_reference from call\n  placeholder customer_name from call\n${scripts}`))).toEqual([
      'check/builtin-placeholder call',
    ]);
    expect(problems(policy(`  placeholder case_reference from call\n  placeholder case_reference "x"\n${scripts}`))).toEqual([
      'check/duplicate-placeholder case_reference',
    ]);
    expect(problems(policy(`  placeholder case_reference from cal\n${scripts}`))).toEqual(['check/unknown-word cal']);
    expect(problems(policy(`  placeholder case_reference from call\n  placeholder office_hours "9 to 5"\n${scripts}`))).toEqual([
      'check/unused-placeholder office_hours',
    ]);
  });

  it('are inherited from a base', () => {
    const base = policy(`  placeholder case_reference from call\n${scripts}`);
    const child = `policy "c" extends "p" {
  version "1.0.1"
  script closing "Reference {case_reference}, {callback_number}."
}
`;
    const { diagnostics, policy: checked } = checkText(child, 'c.policy', {
      resolve: (ref) => (ref === 'p' ? { source: new Source(base, 'p.policy') } : { error: 'no such policy' }),
    });
    expect(diagnostics).toEqual([]);
    expect(checked?.placeholders).toEqual({ case_reference: { from: 'call', text: undefined } });
  });
});
