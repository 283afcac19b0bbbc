/**
 * @internal Helpers that drive a session in tests: event builders on a clock
 * written as `m:ss` after 09:00 UTC on 2026-12-01.
 */
import type { Behaviour, CheckedPolicy, Speaker } from '@callguard/dsl';
import type { CallerInfo, CallInfo, CallStartedEvent } from '@callguard/contract';
import { compile } from '../src/policy.js';
import type { Session } from '../src/session.js';

const ORIGIN = Date.parse('2026-12-01T09:00:00Z');

/** @internal `'2:30'` → `'2026-12-01T09:02:30Z'`; `'1:02:30'` is an hour later. */
export function at(clock: string): string {
  const parts = clock.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return new Date(ORIGIN + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** @internal A `call_started` at 0:00. */
export function started(call: Partial<CallInfo> = {}, caller?: CallerInfo): CallStartedEvent {
  const info: CallInfo = { id: 'call-1', ...call };
  return caller === undefined
    ? { type: 'call_started', at: at('0:00'), call: info }
    : { type: 'call_started', at: at('0:00'), call: info, caller };
}

/** @internal An utterance. */
export function say(
  clock: string,
  signals: Partial<Record<Behaviour, number>> & Record<string, number> = {},
  speaker: Speaker = 'customer',
): Record<string, unknown> {
  return { type: 'utterance', at: at(clock), speaker, signals };
}

/** @internal Any other event. */
export function event(type: string, clock: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, at: at(clock), ...fields };
}

/** @internal Opens a session on `policy` with a call started at 0:00. */
export function open(policy: CheckedPolicy, call: Partial<CallInfo> = {}, caller?: CallerInfo): Session {
  return compile(policy).open(started(call, caller));
}
