/**
 * Breadth-first exploration of every call the model allows, driving the
 * compiled engine itself: each state on the frontier holds live sessions,
 * and each step hands a clone of them one letter's event (a clone is what
 * `restore(snapshot())` gives, without the snapshot's checks). States that
 * no future event can tell apart (same ladders and scripts used, same
 * detections still able to count at the same ages, same last request, same
 * duration up to the cap) are merged, which makes the space finite; breadth
 * first makes every witness a shortest one.
 */
import type { CompiledPolicy } from '../policy.js';
import type { Session } from '../session.js';
import type { Decision } from '@callguard/contract';
import type { SessionSnapshot } from '@callguard/contract';
import { EventError } from '../events/error.js';
import type { Letter, TimeModel } from './alphabet.js';
import type { CallModel } from './model.js';
import { iso, ORIGIN_MS } from './situations.js';
import type { Situation } from './situations.js';

/** A reached state; its parents lead back to the start of the call. */
export interface Node {
  readonly parent: Node | undefined;
  /** The letter that led here; undefined for the call's start. */
  readonly letter: Letter | undefined;
  readonly situation: number;
  /** Event time since the start. */
  readonly elapsedMs: number;
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

/** A state still to expand: its live sessions (one per policy) and their snapshots. */
interface Frontier<M> {
  readonly node: Node;
  readonly monitor: M;
  readonly sessions: readonly Session[];
  readonly snapshots: readonly SessionSnapshot[];
}

/** Explores every situation under every policy in lockstep. */
export function explore<M>(policies: readonly CompiledPolicy[], model: CallModel, observer: Observer<M>, limits: ExploreLimits): ExploreStats {
  const { situations, time } = model;
  const seen = new Set<string>();
  let queue: Frontier<M>[] = [];
  let transitions = 0;
  let depth = 0;
  situations.forEach((situation, index) => {
    const sessions = policies.map((p) => p.open(situation.start));
    const snapshots = sessions.map((s) => s.snapshot());
    const to: Node = { parent: undefined, letter: undefined, situation: index, elapsedMs: 0, depth: 0 };
    const decisions = sessions.map((s) => s.opening);
    const moved = snapshots.map((s) => s.ladders.some((n) => n > 0));
    const monitor = observer.step({ from: undefined, to, event: situation.start as unknown as Record<string, unknown>, monitor: observer.initial, decisions, moved, situation });
    transitions++;
    if (monitor === undefined || sessions.some((s) => s.ended)) return;
    const key = stateKey(to, snapshots, observer.key(monitor), time);
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ node: to, monitor, sessions, snapshots });
  });
  /** The next level's states; `enqueue` adds to it and says when the limit is reached. */
  let next: Frontier<M>[] = [];
  const enqueue = (state: Frontier<M>): boolean => {
    const key = stateKey(state.node, state.snapshots, observer.key(state.monitor), time);
    if (seen.has(key)) return false;
    seen.add(key);
    next.push(state);
    if (seen.size % 2048 === 0) limits.progress?.(seen.size, depth + 1);
    return seen.size >= limits.maxStates;
  };
  while (queue.length > 0) {
    next = [];
    for (const { node, monitor, sessions, snapshots: before } of queue) {
      const situation = situations[node.situation] as Situation;
      for (const letter of model.lettersOf[node.situation] ?? []) {
        const elapsedMs = node.elapsedMs + letter.delayMs;
        const to: Node = { parent: node, letter, situation: node.situation, elapsedMs, depth: node.depth + 1 };
        if (letter.event === undefined) {
          // Waiting changes no session, so the state after a wait shares them.
          if (enqueue({ node: to, monitor, sessions, snapshots: before })) return { states: seen.size, transitions, depth: depth + 1, complete: false };
          continue;
        }
        const event = letter.event(iso(ORIGIN_MS + elapsedMs));
        const decisions: Decision[] = [];
        const forks: Session[] = [];
        const snapshots: SessionSnapshot[] = [];
        const moved: boolean[] = [];
        let ended = false;
        let rejected = false;
        for (const [i, session] of sessions.entries()) {
          const fork = session.clone();
          try {
            decisions.push(fork.handle(event));
          } catch (error) {
            if (!(error instanceof EventError)) throw error;
            rejected = true;
            break;
          }
          const after = fork.snapshot();
          const ladders = (before[i] as SessionSnapshot).ladders;
          moved.push(after.ladders.some((n, r) => n !== ladders[r]));
          forks.push(fork);
          snapshots.push(after);
          ended ||= fork.ended;
        }
        if (rejected) continue;
        transitions++;
        const after = observer.step({ from: node, to, event, monitor, decisions, moved, situation });
        if (after === undefined || ended) continue;
        if (enqueue({ node: to, monitor: after, sessions: forks, snapshots })) return { states: seen.size, transitions, depth: depth + 1, complete: false };
      }
    }
    queue = next;
    if (next.length > 0) depth++;
  }
  return { states: seen.size, transitions, depth, complete: true };
}

/**
 * The state's identity: per policy its ladders, last request, whether the
 * customer has spoken (kept only when read), and the ages
 * at `node`'s time of the detections that can still count (younger than
 * the cap, past which every window has closed), the time since each
 * rule's last step up to the cap when a step waits (`after`), and the
 * call's age up to the cap when some comparison reads it.
 */
function stateKey(node: Node, snapshots: readonly SessionSnapshot[], monitor: string, time: TimeModel): string {
  const now = node.elapsedMs;
  const parts: string[] = [String(node.situation), monitor];
  for (const s of snapshots) {
    // One character per ladder keeps the key short for policies of hundreds of rules (above 255, never the separator).
    parts.push(String.fromCharCode(...s.ladders.map((n) => n + 256)), s.request ?? '', s.spoken === true ? 's' : '', s.script_sets?.join(',') ?? '');
    if (s.counts.length > 0) parts.push(s.counts.map((c) => c.map((t) => now - t).filter((age) => age < time.capMs).join(',')).join(';'));
    // Steps written `after` compare the time since each rule's last step with constants the cap is past.
    if (s.moved !== undefined) parts.push(s.moved.map((t) => Math.min(now - t, time.capMs)).join(','));
  }
  if (time.durationMatters) parts.push(String(Math.min(now, time.capMs)));
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
