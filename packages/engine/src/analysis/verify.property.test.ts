import { describe, expect, it } from 'vitest';
import { CARE, checked } from '../../test/checked-text.js';
import { BASELINE_ACTIONS } from '@callguard/dsl';
import type { Action, CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compile } from '../policy.js';
import { callModel } from './model.js';
import { PropertyMonitor } from './property.js';
import { property as parseProperty } from '../../test/property.js';
import type { Property } from './property.js';
import { iso, ORIGIN_MS } from './situations.js';
import { verify } from './verify.js';
import { semanticDiff } from './diff.js';

// Verify's state merging checked against brute force on small random policies.

/** A small random policy from a seed: two or three rules over three behaviours, ladders of warns, escalations and endings. */
function randomPolicy(seed: number): string {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s % n;
  };
  const behaviours = ['profanity', 'threat', 'rudeness'];
  const actions = ['warn', 'escalate to supervisor', 'end_call', 'deescalate', 'remind', 'may warn or end_call'];
  const timings = ['', '', '', 'after 1m ', 'at once '];
  const rules = Array.from({ length: 2 + next(2) }, (_, i) => {
    const b = behaviours[next(3)] as string;
    const count = next(3) === 0 ? ` 2 times within ${1 + next(2)}m` : '';
    const field = next(3) === 0 ? ' and caller.vulnerable' : next(4) === 0 ? ' and call.duration >= 1m' : '';
    const steps = Array.from({ length: 1 + next(3) }, () => actions[next(actions.length)] as string);
    // An escalation before any ending, in the same ladder, as escalate_first would want.
    const ending = steps.indexOf('end_call');
    if (ending >= 0) steps.length = ending + 1;
    if (ending >= 0 && !steps.slice(0, ending).includes('escalate to supervisor')) steps.splice(ending, 0, 'escalate to supervisor');
    const ladder = steps.map((step, k) => (k === 0 ? '' : timings[next(timings.length)]) + step).join(' then ');
    return `  rule r${i} "R${i}" {\n    when customer ${b}${count}${field}\n    do ${ladder}\n    duties document\n  }`;
  });
  return `policy "random-${seed}" {\n  version "1.0.0"\n  stance none\n${rules.join('\n')}\n${CARE}\n}`;
}

/**
 * The brute force: every sequence of the model's steps up to `bound` long,
 * each replayed from the start of the call in a fresh session, exactly as
 * `replay` would; returns the length of the shortest that breaks `property`.
 */
function bruteForce(policy: CheckedPolicy, property: Property, bound: number): number | undefined {
  const model = callModel([policy]);
  const compiled = compile(policy);
  const monitor = new PropertyMonitor(property);
  const fieldOf = (situation: (typeof model.situations)[number]) => (f: { root: string; member: string; key: string | undefined }) =>
    situation.fields.get(f.key === undefined ? `${f.root}.${f.member}` : `${f.root}.${f.member}.${f.key}`) ?? 0;
  let shortest: number | undefined;
  const walk = (index: number, letters: readonly number[]): void => {
    const situation = model.situations[index] as (typeof model.situations)[number];
    const alphabet = model.lettersOf[index] ?? [];
    const session = compiled.open(situation.start);
    let state = monitor.initial;
    let elapsed = 0;
    const decisions: [Decision, boolean, boolean, number][] = [[session.opening, false, false, 0]];
    for (const l of letters) {
      const letter = alphabet[l];
      if (letter === undefined) return;
      elapsed += letter.delayMs;
      if (letter.event === undefined) continue;
      if (session.ended) return;
      const before = JSON.stringify(session.snapshot().ladders);
      const event = letter.event(iso(ORIGIN_MS + elapsed));
      const decision = session.handle(event);
      decisions.push([decision, event['type'] === 'agent_action', before === JSON.stringify(session.snapshot().ladders), elapsed]);
    }
    for (const [decision, byAgent, still, elapsedMs] of decisions) {
      // Read off the decision alone: recommended, offered by a menu, or allowed beyond what is always allowed.
      const offers = (a: Action) => decision.action === a || (decision.offered ?? []).includes(a) || (!BASELINE_ACTIONS.includes(a) && decision.allowed.includes(a));
      const c = { decision, byAgent, confirmation: byAgent && still, elapsedMs, offers, exempt: () => false, field: fieldOf(situation) };
      if (monitor.violates(state, c)) {
        if (shortest === undefined || letters.length < shortest) shortest = letters.length;
        return;
      }
      state = monitor.next(state, c);
    }
  };
  for (let length = 0; length <= bound && shortest === undefined; length++) {
    model.situations.forEach((_, index) => {
      const size = model.lettersOf[index]?.length ?? 0;
      for (let n = 0; n < size ** length; n++) {
        const letters: number[] = [];
        for (let k = 0, rest = n; k < length; k++, rest = Math.floor(rest / size)) letters.push(rest % size);
        walk(index, letters);
      }
    });
  }
  return shortest;
}

describe('verify agrees with brute force', () => {
  const property = parseProperty('never end_call unless warned');
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`on random policy ${seed}`, () => {
      const policy = checked(randomPolicy(seed));
      const finding = verify(policy, { builtIn: false, asserts: [property] }).findings[0];
      const depth = finding?.counterexample?.steps;
      const bound = 3;
      const brute = bruteForce(policy, property, bound);
      if (depth === undefined || depth > bound) expect(brute).toBeUndefined();
      else expect(brute).toBe(depth);
    });
  }
});

describe('diff agrees with replay and brute force', () => {
  for (const seed of [11, 12, 13, 14, 15, 16]) {
    it(`on random policies ${seed} and ${seed + 100}`, () => {
      const [a, b] = [checked(randomPolicy(seed)), checked(randomPolicy(seed + 100).replace(`random-${seed + 100}`, `random-${seed}`))];
      const result = semanticDiff(a, b);
      // Every witness, replayed from the start in fresh sessions, decides alike until its last event, and differently there.
      for (const d of result.differences) {
        const [da, db] = [a, b].map((p) => {
          const session = compile(p).open(d.events[0]);
          return [session.opening, ...d.events.slice(1).map((e) => session.handle(e))];
        }) as [Decision[], Decision[]];
        expect(da.at(-1)?.action === db.at(-1)?.action && da.at(-1)?.rule?.id === db.at(-1)?.rule?.id && da.at(-1)?.step?.n === db.at(-1)?.step?.n && da.at(-1)?.duties.length === db.at(-1)?.duties.length).toBe(false);
        expect(da.slice(0, -1).map((x) => [x.action, x.rule?.id, x.step?.n])).toEqual(db.slice(0, -1).map((x) => [x.action, x.rule?.id, x.step?.n]));
      }
      // Brute force over two steps finds a difference exactly when diff has a witness that short.
      const model = callModel([a, b]);
      const [pa, pb] = [compile(a), compile(b)];
      let brute = false;
      for (const [index, situation] of model.situations.entries()) {
        const letters = model.lettersOf[index] ?? [];
        for (const first of [undefined, ...letters]) {
          for (const second of [undefined, ...letters]) {
            const sa = pa.open(situation.start);
            const sb = pb.open(situation.start);
            const pairs: [Decision, Decision][] = [[sa.opening, sb.opening]];
            let elapsed = 0;
            for (const letter of [first, second]) {
              if (letter === undefined) continue;
              elapsed += letter.delayMs;
              if (letter.event === undefined || sa.ended || sb.ended) continue;
              const event = letter.event(iso(ORIGIN_MS + elapsed));
              pairs.push([sa.handle(event), sb.handle(event)]);
            }
            if (pairs.some(([x, y]) => x.action !== y.action || x.rule?.id !== y.rule?.id || x.step?.n !== y.step?.n || x.duties.length !== y.duties.length)) brute = true;
          }
        }
      }
      expect(brute).toBe(result.differences.some((d) => d.steps <= 2));
    });
  }
});
