/** `acknowledge`: a warning weighed and answered in the policy, and the help of `check/no-vulnerable-rule` it answers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, codeDocPath } from '@callguard/contract';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/policy-files.js';
import { format } from '../print.js';
import { Source } from '../source.js';
import { checkText, type CheckOptions } from './check.js';
import { WARNINGS } from './warnings.js';

const policy = (body: string, stance = 'warn_then_end', head = 'policy "t" {') => `${head}\n  version "1.0.0"\n  stance ${stance}\n${body}\n}\n`;
const ending = '  group hostile = threat or slur\n  rule hostility {\n    when customer hostile or customer harassment\n    do warn then end_call\n  }';
const reason = 'Vulnerable callers are passed to the social team before they reach an agent';

/** Each diagnostic as `severity code: message`. */
const found = (text: string, options?: CheckOptions) => checkText(text, 't.policy', options).diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);

describe('check/no-vulnerable-rule help', () => {
  it('is built from the policy at hand, and following it leaves nothing to report', () => {
    const [d] = checkText(policy(ending), 't.policy').diagnostics;
    expect(d?.code).toBe('check/no-vulnerable-rule');
    // The policy has no `abusive`: the example uses its own words.
    expect(d?.help).not.toContain('abusive');
    const exclude = /`when (.*?) and not caller\.vulnerable`/.exec(d!.help!)![1]!;
    const own = /`(rule vulnerable \{.*?\})`/.exec(d!.help!)![1]!;
    expect(exclude).toBe('(customer hostile or customer harassment)');
    const fixed = policy(ending.replace('when customer hostile or customer harassment', `when ${exclude} and not caller.vulnerable`) + `\n  ${own}`);
    expect(found(fixed)).toEqual([]);
  });

  it('names every rule that ends calls, and offers to acknowledge', () => {
    const two = `${ending}\n  on line_dropped {\n    do end_call\n  }`;
    const help = checkText(policy(two), 't.policy').diagnostics[0]?.help;
    expect(help).toContain('from rule `hostility` and `on line_dropped`');
    expect(help).toContain('`acknowledge no-vulnerable-rule "<why>"`');
  });
});

describe('acknowledge', () => {
  const acknowledged = policy(`${ending}\n  acknowledge no-vulnerable-rule "${reason}"`);

  it('holds back the warning it names, and says which it held and why', () => {
    const result = checkText(acknowledged, 't.policy');
    expect(result.diagnostics).toEqual([]);
    expect(result.acknowledged.map((a) => [a.code, a.reason, a.warnings.map((w) => w.code)])).toEqual([
      ['check/no-vulnerable-rule', reason, ['check/no-vulnerable-rule']],
    ]);
    expect(result.policy?.acknowledgements).toEqual([{ code: 'check/no-vulnerable-rule', reason }]);
  });

  it('changes no decision, so the hash stays', () => {
    const without = checkText(policy(ending), 't.policy').policy;
    expect(checkText(acknowledged, 't.policy').policy?.hash).toBe(without?.hash);
  });

  it('is kept by the formatter, in its own section', () => {
    const text = format(acknowledged).text!;
    expect(text).toContain(`\n\n  acknowledge no-vulnerable-rule "${reason}"\n}\n`);
    expect(format(text).text).toBe(text);
  });

  it('names a warning: a misspelt one gets "did you mean", an error cannot be acknowledged', () => {
    const misspelt = checkText(policy(`${ending}\n  acknowledge no-vulnerable-rules "${reason}"`), 't.policy').diagnostics;
    expect(misspelt.map((d) => [d.code, d.help])).toContainEqual(['check/unknown-warning', 'did you mean `no-vulnerable-rule`?']);
    expect(found(policy(`${ending}\n  acknowledge unknown-behaviour "${reason}"`))).toContain(
      'error check/unknown-warning: `unknown-behaviour` is not a warning the checker gives, so it cannot be acknowledged',
    );
    // An error stays an error: under the zero_tolerance stance an unenforced zero tolerance is one.
    const zt = policy(`  zero_tolerance threat\n  acknowledge zero-tolerance-unenforced "${reason}"`, 'zero_tolerance');
    expect(found(zt)).toContain('error check/zero-tolerance-unenforced: `threat` is zero-tolerance, but no rule ends the call at once when it is detected');
  });

  it('needs a reason', () => {
    expect(found(policy(`${ending}\n  acknowledge no-vulnerable-rule " "`))).toEqual([
      'warning check/no-vulnerable-rule: policy `t` ends calls or restricts contact, but no rule reads `caller.vulnerable` or `caller.adjustments`',
      'error check/acknowledgement-without-reason: acknowledging `no-vulnerable-rule` needs a reason',
    ]);
  });

  it('reports an acknowledgement with nothing to acknowledge, or written twice', () => {
    const none = policy(`  rule calm {\n    when customer rudeness\n    do deescalate\n  }\n  acknowledge no-vulnerable-rule "${reason}"`);
    expect(found(none)).toEqual(['warning check/unused-acknowledgement: policy `t` has no `no-vulnerable-rule` warning to acknowledge']);
    const twice = policy(`${ending}\n  acknowledge no-vulnerable-rule "${reason}"\n  acknowledge no-vulnerable-rule "Again"`);
    expect(found(twice)).toEqual(['warning check/unused-acknowledgement: `no-vulnerable-rule` is already acknowledged']);
  });

  it('carries to a policy that extends the one acknowledging, which may give its own reason', () => {
    const base = policy(`${ending}\n  acknowledge no-vulnerable-rule "${reason}"`, 'warn_then_end', 'policy "base" {');
    const options: CheckOptions = { resolve: () => ({ source: new Source(base, 'base.policy') }) };
    const child = policy('  rule extra {\n    when customer profanity\n    do warn then end_call\n  }', 'warn_then_end', 'policy "child" extends "base" {');
    const inherited = checkText(child, 'child.policy', options);
    expect(inherited.diagnostics).toEqual([]);
    expect(inherited.acknowledged.map((a) => [a.reason, a.span.source.name])).toEqual([[reason, 'base.policy']]);
    const own = checkText(child.replace('\n}\n', '\n  acknowledge no-vulnerable-rule "The child\'s own reason"\n}\n'), 'child.policy', options);
    expect(own.diagnostics).toEqual([]);
    expect(own.policy?.acknowledgements).toEqual([{ code: 'check/no-vulnerable-rule', reason: "The child's own reason" }]);
  });
});

describe('the warnings a policy may acknowledge', () => {
  it('are the codes whose pages say they are warnings (and one that is a warning under most stances)', () => {
    const warningPages = CODES.filter((c) => c.startsWith('check/') && /^Severity: \*\*warning\*\*/m.test(readFileSync(join(ROOT, codeDocPath(c)), 'utf8')));
    expect([...WARNINGS].sort()).toEqual([...warningPages, 'check/zero-tolerance-unenforced'].sort());
  });
});
