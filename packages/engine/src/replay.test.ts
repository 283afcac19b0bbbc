import { checkText } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { compile } from './policy.js';
import { replay } from './replay.js';

const policy = compile(
  checkText(
    'policy "p" {\n  version "1.0.0"\n  stance warn_then_end\n  rule abuse {\n    when customer profanity\n    do warn then end_call\n  }\n}\n',
    'p.policy',
  ).policy!,
);
const start = { type: 'call_started', at: '2026-03-02T09:00:00Z', call: { id: 'c1' } };
const swear = (at: string) => ({ type: 'utterance', at, speaker: 'customer', signals: { profanity: 0.9 } });

describe('replay', () => {
  it('answers the opening, then each event, in order', () => {
    const outcomes = replay(policy, [start, swear('2026-03-02T09:00:10Z'), swear('2026-03-02T09:00:20Z')]);
    expect(outcomes.map((o) => [o.index, o.decision?.action])).toEqual([
      [0, 'continue'],
      [1, 'warn'],
      [2, 'end_call'],
    ]);
  });

  it('records a rejected event and goes on, as a live session would', () => {
    const outcomes = replay(policy, [start, swear('2026-03-02T09:00:10Z'), swear('2026-03-02T09:00:05Z'), swear('2026-03-02T09:00:20Z')]);
    expect(outcomes.map((o) => o.error?.code ?? o.decision?.action)).toEqual(['continue', 'warn', 'event/out-of-order', 'end_call']);
  });

  it('stops at a rejected call_started: there is no call to go on with', () => {
    const outcomes = replay(policy, [{ type: 'call_started', at: 'yesterday' }, swear('2026-03-02T09:00:10Z')]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ index: 0, error: { code: 'event/invalid' } });
    expect(replay(policy, [])).toEqual([]);
  });
});
