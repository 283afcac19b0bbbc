/**
 * The ids of the events a session has handled, with the decisions it gave
 * them, so that an event delivered again by an at-least-once pipeline gets
 * the same decision and changes nothing (docs/semantics.md, "Duplicates").
 * Only the latest {@link SEEN_EVENTS} are kept, so a call's state stays
 * bounded: past them the oldest is forgotten, and an event with an id that is
 * not later than the latest forgotten one is refused as out of order, since
 * it may be one of them.
 */
import type { Decision, SeenEvent } from '@callguard/contract';
import { EventError } from './events/error.js';

/** How many event ids a session remembers (docs/limits.md). */
export const SEEN_EVENTS = 32;

/** @internal A session's window of handled event ids; see the module comment. */
export class SeenEvents {
  /** Decision by event id, oldest first (a `Map` keeps insertion order). */
  private readonly byId = new Map<string, Decision>();
  /** The time (epoch ms) of the latest event whose id was forgotten; -Infinity while none was. */
  private forgottenMs = -Infinity;

  /**
   * The decision given to the event with `id`, when it is remembered and
   * `type` and `ms` are that event's; undefined for an id not remembered.
   * Throws `event/id-reused` for a remembered id on another event.
   */
  replay(id: string, type: string, ms: number): Decision | undefined {
    const decision = this.byId.get(id);
    if (decision === undefined) return undefined;
    const first = decision.event;
    if (first.type !== type || Date.parse(first.at) !== ms) {
      throw new EventError(
        'event/id-reused',
        'id',
        `id ${id} belongs to the ${first.type} at ${first.at} (event ${first.seq}); this ${type} at ${new Date(ms).toISOString()} needs an id of its own`,
      );
    }
    return decision;
  }

  /** True when an event with a new id at `ms` may be a forgotten one: it is no later than the latest forgotten. */
  mayBeForgotten(ms: number): boolean {
    return ms <= this.forgottenMs;
  }

  /** Remembers the decision of an accepted event with `id`, forgetting the oldest when full. */
  remember(id: string, decision: Decision): void {
    if (this.byId.size >= SEEN_EVENTS) {
      const [oldest, gave] = this.byId.entries().next().value as [string, Decision];
      this.byId.delete(oldest);
      this.forgottenMs = Date.parse(gave.event.at);
    }
    this.byId.set(id, decision);
  }

  /** The window for a snapshot: `seen` and `forgotten` (ms after `startMs`), each only when there is one. */
  save(startMs: number): { seen?: SeenEvent[]; forgotten?: number } {
    const seen = Array.from(this.byId, ([id, decision]) => ({ id, decision }));
    return {
      ...(seen.length > 0 && { seen }),
      ...(this.forgottenMs !== -Infinity && { forgotten: this.forgottenMs - startMs }),
    };
  }

  /** Replaces the window with a snapshot's (checked by `checkSnapshot`). */
  load(startMs: number, seen: readonly SeenEvent[] | undefined, forgotten: number | undefined): void {
    this.byId.clear();
    for (const { id, decision } of seen ?? []) this.byId.set(id, decision);
    this.forgottenMs = forgotten === undefined ? -Infinity : startMs + forgotten;
  }
}
