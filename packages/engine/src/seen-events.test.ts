// Event ids: a redelivered event gets the decision it got the first time and
// changes nothing, in a live session and across snapshots; the window of
// remembered ids is bounded, and a redelivery past it is refused, never
// counted again. The compiled engine and the reference agree on each case.
import { describe, expect, it } from 'vitest';
import { EventError } from './events/error.js';
import { compile } from './policy.js';
import { referenceOpen } from './reference/interpreter.js';
import { SEEN_EVENTS } from './seen-events.js';
import type { Session } from './session.js';
import { at, event, say, started } from '../test/calls.js';
import { acmeStandard } from '../test/policies.js';

const policy = compile(acmeStandard);
const key = { id: 'k1', secret: 'a-secret-of-at-least-thirty-two-bytes!!' };

/** The error `run` throws, or undefined. */
function refusal(run: () => unknown): EventError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EventError) return error;
    throw error;
  }
  return undefined;
}

/** A session through a JSON snapshot, as another process would continue it. */
function moved(session: Session): Session {
  return policy.restore(JSON.parse(JSON.stringify(session.snapshot())));
}

describe('event ids', () => {
  it('gives a redelivered event its first decision and leaves the call as it was', () => {
    const session = policy.open({ ...started(), id: 'start' });
    const once = policy.open({ ...started(), id: 'start' });
    const first = session.handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1' });
    once.handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1' });
    expect(first.action).toBe('warn');
    const before = session.snapshot();
    expect(session.handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1' })).toBe(first);
    expect(session.snapshot()).toEqual(before);
    // The next swear is decided as if the redelivery had not come: the second of two warnings (counted twice, it would escalate).
    const next = session.handle({ ...say('0:20', { profanity: 0.9 }), id: 'm-2' });
    expect(next).toEqual(once.handle({ ...say('0:20', { profanity: 0.9 }), id: 'm-2' }));
    expect(next.event.seq).toBe(2);
    expect(next.action).toBe('warn');
    // The same time in another notation is the same event.
    expect(session.handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1', at: '2026-12-01T10:00:10+01:00' })).toBe(first);
  });

  it('replays the opening and the ending, even after the call is over', () => {
    const session = policy.open({ ...started(), id: 'start' });
    expect(session.handle({ ...started(), id: 'start' })).toBe(session.opening);
    const end = session.handle(event('call_ended', '1:00', { id: 'end' }));
    expect(session.handle(event('call_ended', '1:00', { id: 'end' }))).toBe(end);
    expect(refusal(() => session.handle(event('call_ended', '1:00', { id: 'other' })))?.code).toBe('event/call-ended');
    // Without an id a second call_started is what it always was.
    expect(refusal(() => policy.open(started()).handle(started()))?.code).toBe('event/already-started');
  });

  it('refuses an id given to another event, changing nothing', () => {
    const session = policy.open(started());
    session.handle({ ...say('0:10'), id: 'm-1' });
    const before = session.snapshot();
    const wrongType = refusal(() => session.handle(event('tick', '0:10', { id: 'm-1' })));
    expect(wrongType?.code).toBe('event/id-reused');
    expect(wrongType?.path).toBe('id');
    expect(wrongType?.message).toBe(`id m-1 belongs to the utterance at ${new Date(at('0:10')).toISOString()} (event 1); this tick at ${new Date(at('0:10')).toISOString()} needs an id of its own`);
    expect(refusal(() => session.handle({ ...say('0:11'), id: 'm-1' }))?.code).toBe('event/id-reused');
    expect(session.snapshot()).toEqual(before);
  });

  it('refuses ids that are empty, too long or not visible ASCII, naming the field', () => {
    const session = policy.open(started());
    const words = 'id must be 1 to 128 visible ASCII characters, without spaces';
    expect(refusal(() => session.handle({ ...say('0:10'), id: '' }))?.message).toBe(words);
    expect(refusal(() => session.handle({ ...say('0:10'), id: 'x'.repeat(129) }))?.message).toBe(words);
    expect(refusal(() => session.handle(event('tick', '0:10', { id: 'a b' })))?.message).toBe(words);
    expect(refusal(() => session.handle({ ...say('0:10'), id: '\u001b]0;x\u0007' }))?.path).toBe('id');
    expect(session.handle({ ...say('0:10'), id: 'x'.repeat(128) }).event.seq).toBe(1);
  });

  it('carries the ids through a snapshot, signed, and refuses an edited one', () => {
    const session = policy.open(started());
    const first = session.handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1' });
    const restored = moved(session);
    expect(restored.handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1' })).toEqual(first);
    expect(restored.snapshot()).toEqual(session.snapshot());

    const signed = JSON.parse(JSON.stringify(session.snapshot({ key }))) as { seen: { decision: { action: string } }[] };
    expect(policy.restore(signed, { keys: [key] }).handle({ ...say('0:10', { profanity: 0.9 }), id: 'm-1' })).toEqual(first);
    signed.seen[0]!.decision.action = 'end_call';
    expect(refusal(() => policy.restore(signed, { keys: [key] }))?.code).toBe('snapshot/tampered');
  });

  it('refuses a snapshot whose ids are malformed', () => {
    const session = policy.open(started());
    session.handle({ ...say('0:10'), id: 'm-1' });
    const good = JSON.parse(JSON.stringify(session.snapshot())) as { seen: { id: string; decision: { event: { seq: number } } }[]; at: number };
    const edits: [string, (s: typeof good & Record<string, unknown>) => void][] = [
      ['seen.0', (s) => s.seen.push(s.seen[0]!)],
      ['seen.0', (s) => (s.seen[0]!.decision.event.seq = 7)],
      ['seen', (s) => (s['seen'] = Array.from({ length: SEEN_EVENTS + 1 }, () => s.seen[0]!))],
      ['forgotten', (s) => (s['forgotten'] = s.at + 1)],
    ];
    for (const [path, edit] of edits) {
      const copy = structuredClone(good) as typeof good & Record<string, unknown>;
      edit(copy);
      const error = refusal(() => policy.restore(copy));
      expect(error?.code).toBe('snapshot/invalid');
      expect(error?.path.startsWith(path.split('.')[0]!)).toBe(true);
    }
  });

  it(`remembers the latest ${SEEN_EVENTS} ids and refuses a redelivery of a forgotten one`, () => {
    const live = policy.open(started());
    const reference = referenceOpen(acmeStandard, started());
    // All at the same time, so that only the forgotten id's time tells a redelivery from a new event.
    const ticks = Array.from({ length: SEEN_EVENTS + 1 }, (_, i) => event('tick', '0:30', { id: `t-${i}` }));
    const firsts = ticks.map((t) => live.handle(t));
    ticks.forEach((t, i) => expect(reference.handle(t)).toEqual(firsts[i]));
    const session = moved(live);
    for (const s of [live, session]) {
      expect(s.handle(ticks[1]!)).toEqual(firsts[1]);
      expect(s.handle(ticks.at(-1)!)).toEqual(firsts.at(-1));
      const forgotten = refusal(() => s.handle(ticks[0]!));
      expect(forgotten?.code).toBe('event/out-of-order');
      expect(forgotten?.path).toBe('at');
      // A new id at the same time might be a forgotten one too; a later one is new.
      expect(refusal(() => s.handle(event('tick', '0:30', { id: 'new' })))?.code).toBe('event/out-of-order');
      expect(s.handle(event('tick', '0:31', { id: 'new' })).event.seq).toBe(SEEN_EVENTS + 2);
      expect(s.snapshot().seen).toHaveLength(SEEN_EVENTS);
    }
    expect(refusal(() => reference.handle(ticks[0]!))?.code).toBe('event/out-of-order');
    expect(refusal(() => reference.handle(event('tick', '0:30', { id: 'new' })))?.code).toBe('event/out-of-order');
    expect(reference.handle(ticks[1]!)).toEqual(firsts[1]);
  });
});
