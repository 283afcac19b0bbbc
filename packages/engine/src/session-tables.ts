/**
 * What every session of one compiled policy reads, prepared once per policy:
 * the plan's lists as plain arrays, and what a new call's arrays start as.
 */
import type { Channel } from '@callguard/dsl';
import { TEXT_SLOTS } from './compile/fields.js';
import type { CountPlan, Dispatch, PolicyPlan, RulePlan } from './compile/plan.js';

/** `Dispatch` with plain arrays: the rules each kind of event tries. */
export type SessionDispatch = { readonly [K in keyof Dispatch]: readonly RulePlan[] };

/** @internal A policy's tables; `Policy` makes one and passes it to every session it opens. */
export class SessionTables {
  readonly plan: PolicyPlan;
  // The plan's lists are frozen, and V8 (Node 20) walks a frozen array
  // several times slower than a plain one, by `for...of` and by index alike:
  // sessions read these plain copies instead, a dispatch list on every event.
  readonly dispatch: Readonly<Record<Channel, SessionDispatch>>;
  readonly counts: readonly CountPlan[];
  // A new call's arrays, which a session copies with `slice()`: several
  // times cheaper than `new Array(n).fill(x)` or `map`, once per call.
  /** Steps taken per rule: none. */
  readonly ladders: readonly number[];
  /** Per count condition: not reached (0). */
  readonly counted: readonly number[];
  /** Per duty key: never listed (-1). */
  readonly listed: readonly number[];
  /** Number field slots, 0 until the call's fields are filled in. */
  readonly numbers: readonly number[];
  /** Text field slots, empty until the call's fields are filled in. */
  readonly texts: readonly string[];

  constructor(plan: PolicyPlan) {
    this.plan = plan;
    // Channels that share one dispatch in the plan share one copy.
    const copies = new Map<Dispatch, SessionDispatch>();
    const copy = (d: Dispatch): SessionDispatch => {
      let plain = copies.get(d);
      if (plain === undefined) {
        plain = {
          utterance: [...d.utterance],
          tick: [...d.tick],
          call_started: [...d.call_started],
          line_dropped: [...d.line_dropped],
          poor_line: [...d.poor_line],
          silence: [...d.silence],
        };
        copies.set(d, plain);
      }
      return plain;
    };
    const { phone, chat, email, in_person } = plan.dispatch;
    this.dispatch = { phone: copy(phone), chat: copy(chat), email: copy(email), in_person: copy(in_person) };
    this.counts = [...plan.counts];
    this.ladders = filled(plan.rules.length, 0);
    this.counted = filled(plan.counts.length, 0);
    this.listed = filled(plan.dutyKeys, -1);
    this.numbers = filled(plan.numberSlots, 0);
    this.texts = filled(TEXT_SLOTS, '');
  }
}

/** A plain array of `n` copies of `value`, built by `push` so that V8 keeps it packed. */
function filled<T>(n: number, value: T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(value);
  return out;
}
