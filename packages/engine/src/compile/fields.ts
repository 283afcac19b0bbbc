/**
 * Where each field a condition can read lives in `EvalContext`: numbers and
 * booleans (as 0/1) in `numbers`, text in `texts`. The session fills the
 * slots; the compiler turns `caller.incidents_30d` into a slot number.
 */
import type { CallInfo, CallerInfo } from '../events/types.js';

/** A field's storage: which array, which slot. */
export interface FieldSlot {
  readonly kind: 'number' | 'text';
  readonly slot: number;
}

/** Slots of the fields that change per event. */
export const CALL_DURATION = 6;
export const SILENCE_DURATION = 8;

const SLOTS: Readonly<Record<string, FieldSlot>> = {
  'caller.incidents_30d': { kind: 'number', slot: 0 },
  'caller.warnings': { kind: 'number', slot: 1 },
  'caller.repeat_calls_7d': { kind: 'number', slot: 2 },
  'caller.withheld': { kind: 'number', slot: 3 },
  'caller.verified': { kind: 'number', slot: 4 },
  'caller.refused_verification': { kind: 'number', slot: 5 },
  'call.duration': { kind: 'number', slot: CALL_DURATION },
  'call.peak_hours': { kind: 'number', slot: 7 },
  'silence.duration': { kind: 'number', slot: SILENCE_DURATION },
  'call.queue': { kind: 'text', slot: 0 },
};

/** Sizes of the two slot arrays. */
export const NUMBER_SLOTS = 9;
export const TEXT_SLOTS = 1;

/** The slot of `root.member`, or undefined when the engine does not know the field. */
export function fieldSlot(root: string, member: string): FieldSlot | undefined {
  return SLOTS[`${root}.${member}`];
}

/**
 * Fills the per-call slots from `call_started`: absent numbers are 0, absent
 * booleans false, absent text empty.
 */
export function fillCallFields(numbers: number[], texts: string[], call: CallInfo, caller: CallerInfo | undefined): void {
  numbers[0] = caller?.incidents_30d ?? 0;
  numbers[1] = caller?.warnings ?? 0;
  numbers[2] = caller?.repeat_calls_7d ?? 0;
  numbers[3] = caller?.withheld === true ? 1 : 0;
  numbers[4] = caller?.verified === true ? 1 : 0;
  numbers[5] = caller?.refused_verification === true ? 1 : 0;
  numbers[7] = call.peak_hours === true ? 1 : 0;
  texts[0] = call.queue ?? '';
}
