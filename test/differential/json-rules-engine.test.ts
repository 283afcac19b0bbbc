// The exported rules, run in the real json-rules-engine with the facts a
// caller keeps (test/bench/jre-facts.mjs), pick the same winning action and
// rule as the engine, and fire the same rules, on random valid streams.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckedPolicy } from '../../packages/dsl/src/index.js';
import { compile } from '../../packages/engine/src/index.js';
import type { Decision } from '../../packages/engine/src/index.js';
import { toJsonRulesEngine } from '../../packages/engine/src/export/json-rules-engine.js';
import type { JreParams, JreRule } from '../../packages/engine/src/export/json-rules-engine.js';
import { streamArb, type Stream } from '../arbitraries/events.js';
import { policyArb, untimed } from '../arbitraries/policy.js';
import { JreCall, triesRules } from '../bench/jre-facts.mjs';
import { examplePolicies } from './examples.js';

/** The little of json-rules-engine used here. It is a dev dependency of the engine package only. */
interface JreEngine {
  run(facts: Record<string, unknown>): Promise<{ events: { type: string; params: JreParams }[] }>;
}
const { Engine } = createRequire(new URL('../../packages/engine/package.json', import.meta.url))('json-rules-engine') as {
  Engine: new (rules: JreRule[], options?: object) => JreEngine;
};

async function agree(policy: CheckedPolicy, jre: JreEngine, rules: JreRule[], stream: Stream): Promise<void> {
  const session = compile(policy).open(stream.start);
  const call = new JreCall(rules, stream.start);
  const steps: [Record<string, unknown>, () => Decision][] = [
    [stream.start, () => session.opening],
    ...stream.events.map((event): [Record<string, unknown>, () => Decision] => [event, () => session.handle(event)]),
  ];
  for (const [event, decide] of steps) {
    const decision = decide();
    const events = triesRules(event) ? (await jre.run(call.facts(event))).events : [];
    call.decided(event, events);
    if (triesRules(event)) {
      const winner = events[0];
      const what = JSON.stringify(event);
      expect([winner?.type ?? 'continue', winner?.params.rule, winner?.params.step], what).toEqual([
        decision.action,
        decision.rule?.id,
        decision.step,
      ]);
      expect(events.map((e) => e.params.rule).sort(), what).toEqual(decision.matched.map((m) => m.rule).sort());
    }
    if (decision.ended) return;
  }
}

/** The example policies json-rules-engine can express: none of their steps waits or follows at once. */
const exportable = () => examplePolicies().filter(([, policy]) => policy.rules.every((r) => r.ladder.every((s) => s.afterMs === undefined && s.atOnce !== true)));

const property = (policy: CheckedPolicy, streams: fc.Arbitrary<Stream[]>) => {
  const rules = toJsonRulesEngine(policy);
  const jre = new Engine(rules);
  return fc.asyncProperty(streams, async (list) => {
    for (const stream of list) await agree(policy, jre, rules, stream);
  });
};

describe('exported rules in json-rules-engine == engine', () => {
  it('refuse a step that waits or follows at once, and export a menu as `continue` with what it offers', () => {
    const [, base] = examplePolicies()[0]!;
    const rule = base.rules[0]!;
    const step = rule.ladder[0]!;
    const menu = { ...base, rules: [{ ...rule, ladder: [{ ...step, action: 'end_call' as const, alternatives: [{ ...step, action: 'warn' as const }], may: true as const, n: 1 }] }] };
    const [exported] = toJsonRulesEngine(menu);
    expect(exported?.event.type).toBe('continue');
    expect(exported?.event.params).toMatchObject({ alternatives: ['end_call', 'warn'], offered: ['warn', 'end_call'] });
    const waiting = { ...base, rules: [{ ...rule, ladder: [step, { ...step, n: 2, afterMs: 60_000 }] }] };
    expect(() => toJsonRulesEngine(waiting)).toThrow(expect.objectContaining({ code: 'artefact/not-exportable', message: expect.stringContaining('step 2 is written `after`') }));
  });

  it('produce plain JSON', () => {
    for (const [, policy] of exportable()) {
      const rules = toJsonRulesEngine(policy);
      expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
    }
  });

  for (const [name, policy] of exportable()) {
    it(`on ${name}`, async () => {
      await fc.assert(property(policy, fc.tuple(streamArb(policy, 40, { invalid: false }))), { numRuns: 100 });
    });
  }

  it('on random policies', async () => {
    await fc.assert(
      fc.asyncProperty(
        policyArb.map(untimed).chain((policy) => fc.tuple(fc.constant(policy), fc.array(streamArb(policy, 40, { invalid: false }), { minLength: 2, maxLength: 2 }))),
        async ([policy, streams]) => {
          const rules = toJsonRulesEngine(policy);
          const jre = new Engine(rules);
          for (const stream of streams) await agree(policy, jre, rules, stream);
        },
      ),
      { numRuns: 300 },
    );
  });
});
