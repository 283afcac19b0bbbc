// Hostile events and edited snapshots against the compiled engine: every
// event is either decided or rejected with an EventError (a registered code),
// a rejected event leaves the session exactly as it was, and a snapshot is
// either restored or refused with an EventError: nothing else escapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCode } from '../../packages/contract/src/index.js';
import { compile, EventError } from '../../packages/engine/src/index.js';
import type { Session } from '../../packages/engine/src/index.js';
import { examplePolicies } from '../differential/examples.js';
import { FUZZ_RUNS } from './runs.js';

const policies = examplePolicies().map(([, p]) => compile(p));
const start = { type: 'call_started', at: '2026-12-01T09:00:00.000Z', call: { id: 'fuzz' }, caller: { id: 'c-1' } };

const TYPES = ['utterance', 'silence', 'agent_action', 'line_dropped', 'poor_line', 'tick', 'call_ended', 'call_started', 'nope'];
const field = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('2026-12-01T09:00:05.000Z', '2027-02-31T09:00:00Z', '2026-12-01T09:00:05+01:00', 'customer', 'agent', 0.9, -1, 2, 1e308, '__proto__'),
);
const hostileEvent = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.constantFrom(...TYPES),
      at: field,
      speaker: field,
      text: fc.oneof(fc.string(), field),
      signals: fc.oneof(fc.dictionary(fc.constantFrom('profanity', 'threat', 'slur', '__proto__', 'constructor', 'x'), fc.oneof(fc.double(), field)), field),
      action: field,
      seconds: field,
    },
    { requiredKeys: ['type'] },
  ),
);

/** What a session would say next, for comparing before and after a rejected event. */
const state = (s: Session) => JSON.stringify(s.snapshot());

describe('hostile events', () => {
  it('are decided or rejected with a registered code, and a rejection changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.array(hostileEvent, { maxLength: 12 }), (policy, events) => {
        const session = policy.open(start);
        for (const event of events) {
          const before = state(session);
          try {
            session.handle(event);
          } catch (e) {
            expect(e).toBeInstanceOf(EventError);
            expect(isCode((e as EventError).code)).toBe(true);
            expect(state(session)).toBe(before);
          }
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('edited snapshots', () => {
  it('are restored or refused with an EventError, never anything else', () => {
    const edit = fc.tuple(fc.constantFrom('seq', 'at', 'ended', 'ladders', 'counts', 'request', 'policy', 'v', 'start', 'extra'), fc.anything({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.array(edit, { minLength: 1, maxLength: 3 }), (policy, edits) => {
        const session = policy.open(start);
        session.handle({ type: 'utterance', at: '2026-12-01T09:00:05.000Z', speaker: 'customer', text: 'x', signals: { profanity: 0.95 } });
        const snapshot = JSON.parse(state(session)) as Record<string, unknown>;
        for (const [key, value] of edits) snapshot[key] = value;
        try {
          policy.restore(snapshot);
        } catch (e) {
          expect(e).toBeInstanceOf(EventError);
          expect(isCode((e as EventError).code)).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
