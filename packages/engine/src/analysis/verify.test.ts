import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARE, checked } from '../../test/checked-text.js';
import type { CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compile } from '../policy.js';
import { parseProperty, PropertySyntaxError } from './property.js';
import { verify } from './verify.js';

const example = (name: string) => checked(readFileSync(new URL(`../../../../examples/policies/${name}`, import.meta.url), 'utf8'));

/** Runs a counterexample's events through a fresh session, as `replay` does, and returns every decision. */
function replay(policy: CheckedPolicy, events: readonly Record<string, unknown>[]): Decision[] {
  const session = compile(policy).open(events[0]);
  return [session.opening, ...events.slice(1).map((e) => session.handle(e))];
}

describe('verify', () => {
  it('finds that zero tolerance ends a call with no warning, with a call replay reproduces', () => {
    const policy = example('zero-tolerance.policy');
    const result = verify(policy, { asserts: [parseProperty('never end_call unless warned')] });
    const finding = result.findings.find((f) => f.property === 'never end_call unless warned');
    expect(finding?.holds).toBe(false);
    const events = finding?.counterexample?.events ?? [];
    expect(events).toHaveLength(2);
    const decisions = replay(policy, events);
    expect(decisions.at(-1)).toMatchObject({ action: 'end_call', rule: { id: 'severe_abuse' } });
    expect(decisions.slice(0, -1).some((d) => d.matched.some((m) => m.action === 'warn'))).toBe(false);
    // The stance's own promise exempts `end_call immediately`, so it holds.
    expect(result.findings.filter((f) => f.source === 'built-in').every((f) => f.holds)).toBe(true);
    expect(result.stats.complete).toBe(true);
  });

  it('holds on a warn-then-end ladder, and breaks on a ladder that escalates instead', () => {
    const ladder = `policy "p" {
  version "1.0.0"
  stance warn_then_end
  rule abuse "Abuse" {
    when customer profanity
    do warn, up to 2 times then end_call
    duties document
  }
${CARE}
}`;
    expect(verify(checked(ladder)).holds).toBe(true);
    const skipped = ladder.replace('warn_then_end', 'escalate_first').replace('warn, up to 2 times then end_call', 'escalate to supervisor then end_call');
    const { findings } = verify(checked(skipped), { builtIn: false, asserts: [parseProperty('never end_call unless warned')] });
    const events = findings[0]?.counterexample?.events ?? [];
    expect(events.map((e) => e['type'])).toEqual(['call_started', 'utterance', 'utterance']);
    expect(replay(checked(skipped), events).at(-1)?.action).toBe('end_call');
  });

  it('reports dead and shadowed rules and unreachable group members', () => {
    const policy = checked(`policy "p" {
  version "1.0.0"
  stance warn_then_end
  group abusive = profanity or threat
  rule big "Big" {
    when customer abusive
    do warn then end_call
    duties document
  }
  rule small "Never wins" {
    when customer profanity
    do remind
  }
  rule never "Never fires" {
    when caller.warnings > 2 and caller.warnings < 1
    do remind
  }
${CARE}
}`);
    const byName = Object.fromEntries(verify(policy).findings.map((f) => [f.property, f]));
    expect(byName['no rule is dead']?.detail).toBe('no call makes `never` fire');
    expect(byName['no rule is shadowed']?.detail).toBe('`small` fire but another rule always wins');
    expect(byName['every behaviour named in a group is reachable']?.holds).toBe(true);
  });

  it('checks time, approvals, duties and caller fields', () => {
    const policy = checked(`policy "p" {
  version "1.0.0"
  stance escalate_first
  rule long "Long calls" {
    when call.duration >= 10m and customer rudeness
    do escalate to supervisor then end_call by supervisor
    duties document
  }
  rule block "Block" {
    when customer threat
    do escalate to supervisor then block_caller for 30d, approved by manager
  }
${CARE}
}`);
    const verdicts = verify(policy, {
      asserts: ['never end_call in the first 10m', 'never end_call in the first 15m', 'block_caller always approved by supervisor', 'never end_call when caller.vulnerable'].map(parseProperty),
    }).findings.map((f) => [f.property, f.holds]);
    expect(verdicts).toEqual([
      ['never end_call unless escalated (stance escalate_first)', true],
      ['never block_caller unless escalated (stance escalate_first)', true],
      ['end_call always owes document', true],
      ['block_caller always owes document', false],
      ['never end_call in the first 10m', true],
      ['never end_call in the first 15m', false],
      ['block_caller always approved by supervisor', false],
      ['never end_call when caller.vulnerable', false],
      ['no rule is dead', true],
      ['no rule is shadowed', true],
      ['every behaviour named in a group is reachable', true],
    ]);
  });
});

describe('parseProperty', () => {
  it('reads every form', () => {
    expect(parseProperty('never end_call unless warned at least 2 times')).toMatchObject({ kind: 'never', action: 'end_call', unless: 2 });
    expect(parseProperty('never end_call unless warned twice')).toMatchObject({ unless: 2 });
    expect(parseProperty('never end_call unless escalated')).toMatchObject({ unless: 'escalated' });
    expect(parseProperty('never block_caller in the first 60s')).toMatchObject({ action: 'block_caller', firstMs: 60_000 });
    expect(parseProperty('never end_call when caller.warnings >= 2 and not caller.vulnerable').kind).toBe('never');
    expect(parseProperty('block_caller always approved by a supervisor')).toMatchObject({ kind: 'approved', role: 'supervisor' });
    expect(parseProperty('end_call always owes document')).toMatchObject({ kind: 'owes', duty: 'document' });
  });

  it('says what it expected, and where', () => {
    const error = (text: string) => {
      try {
        parseProperty(text);
      } catch (e) {
        if (e instanceof PropertySyntaxError) return [e.message, e.offset];
      }
      return undefined;
    };
    expect(error('never hang_up')).toEqual(['`hang_up` is not an action; expected one of continue, remind, announce, deescalate, warn, route, escalate, refuse, end_call, block_caller, callback', 6]);
    expect(error('never end_call unles warned')).toEqual(['unexpected `unles` after the property', 15]);
    expect(error('never end_call when caller.mood')).toEqual(['`caller.mood` is not a field; write one such as caller.vulnerable, caller.warnings or call.duration', 20]);
    expect(error('end_call always owes coffee')).toEqual(['`coffee` is not a duty; expected one of document, notify, debrief, follow_up, callback, review, support_agent, record_warning, record_strike, record_incident, propose, refer_legal, refer_police, pause_agent, alert, decide, review_recording', 21]);
  });
});
