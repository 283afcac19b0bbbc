/**
 * The calls a policy can tell apart at their start. What `call_started` says
 * (the caller's counts and flags, records, restrictions, the queue, the
 * channel, who is on duty) is fixed for the call, and a policy only ever
 * compares it with the constants it names. So a handful of values per field,
 * one on each side of every constant, stand for all the others; the
 * situations are their combinations, less those every condition reads
 * alike.
 */
import { CHANNELS } from '@callguard/dsl';
import type { Channel, CheckedFieldCondition, RecordKind } from '@callguard/dsl';
import type { CallStartedEvent, CallerInfo, CallerRecord, CallInfo } from '@callguard/contract';
import { compare, fieldName } from './conditions.js';
import type { ConditionAtoms } from './conditions.js';

/** One way a call can start, as far as the policies can tell. */
export interface Situation {
  readonly start: CallStartedEvent;
  /** The value of every start-fixed field the conditions read, by name (`caller.vulnerable`). */
  readonly fields: ReadonlyMap<string, number | boolean | string>;
  /** `caller.talk_time_today` at the start, in ms: it grows with the call. */
  readonly talkTimeMs: number;
}

/** The date every explored call starts at; only differences from it matter. */
export const ORIGIN_MS = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;
/** Above this many combinations the start alone is too varied to explore. */
const MAX_COMBINATIONS = 200_000;
/** Numbers compared with constants up to this are tried at every value from 0; larger ones around each constant. */
const SMALL = 12;
const RECORD_MEMBERS: Readonly<Record<string, RecordKind>> = { warnings: 'warning', strikes: 'strike', incidents: 'incident' };

/** What a situation sets; each dimension below changes one entry. */
interface Settings {
  numbers: Record<string, number>;
  flags: Record<string, boolean>;
  /** Active records per kind: uncategorised under `''`, else by behaviour. */
  records: Record<RecordKind, Record<string, number>>;
  restrictions: string[];
  talkMs: number;
  tenureMs: number | undefined;
  queue: string | undefined;
  channel: Channel;
  staff: string[] | undefined;
}

interface Dimension {
  readonly values: readonly unknown[];
  set(s: Settings, value: unknown): void;
}

/** Thrown when the start of a call has too many combinations to explore. */
export class TooManySituations extends Error {}

/**
 * The situations of the policies whose atoms are given: every combination of
 * representative field values, one per class of combinations the field
 * conditions cannot tell apart. `halfStepMs` is the exploration's time step:
 * talk time already spent is tried on both sides of each constant by it.
 */
export function situations(atoms: ConditionAtoms, readsChannel: boolean, halfStepMs: number): Situation[] {
  const fixed = atoms.fields.filter((f) => !PER_EVENT.has(fieldName(f)));
  const dims = dimensions(fixed, atoms.fields, readsChannel, halfStepMs);
  const total = dims.reduce((n, d) => n * d.values.length, 1);
  if (total > MAX_COMBINATIONS) {
    throw new TooManySituations(`the policy reads ${dims.length} caller and call fields in ${total} combinations; the most explored is ${MAX_COMBINATIONS}`);
  }
  const seen = new Set<string>();
  const out: Situation[] = [];
  const combination = new Array<number>(dims.length).fill(0);
  for (let n = 0; n < total; n++) {
    let rest = n;
    dims.forEach((d, i) => {
      combination[i] = rest % d.values.length;
      rest = Math.floor(rest / d.values.length);
    });
    const settings = emptySettings();
    dims.forEach((d, i) => d.set(settings, d.values[combination[i] ?? 0]));
    const fields = new Map<string, number | boolean | string>();
    for (const f of fixed) fields.set(fieldName(f), fieldValue(settings, f));
    const signature = [settings.channel, settings.talkMs, ...fixed.map((f) => (compare(f, fields.get(fieldName(f)) ?? 0) ? 1 : 0))].join();
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push({ start: startEvent(settings, out.length), fields, talkTimeMs: settings.talkMs });
  }
  return out;
}

/** Fields that change during the call; the exploration's time and events cover them. */
const PER_EVENT: ReadonlySet<string> = new Set(['call.duration', 'silence.duration', 'caller.talk_time_today', 'call.customer_spoken']);

function emptySettings(): Settings {
  return {
    numbers: {},
    flags: {},
    records: { warning: {}, strike: {}, incident: {} },
    restrictions: [],
    talkMs: 0,
    tenureMs: undefined,
    queue: undefined,
    channel: 'phone',
    staff: undefined,
  };
}

function dimensions(fixed: readonly CheckedFieldCondition[], all: readonly CheckedFieldCondition[], readsChannel: boolean, halfStepMs: number): Dimension[] {
  const byName = new Map<string, CheckedFieldCondition[]>();
  for (const f of fixed) byName.set(fieldName(f), [...(byName.get(fieldName(f)) ?? []), f]);
  const dims: Dimension[] = [];
  for (const [name, conditions] of byName) {
    const [root, member, key] = name.split('.') as [string, string, string | undefined];
    const numbers = conditions.map((c) => c.value).filter((v): v is number => typeof v === 'number');
    const record = RECORD_MEMBERS[member];
    if (root === 'caller' && record !== undefined && (key !== undefined || member !== 'warnings')) {
      const category = key ?? '';
      dims.push({ values: around(numbers, 1), set: (s, v) => (s.records[record][category] = v as number) });
    } else if (name === 'caller.restricted') {
      dims.push({ values: [false, true], set: (s, v) => v === true && s.restrictions.push('') });
    } else if (root === 'caller' && member === 'restrictions' && key !== undefined) {
      dims.push({ values: [false, true], set: (s, v) => v === true && s.restrictions.push(key) });
    } else if (root === 'call' && member === 'staffed' && key !== undefined) {
      dims.push({ values: [false, true], set: (s, v) => (s.staff = v === true ? [...(s.staff ?? []), key] : (s.staff ?? [])) });
    } else if (name === 'caller.tenure') {
      dims.push({ values: [undefined, ...around(numbers, 1000).filter((n) => n > 0)], set: (s, v) => (s.tenureMs = v as number | undefined) });
    } else if (name === 'call.queue') {
      dims.push({ values: [undefined, ...new Set(conditions.map((c) => String(c.value)))], set: (s, v) => (s.queue = v as string | undefined) });
    } else if (name === 'call.channel') {
      // Covered by the channel dimension below.
    } else if (conditions[0]?.type === 'boolean') {
      dims.push({ values: [false, true], set: (s, v) => (s.flags[name] = v as boolean) });
    } else {
      dims.push({ values: around(numbers, 1), set: (s, v) => (s.numbers[name] = v as number) });
    }
  }
  const talk = all.filter((f) => fieldName(f) === 'caller.talk_time_today').map((f) => f.value as number);
  if (talk.length > 0) {
    const values = [...new Set([0, ...talk.flatMap((c) => [c - halfStepMs, c, c + halfStepMs])])].filter((v) => v >= 0).sort((a, b) => a - b);
    dims.push({ values, set: (s, v) => (s.talkMs = v as number) });
  }
  if (readsChannel) dims.push({ values: CHANNELS, set: (s, v) => (s.channel = v as Channel) });
  return dims;
}

/** Every whole number from 0 past the largest constant, or, for large constants, each one and its neighbours at `unit`. */
function around(constants: readonly number[], unit: number): number[] {
  const top = Math.max(0, ...constants);
  if (unit === 1 && top <= SMALL) return Array.from({ length: Math.floor(top) + 2 }, (_, i) => i);
  const values = new Set<number>([0]);
  for (const c of constants) for (const v of [c - unit, c, c + unit]) if (v >= 0) values.add(unit === 1 ? Math.max(0, Math.round(v)) : v);
  return [...values].sort((a, b) => a - b);
}

/** The value the engine reads for a start-fixed field under these settings. */
function fieldValue(s: Settings, f: CheckedFieldCondition): number | boolean | string {
  const name = fieldName(f);
  const [root, member, key] = name.split('.') as [string, string, string | undefined];
  const record = RECORD_MEMBERS[member];
  if (root === 'caller' && record !== undefined) {
    const kinds = s.records[record];
    if (key !== undefined) return kinds[key] ?? 0;
    const active = Object.values(kinds).reduce((n, k) => n + k, 0);
    return member === 'warnings' ? (s.numbers[name] ?? 0) + active : active;
  }
  if (name === 'caller.restricted') return s.restrictions.length > 0;
  if (root === 'caller' && member === 'restrictions') return s.restrictions.includes(key ?? '');
  if (root === 'call' && member === 'staffed') return s.staff?.includes(key ?? '') === true;
  if (name === 'caller.tenure') return s.tenureMs ?? 0;
  if (name === 'call.queue') return s.queue ?? '';
  if (name === 'call.channel') return s.channel;
  if (f.type === 'boolean') return s.flags[name] === true;
  return s.numbers[name] ?? 0;
}

function startEvent(s: Settings, n: number): CallStartedEvent {
  const at = iso(ORIGIN_MS);
  const call: Record<string, unknown> = { id: `situation-${n + 1}` };
  if (s.queue !== undefined) call['queue'] = s.queue;
  if (s.flags['call.peak_hours'] === true) call['peak_hours'] = true;
  if (s.channel !== 'phone') call['channel'] = s.channel;
  if (s.staff !== undefined) call['staff'] = s.staff;
  const caller: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(s.numbers)) if (value !== 0) caller[name.slice('caller.'.length)] = value;
  for (const [name, value] of Object.entries(s.flags)) if (value && name.startsWith('caller.')) caller[name.slice('caller.'.length)] = true;
  const records: CallerRecord[] = [];
  for (const kind of ['warning', 'strike', 'incident'] as const) {
    for (const [category, count] of Object.entries(s.records[kind])) {
      for (let i = 0; i < count; i++) {
        const record = { kind, at: iso(ORIGIN_MS - DAY_MS), expires: iso(ORIGIN_MS + 365 * DAY_MS) };
        records.push(category === '' ? record : { kind, category, at: record.at, expires: record.expires });
      }
    }
  }
  if (records.length > 0) caller['records'] = records;
  if (s.restrictions.length > 0) {
    caller['restrictions'] = s.restrictions.map((name) => ({ name: name === '' ? 'other_restriction' : name, until: iso(ORIGIN_MS + 365 * DAY_MS) }));
  }
  if (s.talkMs > 0) caller['talk_time_today_s'] = s.talkMs / 1000;
  if (s.tenureMs !== undefined) caller['customer_since'] = iso(ORIGIN_MS - s.tenureMs);
  const start: { type: 'call_started'; at: string; call: CallInfo; caller?: CallerInfo } = { type: 'call_started', at, call: call as unknown as CallInfo };
  if (Object.keys(caller).length > 0) start.caller = caller as CallerInfo;
  return start;
}

const isoCache = new Map<number, string>();

/** An ISO-8601 time, as events carry it (the exploration asks for the same few times very often). */
export function iso(ms: number): string {
  let text = isoCache.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString();
    if (isoCache.size < 100_000) isoCache.set(ms, text);
  }
  return text;
}
