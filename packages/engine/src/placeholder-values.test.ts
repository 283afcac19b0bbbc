import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { compile } from './policy.js';
import { referenceOpen } from './reference/interpreter.js';
import { event, say, started } from '../test/calls.js';
import { CARE, checked } from '../test/checked-text.js';

const policy = checked(`policy "p" {
  version "1.0.0"
  stance warn_then_end
  placeholder case_reference from call
  placeholder account from caller
  placeholder callback_number "0800 123 456"
  script warn_abuse "Please, {customer_name}: this is {agent_name} about {case_reference} on {account}."
  script closing "Call us on {callback_number}, {customer_name}."
  script apology "Sorry, {customer_name}."
  rule abuse "Abuse" {
    when customer profanity and not caller.vulnerable
    do warn with warn_abuse then end_call with closing
    duties follow_up with apology within 24h
  }
${CARE}
}
`);

describe('scripts with placeholders', () => {
  it('are filled from the call, the caller and the policy, the same in the engine and the reference', () => {
    const start = started(
      { agent_name: 'Sam', callback_number: '', placeholders: { case_reference: 'C-1042' } },
      { name: 'Ms Okafor', placeholders: { account: 'A-7' } },
    );
    const s = compile(policy).open(start);
    const r = referenceOpen(policy, start);
    const warn = s.handle(say('0:05', { profanity: 0.9 }));
    // `why` is worded independently by the reference.
    const expected = { ...warn, matched: warn.matched.map((m) => ({ ...m, why: 'abuse fired' })) };
    expect(r.handle(say('0:05', { profanity: 0.9 }))).toEqual(expected);
    expect(warn.script).toEqual({
      name: 'warn_abuse',
      text: 'Please, {customer_name}: this is {agent_name} about {case_reference} on {account}.',
      filled: 'Please, Ms Okafor: this is Sam about C-1042 on A-7.',
    });
    // A duty's script is named as the policy writes it: it is said later, by whoever owes it.
    expect(warn.duties[0]?.script).toEqual({ name: 'apology', text: 'Sorry, {customer_name}.' });
    const end = s.handle(say('0:10', { profanity: 0.9 }));
    // An empty callback number is no value: the policy's text is used.
    expect(end.script?.filled).toBe('Call us on 0800 123 456, Ms Okafor.');
    expect(explain(end)).toContain('Say: "Call us on 0800 123 456, Ms Okafor."');
  });

  it('leave a placeholder with no value as written, name it as missing, and explain says so', () => {
    const s = compile(policy).open(started({}, {}));
    const warn = s.handle(say('0:05', { profanity: 0.9 }));
    expect(warn.script?.filled).toBe('Please, {customer_name}: this is {agent_name} about {case_reference} on {account}.');
    expect(warn.script?.missing).toEqual(['customer_name', 'agent_name', 'case_reference', 'account']);
    expect(explain(warn)).toContain(
      '(no value on this call for {customer_name}, {agent_name}, {case_reference}, {account}: fill them in).',
    );
  });

  it('take the values the call started with, also after a snapshot, for an agent action and a clone', () => {
    const compiled = compile(policy);
    const s = compiled.open(started({ agent_name: 'Sam' }, { name: 'Ms Okafor' }));
    s.handle(say('0:05', { profanity: 0.9 }));
    const restored = compiled.restore(JSON.parse(JSON.stringify(s.snapshot())));
    const confirmed = restored.handle(event('agent_action', '0:06', { action: 'warn', rule: 'abuse' }));
    expect(confirmed.script?.filled).toMatch(/^Please, Ms Okafor: this is Sam /);
    expect(s.clone().handle(say('0:10', { profanity: 0.9 })).script?.filled).toBe('Call us on 0800 123 456, Ms Okafor.');
  });

  it('do not read a value from an object\'s prototype', () => {
    const s = compile(policy).open(started({ placeholders: { toString: 'x' } }, { placeholders: { constructor: 'y' } }));
    expect(s.handle(say('0:05', { profanity: 0.9 })).script?.missing).toContain('case_reference');
  });
});
