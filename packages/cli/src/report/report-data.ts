import type { LogEntry } from '@callguard/adapters/log';
import type { Decision } from '@callguard/engine';

/** Counts for one slice of the calls (a day, a queue, a policy version). */
export interface Slice {
  readonly label: string;
  readonly calls: number;
  /** Calls the policy ended (`end_call` or `block_caller` prescribed by a rule). */
  readonly hangUps: number;
}

/** What the report charts, worked out from the log's entries. */
export interface ReportData {
  readonly calls: number;
  readonly hangUps: number;
  /** Hang-ups preceded, in the same call, by an event on which some rule took a `warn` step. */
  readonly warnedFirst: number;
  readonly byDay: readonly Slice[];
  readonly byQueue: readonly Slice[];
  readonly byPolicy: readonly Slice[];
  /** Ending decisions per rule. */
  readonly byRule: readonly { readonly label: string; readonly count: number }[];
  /** `rule#step` of every ladder step some decision took, for the review pages. */
  readonly stepsSeen: readonly string[];
}

const ENDING = new Set(['end_call', 'block_caller']);

/** Aggregates the log's entries, call by call, in the log's order. */
export function reportData(entries: readonly LogEntry[]): ReportData {
  const calls = new Map<string, LogEntry[]>();
  for (const e of entries) calls.set(e.callId, [...(calls.get(e.callId) ?? []), e]);
  const days = new Map<string, [number, number]>();
  const queues = new Map<string, [number, number]>();
  const policies = new Map<string, [number, number]>();
  const rules = new Map<string, number>();
  const seen = new Set<string>();
  let hangUps = 0;
  let warnedFirst = 0;
  const add = (map: Map<string, [number, number]>, key: string, ended: boolean) => {
    const [c, h] = map.get(key) ?? [0, 0];
    map.set(key, [c + 1, h + (ended ? 1 : 0)]);
  };
  for (const call of calls.values()) {
    const start = JSON.parse(call[0]?.event ?? '{}') as { at?: string; call?: { queue?: string } };
    const decisions = call.map((e) => JSON.parse(e.decision) as Decision);
    for (const d of decisions) for (const m of d.matched) if (m.step !== undefined) seen.add(`${m.rule}#${m.step.n}`);
    const ending = decisions.findIndex((d) => d.rule !== undefined && ENDING.has(d.action));
    const ended = ending >= 0;
    if (ended) {
      hangUps++;
      const rule = decisions[ending]?.rule?.id ?? '';
      rules.set(rule, (rules.get(rule) ?? 0) + 1);
      if (decisions.slice(0, ending).some((d) => d.matched.some((m) => m.action === 'warn'))) warnedFirst++;
    }
    add(days, (start.at ?? '').slice(0, 10), ended);
    add(queues, start.call?.queue ?? '(no queue)', ended);
    add(policies, `${call[0]?.policyName ?? ''} ${call[0]?.policyVersion ?? ''}`, ended);
  }
  const slices = (map: Map<string, [number, number]>) =>
    [...map].sort(([a], [b]) => a.localeCompare(b)).map(([label, [c, h]]) => ({ label, calls: c, hangUps: h }));
  return {
    calls: calls.size,
    hangUps,
    warnedFirst,
    byDay: slices(days),
    byQueue: slices(queues),
    byPolicy: slices(policies),
    byRule: [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => ({ label, count })),
    stepsSeen: [...seen].sort(),
  };
}
