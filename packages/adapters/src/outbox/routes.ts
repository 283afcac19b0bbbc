import type { Duty, DutyKind } from '@callguard/contract';

/** When a routed duty is delivered: as soon as it is owed, or at its `due` time. */
export type DeliverAt = 'now' | 'due';

/**
 * Which sink gets which duties (`callguard.yaml`'s `duties.routes`). A duty
 * goes to every route that names its kind; `'*'` names every kind.
 */
export interface DutyRoute {
  readonly duties: readonly (DutyKind | '*')[];
  /** The sink's name in the configuration. */
  readonly to: string;
  /**
   * `due`: a duty with a due time (a follow-up, a callback) waits until then;
   * by default follow-ups and callbacks wait, everything else goes now.
   */
  readonly at?: DeliverAt;
}

/** The name of the local incident log, the sink every store has without configuration. */
export const LOG_SINK = 'log';

/** Without configuration every duty is written to the local incident log as soon as it is owed. */
export const DEFAULT_ROUTES: readonly DutyRoute[] = [{ duties: ['*'], to: LOG_SINK }];

/** Duty kinds that, unless a route says otherwise, are delivered at their due time. */
const WAIT_FOR_DUE: ReadonlySet<string> = new Set(['follow_up', 'callback']);

/** Where `duty` goes: each sink once, with when. */
export function routeDuty(duty: Duty, routes: readonly DutyRoute[]): { readonly sink: string; readonly at: DeliverAt }[] {
  const out = new Map<string, DeliverAt>();
  for (const route of routes) {
    if (out.has(route.to)) continue;
    if (route.duties.includes('*') || route.duties.includes(duty.kind)) out.set(route.to, route.at ?? (WAIT_FOR_DUE.has(duty.kind) ? 'due' : 'now'));
  }
  return [...out].map(([sink, at]) => ({ sink, at }));
}
