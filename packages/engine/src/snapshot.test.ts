// Snapshots: a call split anywhere, saved as JSON and restored (even by a
// freshly compiled policy, as another process would), decides exactly as an
// uninterrupted one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEHAVIOURS } from '@callguard/dsl';
import { EventError } from './events/error.js';
import { compile } from './policy.js';
import type { Session } from './session.js';
import { started } from '../test/calls.js';
import { acmeStandard, and, duty, field, MINUTE, policy, rule, step, when } from '../test/policies.js';

const T0 = Date.parse('2026-12-01T09:00:00Z');

/** A policy with short count windows and agent-side rules, so random calls reach every path. */
const busy = policy(
  [
    rule('quick', { condition: when('rudeness', { times: 2, withinMs: MINUTE }), ladder: [step('remind'), step('deescalate')] }),
    rule('agent', { condition: when('profanity', { speaker: 'agent' }), ladder: [step('remind')], duties: [duty('review')] }),
    rule('late', {
      condition: and(field('call.duration', '>', 5 * MINUTE, 'duration'), when('aggression')),
      ladder: [step('warn'), step('escalate', { to: 'supervisor' })],
    }),
    rule('quiet', { on: 'silence', condition: field('silence.duration', '>', 10_000, 'duration'), ladder: [step('remind')] }),
  ],
  { name: 'busy' },
);

type Raw = Record<string, unknown>;

const confidence = fc.constantFrom(0, 0.3, 0.5, 0.69, 0.7, 0.8, 0.95, 1);
const signals = fc.dictionary(fc.constantFrom(...BEHAVIOURS), confidence, { maxKeys: 3 });
const ruleIds = [...acmeStandard.rules, ...busy.rules].map((r) => r.id);

/** An event body without `at`; `step` is its gap after the previous event, negative for out-of-order. */
const body: fc.Arbitrary<Raw> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('utterance'), speaker: fc.constantFrom('customer', 'agent'), signals }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('silence'), seconds: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'poor_line' }) },
  {
    weight: 2,
    arbitrary: fc.record(
      { type: fc.constant('agent_action'), action: fc.constantFrom('warn', 'escalate', 'remind', 'deescalate'), rule: fc.constantFrom(...ruleIds) },
      { requiredKeys: ['type', 'action'] },
    ),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'utterance', speaker: 'customer', signals: { threat: 7 } }) },
  { weight: 1, arbitrary: fc.constantFrom({ type: 'line_dropped' }, { type: 'call_ended' }, { type: 'call_started', call: { id: 'x' } }) },
);

const stream = fc
  .array(fc.tuple(body, fc.integer({ min: -20_000, max: 180_000 })), { maxLength: 40 })
  .map((items) => {
    let t = T0;
    return items.map(([e, gap]) => {
      t += gap;
      return { ...e, at: new Date(t).toISOString() };
    });
  });

/** The decision as JSON, or the rejection's code. */
function outcome(session: Session, e: Raw): string {
  try {
    return JSON.stringify(session.handle(e));
  } catch (error) {
    if (error instanceof EventError) return error.code;
    throw error;
  }
}

describe('snapshot and restore', () => {
  for (const p of [acmeStandard, busy]) {
    it(`continue a split call exactly (${p.name})`, () => {
      const compiled = compile(p);
      fc.assert(
        fc.property(stream, fc.nat(), fc.constantFrom(undefined, { incidents_30d: 5 }), (events, cut, caller) => {
          const start = started({ peak_hours: true }, caller);
          const whole = compiled.open(start);
          const expected = events.map((e) => outcome(whole, e));
          const split = cut % (events.length + 1);
          const first = compiled.open(start);
          const before = events.slice(0, split).map((e) => outcome(first, e));
          const saved: unknown = JSON.parse(JSON.stringify(first.snapshot()));
          const second = compile(p).restore(saved);
          const after = events.slice(split).map((e) => outcome(second, e));
          expect([...before, ...after]).toEqual(expected);
          expect(JSON.stringify(second.snapshot())).toBe(JSON.stringify(whole.snapshot()));
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const p of [acmeStandard, busy]) {
    it(`clone a call that then decides exactly as restore(snapshot()) does, leaving the original alone (${p.name})`, () => {
      const compiled = compile(p);
      fc.assert(
        fc.property(stream, fc.nat(), fc.nat(), fc.constantFrom(undefined, { incidents_30d: 5 }), (events, cut, branch, caller) => {
          const start = started({ peak_hours: true }, caller);
          const whole = compiled.open(start);
          const expected = events.map((e) => outcome(whole, e));
          const split = cut % (events.length + 1);
          const original = compiled.open(start);
          events.slice(0, split).forEach((e) => outcome(original, e));
          const restored = compiled.restore(JSON.parse(JSON.stringify(original.snapshot())));
          const clone = original.clone();
          expect(JSON.stringify(clone.snapshot())).toBe(JSON.stringify(restored.snapshot()));
          expect(JSON.stringify(clone.opening)).toBe(JSON.stringify(restored.opening));
          // The clone takes a different call for a while (the events from `branch` on), as exploring does.
          const other = events.slice(branch % (events.length + 1));
          expect(other.map((e) => outcome(clone, e))).toEqual(other.map((e) => outcome(restored, e)));
          expect(JSON.stringify(clone.snapshot())).toBe(JSON.stringify(restored.snapshot()));
          expect(clone.ended).toBe(restored.ended);
          // The original never saw the clone's events.
          expect(events.slice(split).map((e) => outcome(original, e))).toEqual(expected.slice(split));
          expect(JSON.stringify(original.snapshot())).toBe(JSON.stringify(whole.snapshot()));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('stays under 512 bytes for a 40-event call under warn-then-end', () => {
    const s = compile(acmeStandard).open(started({ id: 'c-20261201-000123', queue: 'billing', peak_hours: true }, { incidents_30d: 1, warnings: 2 }));
    let t = T0;
    for (let i = 0; i < 40; i++) {
      t += 25_000;
      const at = new Date(t).toISOString();
      const e: Raw =
        i % 10 === 9
          ? { type: 'silence', at, seconds: 4 }
          : { type: 'utterance', at, speaker: i % 2 === 0 ? 'customer' : 'agent', signals: i % 3 === 0 ? { uncooperative: 0.9, rudeness: 0.4 } : {} };
      expect(s.handle(e).ended).toBe(false);
    }
    const bytes = JSON.stringify(s.snapshot()).length;
    console.log(`snapshot after 40 events: ${bytes} bytes: ${JSON.stringify(s.snapshot())}`);
    expect(bytes).toBeLessThan(512);
  });
});

describe('signed snapshots', () => {
  const key = { id: 'k2', secret: 'a-secret-of-at-least-thirty-two-bytes!!' };
  const previous = { id: 'k1', secret: new TextEncoder().encode('the previous secret, still accepted while rotating') };
  const policy = compile(acmeStandard);
  const call = () => {
    const s = policy.open(started({ id: 'c-1' }, { vulnerable: false }));
    s.handle({ type: 'utterance', at: new Date(T0 + 5_000).toISOString(), speaker: 'customer', signals: { profanity: 0.95 } });
    return s;
  };
  const code = (work: () => unknown) => {
    try {
      work();
      return 'restored';
    } catch (e) {
      return e instanceof EventError ? e.code : String(e);
    }
  };

  it('restore with the keys, through a JSON round trip, and continue identically', () => {
    const original = call();
    const signed = JSON.parse(JSON.stringify(original.snapshot({ key }))) as Record<string, unknown>;
    expect(signed['mac']).toMatch(/^k2:[0-9a-f]{64}$/);
    const restored = policy.restore(signed, { keys: [key, previous] });
    const next = { type: 'utterance', at: new Date(T0 + 9_000).toISOString(), speaker: 'customer', signals: { profanity: 0.95 } };
    expect(JSON.stringify(restored.handle(next))).toBe(JSON.stringify(original.handle(next)));
    // Signed with the previous key, during a rotation, is accepted too.
    expect(code(() => policy.restore(call().snapshot({ key: previous }), { keys: [key, previous] }))).toBe('restored');
  });

  it('refuse any edit, an unsigned snapshot, and a key not given', () => {
    const signed = call().snapshot({ key }) as unknown as Record<string, unknown>;
    const edits: ((s: Record<string, unknown>) => void)[] = [
      (s) => (s['ladders'] = (s['ladders'] as number[]).map((n) => Math.min(n + 1, 1))),
      (s) => (s['start'] = { ...(s['start'] as object), caller: { vulnerable: true } }),
      (s) => (s['ended'] = true),
      (s) => (s['at'] = (s['at'] as number) + 1),
    ];
    for (const edit of edits) {
      const copy = JSON.parse(JSON.stringify(signed)) as Record<string, unknown>;
      edit(copy);
      expect(code(() => policy.restore(copy, { keys: [key] }))).toBe('snapshot/tampered');
    }
    const { mac: _mac, ...unsigned } = signed;
    expect(code(() => policy.restore(unsigned, { keys: [key] }))).toBe('snapshot/tampered');
    expect(code(() => policy.restore(signed, { keys: [previous] }))).toBe('snapshot/tampered');
    // Key order in storage does not matter: the MAC is over canonical JSON.
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    expect(code(() => policy.restore(reordered, { keys: [key] }))).toBe('restored');
  });

  it('refuse a field no snapshot has, signed or not', () => {
    const snapshot = { ...(call().snapshot() as unknown as Record<string, unknown>), vulnerable: true };
    expect(code(() => policy.restore(snapshot))).toBe('snapshot/invalid');
  });
});
