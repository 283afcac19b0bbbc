// The example policies and calls, through the whole pipeline: parse, check,
// compile, then every examples/calls/*.jsonl replayed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, hasErrors, parse, Source } from '@callguard/dsl';
import type { CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { explain } from './explain.js';
import { compile } from './policy.js';
import { acmeStandard } from '../test/policies.js';

const POLICIES = new URL('../../../examples/policies/', import.meta.url);
const CALLS = new URL('../../../examples/calls/', import.meta.url);

function checked(file: string): CheckedPolicy {
  const source = new Source(readFileSync(new URL(file, POLICIES), 'utf8'), file);
  const { policy, diagnostics } = check(parse(source).ast, { resolve: () => ({ error: 'no bases in this test' }) });
  if (policy === undefined || hasErrors(diagnostics)) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return policy;
}

const calls = readdirSync(CALLS)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) => [f, readFileSync(new URL(f, CALLS), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown)] as const);

function replay(policy: CheckedPolicy, events: readonly unknown[]): Decision[] {
  const [start, ...rest] = events;
  const session = compile(policy).open(start);
  return rest.map((e) => session.handle(e));
}

/** A decision without its policy reference: the hand-built policy has a made-up hash. */
function comparable(d: Decision): string {
  return JSON.stringify({ ...d, policy: null });
}

describe('warn-then-end.policy through parse, check and compile', () => {
  const policy = checked('warn-then-end.policy');

  it('compiles, named and hashed as checked', () => {
    const compiled = compile(policy);
    expect([compiled.name, compiled.version]).toEqual(['acme-standard', '3.2.0']);
    expect(compiled.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('decides every example call as the hand-built test policy does', () => {
    for (const [, events] of calls) {
      expect(replay(policy, events).map(comparable)).toEqual(replay(acmeStandard, events).map(comparable));
    }
  });

  it('replays the example calls to the expected outcomes', () => {
    const outcomes = Object.fromEntries(
      calls.map(([name, events]) => {
        const decisions = replay(policy, events);
        const acted = decisions.filter((d) => d.action !== 'continue').map((d) => d.action);
        return [name, { acted, ended: decisions.at(-1)?.ended }];
      }),
    );
    expect(outcomes).toMatchInlineSnapshot(`
      {
        "calmed-by-deescalation.jsonl": {
          "acted": [
            "deescalate",
          ],
          "ended": true,
        },
        "dropped-line.jsonl": {
          "acted": [
            "callback",
          ],
          "ended": true,
        },
        "keeps-swearing.jsonl": {
          "acted": [
            "warn",
            "warn",
            "escalate",
            "end_call",
          ],
          "ended": true,
        },
        "peak-hours-long-call.jsonl": {
          "acted": [
            "remind",
            "remind",
            "remind",
          ],
          "ended": true,
        },
        "repeat-harasser.jsonl": {
          "acted": [
            "block_caller",
          ],
          "ended": true,
        },
        "rude-not-abusive.jsonl": {
          "acted": [
            "deescalate",
            "deescalate",
          ],
          "ended": true,
        },
        "threat.jsonl": {
          "acted": [
            "warn",
          ],
          "ended": false,
        },
      }
    `);
  });

  it('explains a decision in plain words', () => {
    const [, events] = calls.find(([name]) => name === 'keeps-swearing.jsonl') ?? ['', []];
    const first = replay(policy, events).find((d) => d.action === 'warn');
    expect(first && explain(first)).toMatchInlineSnapshot(`"Warn the customer (step 1 of 4 of rule \`abuse\`: Abusive language: two warnings, a supervisor, then the call may end). Say: "I want to help, and I can't continue while this language goes on. If it continues I will end our call." Because: customer abusive: profanity 0.93 ≥ 0.70. Duties: document the incident; follow up with \`apology\` by 2026-12-02 09:00 UTC; debrief the agent. Policy acme-standard 3.2.0, event 4 (utterance at 2026-12-01 09:00 UTC)."`);
  });
});

describe('japan-call-centre.policy on its sample call', () => {
  const policy = checked('japan-call-centre.policy');
  const events = readFileSync(new URL('japan/two-person-stop.jsonl', CALLS), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);

  it('opens with the time limit, warns, hands over, offers the stop, and ends it when the second-line officer reports it', () => {
    const session = compile(policy).open(events[0]);
    expect(session.opening).toMatchObject({ action: 'announce', rule: { id: 'time_limit' } });
    const decisions = events.slice(1).map((e) => session.handle(e));
    expect(decisions.map((d) => d.action)).toEqual(['continue', 'warn', 'warn', 'escalate', 'escalate', 'continue', 'end_call']);
    const menu = decisions[5];
    expect(menu?.offered).toEqual(['escalate', 'end_call']);
    expect(menu && explain(menu)).toMatch(/^Nothing is recommended; the agent may escalate the call, or end the call \(step 3 of 3 of rule `abuse`/);
    expect(decisions[6]).toMatchObject({ by: 'second_line', approved_by: ['manager', 'compliance'], ended: true });
    expect(decisions[6]?.approvers_missing).toBeUndefined();
  });
});
