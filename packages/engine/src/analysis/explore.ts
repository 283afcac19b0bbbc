/**
 * Breadth-first exploration of every call the model allows, driving the
 * compiled engine itself: each state is a session snapshot, each step
 * restores it and hands it one letter's event. States that no future event
 * can tell apart (same ladders, same detections still in their windows at
 * the same ages, same last request, same duration up to the cap) are
 * merged, which makes the space finite; breadth first makes every witness a
 * shortest one.
 */
import type { CompiledPolicy } from '../policy.js';
import type { Decision } from '@callguard/contract';
import type { SessionSnapshot } from '@callguard/contract';
import { EventError } from '../events/error.js';
import type { Letter, TimeModel } from './alphabet.js';
import { iso, ORIGIN_MS } from './situations.js';
import type { Situation } from './situations.js';

/** A reached state; its parents lead back to the start of the call. */
export interface Node {
  readonly parent: Node | undefined;
  /** The letter that led here; undefined for the call's start. */
  readonly letter: Letter | undefined;
  readonly situation: number;
  /** Event time since the start (not capped). */
  readonly elapsedMs: number;
  /** One snapshot per policy, with time capped. */
  readonly snapshots: readonly SessionSnapshot[];
  readonly depth: number;
}

/** One step of the exploration, as the observer sees it. */
export interface Transition<M> {
  readonly from: Node | undefined;
  readonly to: Node;
  readonly monitor: M;
  /** The event handled (`call_started` for the opening). */
  readonly event: Readonly<Record<string, unknown>>;
  /** One decision per policy. */
  readonly decisions: readonly Decision[];
  /** Per policy: whether some ladder moved. */
  readonly moved: readonly boolean[];
  readonly situation: Situation;
}

/** What the caller of `explore` watches and keeps per state. */
export interface Observer<M> {
  /** The monitor state at a call's start, before the opening. */
  readonly initial: M;
  /** The monitor after a transition; `undefined` stops exploring past it. */
  step(t: Transition<M>): M | undefined;
  /** A stable text for the monitor, part of the state's identity. */
  key(m: M): string;
}

/** How far to go. */
export interface ExploreLimits {
  readonly maxStates: number;
  /** Called now and then with the states explored so far. */
  readonly progress?: (states: number, depth: number) => void;
}

/** What an exploration covered. */
export interface ExploreStats {
  readonly states: number;
  readonly transitions: number;
  readonly depth: number;
  /** False when `maxStates` stopped it before the space was exhausted. */
  readonly complete: boolean;
}

/** Explores every situation under every policy in lockstep. */
export function explore<M>(
  policies: readonly CompiledPolicy[],
  situations: readonly Situation[],
  letters: readonly Letter[],
  time: TimeModel,
  observer: Observer<M>,
  limits: ExploreLimits,
): ExploreStats {
  const seen = new Set<string>();
  let queue: { node: Node; monitor: M }[] = [];
  let transitions = 0;
  let depth = 0;
  situations.forEach((situation, index) => {
    const sessions = policies.map((p) => p.open(situation.start));
    const to: Node = { parent: undefined, letter: undefined, situation: index, elapsedMs: 0, snapshots: sessions.map((s) => canonical(s.snapshot(), time, 0)), depth: 0 };
    const decisions = sessions.map((s) => s.opening);
    const moved = sessions.map((s) => s.snapshot().ladders.some((n) => n > 0));
    const monitor = observer.step({ from: undefined, to, event: situation.start as unknown as Record<string, unknown>, monitor: observer.initial, decisions, moved, situation });
    transitions++;
    if (monitor === undefined || sessions.some((s) => s.ended)) return;
    const key = stateKey(to, observer.key(monitor), time);
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ node: to, monitor });
  });
  /** The next level's states; `enqueue` adds to it and says when the limit is reached. */
  let next: typeof queue = [];
  const enqueue = (to: Node, monitor: M): boolean => {
    const key = stateKey(to, observer.key(monitor), time);
    if (seen.has(key)) return false;
    seen.add(key);
    next.push({ node: to, monitor });
    if (seen.size % 2048 === 0) limits.progress?.(seen.size, depth + 1);
    return seen.size >= limits.maxStates;
  };
  while (queue.length > 0) {
    next = [];
    for (const { node, monitor } of queue) {
      const situation = situations[node.situation] as Situation;
      for (const letter of letters) {
        const elapsedMs = node.elapsedMs + letter.delayMs;
        if (letter.event === undefined) {
          const snapshots = node.snapshots.map((s) => canonical(s, time, letter.delayMs));
          const to: Node = { parent: node, letter, situation: node.situation, elapsedMs, snapshots, depth: node.depth + 1 };
          if (enqueue(to, monitor)) return { states: seen.size, transitions, depth: depth + 1, complete: false };
          continue;
        }
        const event = letter.event(iso(ORIGIN_MS + (node.snapshots[0]?.at ?? 0)));
        const decisions: Decision[] = [];
        const snapshots: SessionSnapshot[] = [];
        const moved: boolean[] = [];
        let ended = false;
        let rejected = false;
        for (const [i, policy] of policies.entries()) {
          const before = node.snapshots[i] as SessionSnapshot;
          const session = policy.restore(before);
          try {
            decisions.push(session.handle(event));
          } catch (error) {
            if (!(error instanceof EventError)) throw error;
            rejected = true;
            break;
          }
          const after = session.snapshot();
          moved.push(after.ladders.some((n, r) => n !== before.ladders[r]));
          snapshots.push(canonical(after, time, 0));
          ended ||= session.ended;
        }
        if (rejected) continue;
        transitions++;
        const to: Node = { parent: node, letter, situation: node.situation, elapsedMs, snapshots, depth: node.depth + 1 };
        const after = observer.step({ from: node, to, event, monitor, decisions, moved, situation });
        if (after === undefined || ended) continue;
        if (enqueue(to, after)) return { states: seen.size, transitions, depth: depth + 1, complete: false };
      }
    }
    queue = next;
    if (next.length > 0) depth++;
  }
  return { states: seen.size, transitions, depth, complete: true };
}

/**
 * The snapshot `waitMs` later, with time capped: past `capMs` (or always,
 * when duration is not read) the call's age is set to the cap; detections
 * keep their ages, and those older than the cap (so than every window) go.
 */
function canonical(s: SessionSnapshot, time: TimeModel, waitMs: number): SessionSnapshot {
  const now = s.at + waitMs;
  const at = time.durationMatters ? Math.min(now, time.capMs) : time.capMs;
  if (at === s.at && waitMs === 0) return s;
  const shift = now - at;
  return { ...s, at, counts: s.counts.map((c) => c.map((t) => t - shift).filter((t) => at - t < time.capMs)) };
}

function stateKey(node: Node, monitor: string, time: TimeModel): string {
  const parts: string[] = [String(node.situation), monitor];
  for (const s of node.snapshots) {
    parts.push(s.ladders.join(','), s.request ?? '', s.counts.map((c) => c.map((t) => s.at - t).join(',')).join(';'));
    if (time.durationMatters) parts.push(String(s.at));
  }
  return parts.join('|');
}

/** The events of the call that leads to `node`: its start, then each letter's event at its true time. */
export function witnessEvents(node: Node, situations: readonly Situation[]): Record<string, unknown>[] {
  const path: Node[] = [];
  for (let n: Node | undefined = node; n !== undefined; n = n.parent) path.unshift(n);
  const start = (situations[node.situation] as Situation).start;
  return [
    { ...start },
    ...path.flatMap((n) => (n.letter?.event === undefined ? [] : [n.letter.event(iso(ORIGIN_MS + n.elapsedMs))])),
  ];
}
