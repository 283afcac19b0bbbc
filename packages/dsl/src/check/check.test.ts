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
    expect(policy?.rules.map((r) => r.id)).toEqual(['vulnerable', 'abuse', 'rudeness', 'stuck', 'repeat_harasser', 'peak', 'line_dropped', 'disputes']);
    expect(policy?.rules[1]?.title).toBe('Billing: one warning, a supervisor, then the call may end');
    expect(policy?.rules[1]?.origin.file).toBe('examples/policies/acme-billing.policy');
    expect(policy?.rules[2]?.origin.file).toBe('examples/policies/warn-then-end.policy');
    expect(policy?.rules[6]?.ladder[0]?.withinMs).toBe(300_000);
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

describe('roles, teams, records, restrictions, channels and alternatives', () => {
  const { policy } = checkFile('test/fixtures/kitchen-sink.policy');
  const rule = (id: string) => policy!.rules.find((r) => r.id === id)!;

  it('merges roles and teams with the base, built-ins first', () => {
    expect(policy?.roles).toEqual([...ROLES, 'line_manager', 'equality_office']);
    expect(policy?.teams).toEqual(['complaints_team', 'billing_team']);
  });

  it('overrides record expiry by kind and inherits nothing else', () => {
    expect(policy?.recordExpiry).toEqual({ warning: 365 * 86_400_000, strike: 14 * 86_400_000 });
    expect(policy?.requireCallbackNumber).toBe(true);
  });

  it('resolves restrictions', () => {
    expect(policy?.restrictions['written_only']).toEqual({
      name: 'written_only',
      title: 'Written contact only',
      kind: 'written_only',
      scope: 'organisation',
      channels: ['phone', 'in_person'],
      maxMs: 180 * 86_400_000,
      reviewAfterMs: 90 * 86_400_000,
      independentReview: true,
      liftWhen: 'No further incidents for 90 days',
      approvers: ['line_manager', 'equality_office'],
      appealWorkingDays: 10,
      replyWorkingDays: 20,
      reviewEveryMs: 180 * 86_400_000,
    });
    // Terms not written are absent, not undefined: the hash of a policy without them is what it was.
    expect(Object.keys(policy!.restrictions['short_calls']!)).not.toContain('replyWorkingDays');
    expect(policy?.restrictions['short_calls']).toMatchObject({ title: 'short_calls', channels: [], independentReview: false, liftWhen: undefined });
  });

  it('resolves the appeal terms of the record kinds that have them, and nothing for a policy whose records have none', () => {
    expect(policy?.recordAppeals).toEqual({ warning: { appealWorkingDays: 10, replyWorkingDays: 20 } });
    expect(Object.keys(checkFile('examples/policies/council.policy').policy!)).not.toContain('recordAppeals');
  });

  it('resolves channels, `must`, alternatives and step details', () => {
    const vulnerable = rule('vulnerable');
    expect(vulnerable.channels).toEqual(['phone', 'chat']);
    expect(vulnerable.must).toMatchObject([{ kind: 'alert', target: 'supervisor', subject: 'customer' }]);
    expect(vulnerable.ladder[0]?.alternatives).toMatchObject([{ action: 'remind', approvedBy: [] }]);
    expect(vulnerable.ladder[1]).toMatchObject({ action: 'escalate', to: 'supervisor', by: 'supervisor', alternatives: [] });
    expect(vulnerable.duties).toMatchObject([
      { kind: 'document' },
      { kind: 'pause_agent', subject: 'agent', forMs: 600_000 },
      { kind: 'decide', target: undefined, sanction: 'close_account', owner: 'compliance', withinMs: 7 * 86_400_000 },
      { kind: 'review_recording', owner: 'compliance' },
    ]);
    expect(rule('strikes').ladder[1]).toMatchObject({ action: 'end_call', mode: 'recorded_message', by: 'supervisor', approvedBy: ['line_manager', 'supervisor'] });
    expect(rule('strikes').duties.find((d) => d.kind === 'propose')).toMatchObject({ restriction: 'written_only', target: undefined });
    expect(rule('billing').ladder[0]).toMatchObject({ action: 'route', team: 'billing_team', to: undefined, alternatives: [{ action: 'refuse' }] });
    expect(rule('call_started').trigger).toEqual({ kind: 'event', event: 'call_started' });
    expect(rule('tick')).toMatchObject({ trigger: { kind: 'event', event: 'tick' }, channels: ['phone'] });
    const dropped = rule('line_dropped');
    expect(dropped.ladder[0]).toMatchObject({ callbackTo: 'all_numbers', window: { from: '09:00', to: '20:00' }, dailyCap: 3, to: undefined });
    expect(dropped.duties[1]).toMatchObject({ kind: 'callback', callbackTo: 'primary_number', window: { from: '08:30', to: '18:00' }, dailyCap: 2 });
  });

  it('resolves keyed fields', () => {
    const atoms = JSON.stringify(rule('strikes').condition);
    expect(atoms).toContain('{"kind":"field","root":"caller","member":"strikes","key":"harassment","type":"number","op":">=","value":2}');
    expect(atoms).toContain('"member":"staffed","key":"line_manager","type":"boolean"');
  });

  it('hashes them', () => {
    const text = readPolicy('examples/policies/council.policy').body;
    const hashOf = (body: string) => checkText(body, 'p.policy').policy?.hash;
    const base = hashOf(text);
    expect(base).toBeDefined();
    for (const changed of [
      text.replace('roles line_manager, equality_office', 'roles line_manager, equality_office, police'),
      text.replace('record warning expires after 365d', 'record warning expires after 366d'),
      text.replace('reviewed after 90d, independently\n    lifted', 'reviewed after 90d\n    lifted'),
      text.replace('appeal within 10 working_days', 'appeal within 15 working_days'),
      text.replace('channels phone, in_person', 'channels phone'),
      text.replace('approved by line_manager and equality_office', 'approved by line_manager'),
    ]) {
      expect(changed).not.toBe(text);
      expect(hashOf(changed)).not.toBe(base);
    }
    // Channels are a set: their order does not matter.
    expect(hashOf(text.replace('channels phone, in_person', 'channels in_person, phone'))).toBe(base);
  });
});

describe('the new checks on small cases', () => {
  const pol = (body: string, stance = 'warn_then_end') => `policy "t" {\n  version "1.0.0"\n  stance ${stance}\n${body}\n}\n`;
  const codes = (text: string) => checkText(text, 't.policy').diagnostics.map((d) => d.code).filter((c) => c !== 'check/no-vulnerable-rule');
  const r = (steps: string, when = 'customer profanity') => `  rule a {\n    when ${when}\n    do ${steps}\n  }`;

  it('stance rules count an alternative at its own step', () => {
    expect(codes(pol(r('warn or end_call')))).toEqual(['check/warn-then-end-without-warn']);
    expect(codes(pol(r('warn or escalate then end_call')))).toEqual([]);
    expect(codes(pol(r('escalate or end_call'), 'escalate_first'))).toEqual(['check/escalate-first-without-escalate']);
    expect(codes(pol(r('deescalate or end_call'), 'never_hang_up'))).toEqual(['check/never-hang-up-ends-call']);
    expect(codes(pol(r('escalate then end_call by agent'), 'escalate_first'))).toEqual(['check/escalate-first-agent-ends']);
  });

  it('a failing or silent line ends the call with no warning or escalation under any stance but never_hang_up', () => {
    const on = (event: string, steps: string, when = '') => `  on ${event} {\n${when ? `    when ${when}\n` : ''}    do ${steps}\n  }`;
    for (const event of ['silence', 'poor_line', 'line_dropped']) {
      expect(codes(pol(on(event, 'end_call')))).toEqual([]);
      expect(codes(pol(on(event, 'remind then end_call by agent'), 'escalate_first'))).toEqual([]);
      expect(codes(pol(on(event, 'end_call'), 'zero_tolerance\n  zero_tolerance threat\n  rule t {\n    when customer threat\n    do end_call immediately\n  }'))).toEqual([]);
      expect(codes(pol(on(event, 'end_call'), 'never_hang_up'))).toEqual(['check/never-hang-up-ends-call']);
    }
  });

  it('a time limit on ticks owes an announcement, not a warning; a tick without a time bound owes a warning', () => {
    const tick = (when: string, steps: string) => `  on tick {\n    when ${when}\n    do ${steps}\n  }`;
    expect(codes(pol(tick('call.duration >= 30m', 'announce then end_call')))).toEqual([]);
    expect(codes(pol(tick('caller.talk_time_today > 1h and not caller.vulnerable', 'warn then end_call')))).toEqual([]);
    expect(codes(pol(tick('call.duration >= 30m or caller.talk_time_today >= 2h', 'announce then end_call')))).toEqual([]);
    expect(codes(pol(tick('call.duration >= 30m', 'end_call')))).toEqual(['check/warn-then-end-without-warn']);
    expect(codes(pol(tick('call.duration >= 30m or caller.withheld', 'announce then end_call')))).toEqual(['check/warn-then-end-without-warn']);
    expect(codes(pol(tick('not (call.duration < 30m)', 'announce then end_call')))).toEqual([]);
    expect(codes(pol(tick('call.duration >= 30m', 'announce then end_call'), 'escalate_first'))).toEqual(['check/escalate-first-without-escalate']);
    const message = checkText(pol(tick('call.duration >= 30m', 'end_call')), 't.policy').diagnostics.find((d) => d.code === 'check/warn-then-end-without-warn');
    expect(message?.message).toContain('without announcing the limit or warning first');
    expect(message?.help).toContain('announce with <script> then');
  });

  it('`stance none` checks nothing stance-specific, but block_caller still needs its approval and period', () => {
    expect(codes(pol(r('end_call'), 'none'))).toEqual([]);
    expect(codes(pol(r('end_call immediately'), 'none'))).toEqual(['check/immediately-not-zero-tolerance']);
    expect(codes(pol(r('block_caller for 1d'), 'none'))).toEqual(['check/block-without-approval']);
    expect(codes(pol(r('end_call by agent'), 'none'))).toEqual([]);
  });

  it('a `may` menu is held to the stance like alternatives, but never counts as the warning or escalation', () => {
    expect(codes(pol(r('may warn or end_call')))).toEqual(['check/warn-then-end-without-warn']);
    expect(codes(pol(r('warn then may end_call or escalate to supervisor')))).toEqual([]);
    expect(codes(pol(r('may warn or escalate then end_call')))).toEqual(['check/warn-then-end-without-warn']);
    expect(codes(pol(r('may escalate or deescalate then end_call by supervisor'), 'escalate_first'))).toEqual(['check/escalate-first-without-escalate']);
    expect(codes(pol(r('escalate then may end_call by supervisor'), 'escalate_first'))).toEqual([]);
    expect(codes(pol(r('may deescalate or end_call'), 'never_hang_up'))).toEqual(['check/never-hang-up-ends-call']);
    // Nothing on a menu is recommended, so the rungs after it are reached.
    expect(codes(pol(r('warn then may end_call then warn then end_call')))).toEqual([]);
    expect(codes(pol(r('may warn or escalate'), 'none'))).toEqual([]);
  });

  it('`after` and `at once` say when a rung follows the one before it, so not on the first', () => {
    expect(codes(pol(r('warn then after 10m end_call then at once block_caller for 1d, approved by manager')))).toContain('check/unreachable-step');
    expect(codes(pol(r('warn then after 10m may end_call or escalate')))).toEqual([]);
    expect(codes(pol(r('announce then at once warn then end_call')))).toEqual([]);
    expect(codes(pol(r('after 10m warn then end_call')))).toEqual(['check/timed-first-step']);
    expect(codes(pol(r('at once warn then end_call')))).toEqual(['check/timed-first-step']);
    expect(codes(pol(r('warn then after 10min end_call')))).toEqual(['check/bad-duration']);
    expect(codes(pol(r('warn then after 0s end_call')))).toEqual(['check/bad-duration']);
  });

  it('a step ends the call only when every alternative does', () => {
    expect(codes(pol(r('warn then end_call or remind then escalate')))).toEqual([]);
    expect(codes(pol(r('warn then end_call or block_caller for 1d, approved by manager then escalate')))).toContain('check/unreachable-step');
  });

  it('modifiers belong to their actions, on steps, alternatives and duties', () => {
    expect(codes(pol(r('warn via bot_close')))).toEqual(['check/misplaced-modifier']);
    expect(codes(pol(r('warn between 09:00 and 10:00')))).toEqual(['check/misplaced-modifier']);
    expect(codes(pol(r('deescalate or remind, up to 2 times')))).toEqual(['check/misplaced-modifier']);
    expect(codes(pol(`${r('warn')}\n  rule b {\n    when customer threat\n    do warn\n    duties document for 10m\n  }`))).toEqual(['check/misplaced-modifier']);
    expect(codes(pol(r('route')))).toEqual(['check/missing-target']);
  });

  it('channels decide shadowing', () => {
    const two = (a: string, b: string) => pol(`  rule a {\n${a}    when customer rudeness\n    do warn\n  }\n  rule b {\n${b}    when customer rudeness\n    do warn\n  }`);
    expect(codes(two('', ''))).toEqual(['check/shadowed-rule']);
    expect(codes(two('    channels phone\n', '    channels chat\n'))).toEqual([]);
    expect(codes(two('    channels phone\n', ''))).toEqual([]);
    expect(codes(two('', '    channels chat\n'))).toEqual(['check/shadowed-rule']);
    expect(codes(two('    channels phone, chat\n', '    channels chat\n'))).toEqual(['check/shadowed-rule']);
    expect(codes(pol(`${r('warn')}\n  rule b {\n    when customer profanity\n    do warn\n    must alert security\n  }`))).toEqual([]);
  });

  it('keyed fields name a behaviour, a restriction or a role', () => {
    expect(codes(pol(r('remind', 'caller.strikes.swearing >= 1')))).toEqual(['check/unknown-behaviour']);
    expect(codes(pol(r('remind', 'call.staffed.boss')))).toEqual(['check/unknown-role']);
    expect(codes(pol(r('remind', 'caller.restrictions')))).toEqual(['check/unknown-field']);
    expect(codes(pol(r('remind', 'caller.vulnerable.x')))).toEqual(['check/unknown-field']);
    expect(codes(pol(r('remind', 'caller.strikes.threat >= 1 and call.duration > 1m')))).toEqual([]);
  });

  it('behaviours are never true in `on call_started` or `on tick`', () => {
    expect(codes(pol('  on tick {\n    when customer threat\n    do remind\n  }'))).toEqual(['check/behaviour-in-event-rule']);
    expect(codes(pol('  on call_started {\n    when customer threat\n    do announce\n  }'))).toEqual(['check/behaviour-in-event-rule']);
  });

  it('warns about a missing vulnerable-customer rule only when calls can end or contact be restricted', () => {
    const all = (text: string) => checkText(text, 't.policy').diagnostics.map((d) => d.code);
    expect(all(pol(r('warn then end_call')))).toEqual(['check/no-vulnerable-rule']);
    expect(all(pol(r('deescalate')))).toEqual([]);
    expect(all(pol(`${r('warn then end_call')}\n  rule v {\n    when customer profanity and caller.adjustments\n    do escalate\n  }`))).toEqual([]);
  });

  it('declared roles and the base’s restrictions can be used', () => {
    const base = pol('  roles line_manager\n  restriction w {\n    kind written_only\n    scope team\n    lasts up to 30d\n    reviewed after 7d\n    approved by line_manager\n  }\n  rule p {\n    when customer threat\n    do warn\n    duties propose w\n  }').replace('"t"', '"base"');
    const child = pol(r('warn then escalate to line_manager then end_call', 'customer threat and caller.restrictions.w')).replace('"t"', '"child" extends "base"');
    const resolve: CheckOptions['resolve'] = (ref) => (ref === 'base' ? { source: new Source(base, 'base.policy') } : { error: 'none' });
    const { diagnostics, policy } = checkText(child, 'child.policy', { resolve });
    expect(diagnostics.map((d) => `${d.span.source.name} ${d.code}`)).toEqual(['base.policy check/no-vulnerable-rule', 'child.policy check/no-vulnerable-rule']);
    expect(policy?.roles).toContain('line_manager');
    expect(Object.keys(policy?.restrictions ?? {})).toEqual(['w']);
  });
});

describe('several rules for one event', () => {
  const head = 'policy "p" {\n  version "1.0.0"\n  stance warn_then_end\n  script still "Are you still there?"\n';
  const ghost = '  on silence ghost_call "No one has spoken yet" {\n    when not call.customer_spoken\n    do remind with still\n  }\n';
  const plain = '  on silence {\n    do remind with still\n  }\n';

  it('names each rule, keeps the unnamed form named after its event, with its hash', () => {
    const { policy, diagnostics } = checkText(`${head}${ghost}${plain}}\n`, 'p.policy');
    expect(diagnostics).toEqual([]);
    expect(policy?.rules.map((r) => [r.id, r.title, r.trigger])).toEqual([
      ['ghost_call', 'No one has spoken yet', { kind: 'event', event: 'silence' }],
      ['silence', 'silence', { kind: 'event', event: 'silence' }],
    ]);
    const alone = checkText(`${head}${plain}}\n`, 'p.policy').policy;
    // The hash this policy had before `on` blocks could have names of their own.
    expect(alone?.hash).toBe('8c8e962a0c520e5ce6d6dfbd5d41c2baf6f09879048a8b46d2500aa94f0b201a');
  });

  it('reports two unnamed blocks for one event, with help the language can follow', () => {
    const { diagnostics } = checkText(`${head}${plain}${plain}}\n`, 'p.policy');
    expect(diagnostics.map((d) => [d.code, d.message, d.help])).toEqual([
      ['check/duplicate-rule', '`on silence` is written twice without a name', 'give each block a name of its own, e.g. `on silence second_silence "..." { ... }`'],
    ]);
  });

  it('overrides a named on rule by its name, in the same form', () => {
    const resolveIn = (ref: string) => (ref === 'p' ? { source: new Source(`${head}${ghost}}\n`, 'p.policy') } : { error: 'not found' });
    const child = (body: string) =>
      checkText(`policy "c" extends "p" {\n  version "1.0.0"\n${body}}\n`, 'c.policy', { resolve: resolveIn }).diagnostics.map((d) => [d.code, d.message]);
    expect(child('  override on silence ghost_call {\n    do remind\n  }\n')).toEqual([]);
    expect(child('  on silence ghost_call {\n    do remind\n  }\n')).toEqual([
      ['check/override-required', '`on silence ghost_call` is already in `p`'],
    ]);
  });
});
