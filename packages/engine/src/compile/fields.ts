/**
 * Where each field a condition can read lives in `EvalContext`: numbers and
 * booleans (as 0/1) in `numbers`, text in `texts`. Plain fields have fixed
 * slots; keyed fields (`caller.strikes.threat`, `call.staffed.supervisor`)
 * get a slot each from the compiler, after the fixed ones. The session fills
 * them all once per call, and the few that change per event on each event.
 */
import type { RecordKind } from '@callguard/dsl';
import type { CallerFacts } from '../caller-facts.js';
import type { CallInfo, CallerInfo } from '@callguard/contract';

/** A field's storage: which array, which slot. */
interface FieldSlot {
  readonly kind: 'number' | 'text';
  readonly slot: number;
}

/** Slots of the fields that change per event. */
export const CALL_DURATION = 6;
export const SILENCE_DURATION = 8;
export const TALK_TIME_TODAY = 14;
export const CUSTOMER_SPOKEN = 16;

const FIXED: Readonly<Record<string, FieldSlot>> = {
  'caller.incidents_30d': { kind: 'number', slot: 0 },
  'caller.warnings': { kind: 'number', slot: 1 },
  'caller.repeat_calls_7d': { kind: 'number', slot: 2 },
  'caller.withheld': { kind: 'number', slot: 3 },
  'caller.verified': { kind: 'number', slot: 4 },
  'caller.refused_verification': { kind: 'number', slot: 5 },
  'call.duration': { kind: 'number', slot: CALL_DURATION },
  'call.peak_hours': { kind: 'number', slot: 7 },
  'silence.duration': { kind: 'number', slot: SILENCE_DURATION },
  'caller.vulnerable': { kind: 'number', slot: 9 },
  'caller.adjustments': { kind: 'number', slot: 10 },
  'caller.strikes': { kind: 'number', slot: 11 },
  'caller.incidents': { kind: 'number', slot: 12 },
  'caller.restricted': { kind: 'number', slot: 13 },
  'caller.talk_time_today': { kind: 'number', slot: TALK_TIME_TODAY },
  'caller.tenure': { kind: 'number', slot: 15 },
  'call.customer_spoken': { kind: 'number', slot: CUSTOMER_SPOKEN },
  'call.queue': { kind: 'text', slot: 0 },
  'call.channel': { kind: 'text', slot: 1 },
};

/** Number slots before the keyed ones; text slots. */
const FIXED_NUMBER_SLOTS = 17;
export const TEXT_SLOTS = 2;

/** Where a keyed field's value comes from; each is read once per call. */
export type KeyedField =
  | { readonly kind: 'records'; readonly record: RecordKind; readonly category: string }
  | { readonly kind: 'restriction'; readonly name: string }
  | { readonly kind: 'staffed'; readonly role: string };

const RECORD_MEMBERS: Readonly<Record<string, RecordKind>> = { warnings: 'warning', strikes: 'strike', incidents: 'incident' };

/** Hands out slots while a policy compiles; keyed fields get one slot per distinct key. */
export class FieldSlots {
  private readonly keyed: KeyedField[] = [];
  private readonly byName = new Map<string, FieldSlot>();
  /** Whether any condition reads `caller.talk_time_today`, which changes per event. */
  readsTalkTime = false;
  /** Whether any condition reads `call.customer_spoken`, which a snapshot then keeps. */
  readsSpoken = false;

  /** @param known The roles and restrictions keyed fields may name. */
  constructor(private readonly known: KnownNames) {}

  /** The slot of `root.member[.key]`, or undefined when the engine does not know the field. */
  slot(root: string, member: string, key: string | undefined): FieldSlot | undefined {
    const name = key === undefined ? `${root}.${member}` : `${root}.${member}.${key}`;
    if (name === 'caller.talk_time_today') this.readsTalkTime = true;
    if (name === 'call.customer_spoken') this.readsSpoken = true;
    if (key === undefined) return FIXED[name];
    const given = this.byName.get(name);
    if (given !== undefined) return given;
    const field = keyedField(root, member, key, this.known);
    if (field === undefined) return undefined;
    const where: FieldSlot = { kind: 'number', slot: FIXED_NUMBER_SLOTS + this.keyed.length };
    this.keyed.push(field);
    this.byName.set(name, where);
    return where;
  }

  /** The keyed fields in slot order. */
  get keyedFields(): readonly KeyedField[] {
    return this.keyed;
  }

  /** How many number slots a session needs. */
  get numberSlots(): number {
    return FIXED_NUMBER_SLOTS + this.keyed.length;
  }
}

/** The names a policy defines, which keys must be. */
export interface KnownNames {
  readonly roles: readonly string[];
  /** The policy's behaviours, built-in then declared: what a record count may be keyed by. */
  readonly vocabulary: readonly string[];
  readonly restrictions: Readonly<Record<string, unknown>>;
}

function keyedField(root: string, member: string, key: string, known: KnownNames): KeyedField | undefined {
  if (root === 'caller') {
    const record = RECORD_MEMBERS[member];
    if (record !== undefined) return known.vocabulary.includes(key) ? { kind: 'records', record, category: key } : undefined;
    return member === 'restrictions' && Object.hasOwn(known.restrictions, key) ? { kind: 'restriction', name: key } : undefined;
  }
  return root === 'call' && member === 'staffed' && known.roles.includes(key) ? { kind: 'staffed', role: key } : undefined;
}

/**
 * Fills the per-call slots from `call_started` and the facts derived from it:
 * absent numbers are 0, absent booleans false, absent text empty, the channel
 * phone.
 */
export function fillCallFields(
  numbers: number[],
  texts: string[],
  call: CallInfo,
  caller: CallerInfo | undefined,
  facts: CallerFacts,
  keyed: readonly KeyedField[],
): void {
  numbers[0] = caller?.incidents_30d ?? 0;
  numbers[1] = (caller?.warnings ?? 0) + facts.warnings;
  numbers[2] = caller?.repeat_calls_7d ?? 0;
  numbers[3] = caller?.withheld === true ? 1 : 0;
  numbers[4] = caller?.verified === true ? 1 : 0;
  numbers[5] = caller?.refused_verification === true ? 1 : 0;
  numbers[7] = call.peak_hours === true ? 1 : 0;
  numbers[9] = caller?.vulnerable === true ? 1 : 0;
  numbers[10] = caller?.adjustments === true ? 1 : 0;
  numbers[11] = facts.strikes;
  numbers[12] = facts.incidents;
  numbers[13] = facts.restrictions.length > 0 ? 1 : 0;
  numbers[TALK_TIME_TODAY] = facts.talkTimeMs;
  numbers[15] = facts.tenureMs;
  numbers[CUSTOMER_SPOKEN] = 0;
  texts[0] = call.queue ?? '';
  texts[1] = call.channel ?? 'phone';
  keyed.forEach((field, i) => {
    numbers[FIXED_NUMBER_SLOTS + i] = keyedValue(field, call, facts);
  });
}

function keyedValue(field: KeyedField, call: CallInfo, facts: CallerFacts): number {
  switch (field.kind) {
    case 'records':
      return facts.active.reduce((n, r) => (r.kind === field.record && r.category === field.category ? n + 1 : n), 0);
    case 'restriction':
      return facts.restrictions.includes(field.name) ? 1 : 0;
    case 'staffed':
      return call.staff?.includes(field.role) === true ? 1 : 0;
  }
}
