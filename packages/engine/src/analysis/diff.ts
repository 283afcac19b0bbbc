/**
 * `semanticDiff(old, new)`: what changes for callers between two versions of
 * a policy. Both versions are explored in lockstep on the same finite model
 * of calls (docs/verify.md); wherever they first decide differently, the
 * shortest call that gets there is the witness, and witnesses with the same
 * kind of event and the same two decisions make one sentence. Headlines
 * follow each behaviour alone through both versions ("profanity now reaches
 * end_call after 1 warning instead of 2"); metadata changes (owner,
 * stance, scripts' wording) are listed apart.
 */
import type { CheckedPolicy } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compile } from '../policy.js';
import type { CompiledPolicy } from '../policy.js';
import type { Letter } from './alphabet.js';
import { explore, witnessEvents } from './explore.js';
import type { ExploreStats, Transition } from './explore.js';
import { callModel } from './model.js';
import { iso, ORIGIN_MS } from './situations.js';
import type { Situation } from './situations.js';

/** One way the two versions decide differently, with its shortest witness. */
export interface Difference {
  /** In words: the situation, the event and both decisions. */
  readonly sentence: string;
  /** The witness: `call_started` first, the last event decided differently. */
  readonly events: readonly Record<string, unknown>[];
  readonly old: Decision;
  readonly new: Decision;
  /** Steps of the model taken to get there: the events after the start and the waits between them. */
  readonly steps: number;
}

/** A change of a policy's header, scripts, thresholds, groups or rule titles. */
export interface MetadataChange {
  /** What changed (`owner`, `script warn_abuse`, `rule abuse title`). */
  readonly what: string;
  /** The old value; undefined when added. */
  readonly old: string | undefined;
  /** The new value; undefined when removed. */
  readonly new: string | undefined;
}

/** What `semanticDiff` found. */
export interface DiffResult {
  /** Sentences following each behaviour alone through both versions. */
  readonly headlines: readonly string[];
  readonly differences: readonly Difference[];
  readonly metadata: readonly MetadataChange[];
  /** True when no decision differs on any call explored. */
  readonly sameDecisions: boolean;
  readonly stats: ExploreStats & { readonly situations: number; readonly letters: number };
}

/** Options for `semanticDiff`. */
export interface DiffOptions {
  /** Stop after this many states (default 2,000,000). */
  readonly maxStates?: number;
  /** Called now and then with the states explored so far. */
  readonly progress?: (states: number, depth: number) => void;
}

/** Compares two versions of a policy; see the module comment. */
export function semanticDiff(before: CheckedPolicy, after: CheckedPolicy, options: DiffOptions = {}): DiffResult {
  const model = callModel([before, after]);
  const policies = [compile(before), compile(after)];
  const groups = new Map<string, Difference>();
  const observer = {
    initial: 0,
    key: () => '',
    step: (t: Transition<number>): number | undefined => {
      const [a, b] = t.decisions as [Decision, Decision];
      if (essence(a) === essence(b)) return 0;
      // One sentence per situation and pair of decisions: the first witness found is a shortest one.
      const key = `${describeSituation(t.situation)}|${summary(a)}|${summary(b)}`;
      if (!groups.has(key)) {
        groups.set(key, { sentence: sentence(t.situation, t.to.letter, t.to.depth, a, b), events: witnessEvents(t.to, model.situations), old: a, new: b, steps: t.to.depth });
      }
      // Past the first difference the two calls have parted: what follows is a consequence.
      return undefined;
    },
  };
  const stats = explore(policies, model, observer, {
    maxStates: options.maxStates ?? 2_000_000,
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  });
  const differences = [...groups.values()];
  return {
    headlines: headlines(policies, model.situations[0], model.letters),
    differences,
    metadata: metadataChanges(before, after),
    sameDecisions: differences.length === 0,
    stats: { ...stats, situations: model.situations.length, letters: model.letters.length },
  };
}

/**
 * What a decision prescribes, as compared between versions: not titles,
 * texts or dates, and not the ladder's length (step 1 of 2 and step 1 of 3
 * prescribe the same thing now; the difference shows when it comes).
 */
function essence(d: Decision): string {
  return JSON.stringify([
    d.action,
    d.rule?.id,
    d.step?.n,
    d.script?.name,
    d.to,
    d.team,
    d.by,
    d.mode,
    d.approved_by,
    d.offered,
    d.duties.map((x) => [x.kind, x.target, x.script?.name, x.within_ms]),
    d.required.map((x) => [x.kind, x.target]),
    d.ended,
  ]);
}

/** A decision in words: `end_call (rule abuse, step 3 of 3)`. */
function summary(d: Decision): string {
  if (d.rule === undefined) return `\`${d.action}\``;
  const step = d.step === undefined ? '' : `, step ${d.step.n} of ${d.step.of}`;
  const offering = d.offered === undefined ? '' : ` offering ${d.offered.map((a) => `\`${a}\``).join(', ')}`;
  return `\`${d.action}\`${offering} (rule \`${d.rule.id}\`${step})`;
}

function sentence(situation: Situation, letter: Letter | undefined, depth: number, a: Decision, b: Decision): string {
  const who = describeSituation(situation);
  const what = letter === undefined ? 'at the start of the call' : `on ${letter.label} (step ${depth} of the call)`;
  if (essence({ ...a, duties: [], required: [] }) === essence({ ...b, duties: [], required: [] })) {
    const kinds = (d: Decision) => d.duties.map((x) => x.kind).join(', ') || 'none';
    return `${who}, ${what}: ${summary(b)} now owes ${kinds(b)} instead of ${kinds(a)}`;
  }
  return `${who}, ${what}: now ${summary(b)} instead of ${summary(a)}`;
}

/** `a caller with caller.vulnerable = true`, or `any caller`. */
function describeSituation(s: Situation): string {
  const set = [...s.fields].filter(([, v]) => v !== false && v !== 0 && v !== '').map(([name, v]) => (v === true ? name : `${name} = ${String(v)}`));
  if (s.start.call.channel !== undefined) set.push(`call.channel = ${s.start.call.channel}`);
  if (s.talkTimeMs > 0) set.push(`${s.talkTimeMs / 1000}s talk time already today`);
  return set.length === 0 ? 'For any caller' : `For a caller with ${set.join(', ')}`;
}

/** How one behaviour, said again and again, is handled: the actions in order until the call ends. */
function ladderOf(policy: CompiledPolicy, situation: Situation, letter: Letter): Decision[] {
  const session = policy.open(situation.start);
  const out: Decision[] = [];
  const event = letter.event;
  if (event === undefined) return out;
  for (let i = 0; i < 12 && !session.ended; i++) out.push(session.handle(event(iso(ORIGIN_MS))));
  return out;
}

/**
 * For each customer behaviour class said alone, in the plainest situation:
 * whether the first response changed, and whether the call now ends after
 * a different number of warnings or utterances.
 */
function headlines(policies: readonly CompiledPolicy[], plain: Situation | undefined, letters: readonly Letter[]): string[] {
  if (plain === undefined) return [];
  const out: string[] = [];
  for (const letter of letters) {
    if (letter.speaker !== 'customer' || letter.classes?.length !== 1 || letter.delayMs !== 0 || letter.label.includes('asking')) continue;
    const who = (letter.classes[0] ?? []).join('/');
    const [a, b] = policies.map((p) => ladderOf(p, plain, letter)) as [Decision[], Decision[]];
    const first = (ds: Decision[]) => ds[0]?.action ?? 'continue';
    if (first(a) !== first(b)) {
      if (first(b) === 'continue') out.push(`${who} no longer triggers \`${first(a)}\``);
      else if (first(a) === 'continue') out.push(`${who} now triggers \`${first(b)}\``);
      else out.push(`${who} now triggers \`${first(b)}\` instead of \`${first(a)}\``);
    }
    const end = (ds: Decision[]) => {
      const i = ds.findIndex((d) => d.ended);
      if (i < 0) return undefined;
      const warnings = ds.slice(0, i).filter((d) => d.matched.some((m) => m.action === 'warn')).length;
      return { action: ds[i]?.action ?? 'end_call', warnings, utterances: i + 1 };
    };
    const [ea, eb] = [end(a), end(b)];
    const warned = (n: number) => `${n} warning${n === 1 ? '' : 's'}`;
    if (ea === undefined && eb !== undefined) out.push(`callers showing ${who} now reach \`${eb.action}\` (after ${warned(eb.warnings)})`);
    else if (ea !== undefined && eb === undefined) out.push(`callers showing ${who} no longer reach \`${ea.action}\` (before: after ${warned(ea.warnings)})`);
    else if (ea !== undefined && eb !== undefined) {
      if (ea.warnings !== eb.warnings) out.push(`callers showing ${who} now reach \`${eb.action}\` after ${warned(eb.warnings)} instead of ${ea.warnings}`);
      else if (ea.utterances !== eb.utterances) out.push(`callers showing ${who} now reach \`${eb.action}\` on utterance ${eb.utterances} instead of ${ea.utterances}`);
      else if (ea.action !== eb.action) out.push(`callers showing ${who} now get \`${eb.action}\` instead of \`${ea.action}\``);
    }
  }
  return out;
}

/** Header fields, declared behaviours, thresholds, groups, scripts and rule titles that differ. */
export function metadataChanges(a: CheckedPolicy, b: CheckedPolicy): MetadataChange[] {
  const out: MetadataChange[] = [];
  const compare = (what: string, x: unknown, y: unknown) => {
    const [sx, sy] = [text(x), text(y)];
    if (sx !== sy) out.push({ what, old: sx, new: sy });
  };
  compare('name', a.name, b.name);
  compare('version', a.version, b.version);
  compare('owner', a.owner, b.owner);
  compare('effective', a.effective, b.effective);
  compare('stance', a.stance, b.stance);
  compare('description', a.description, b.description);
  compare('threshold', a.defaultThreshold, b.defaultThreshold);
  const declared = (p: CheckedPolicy) => Object.fromEntries((p.behaviours ?? []).map((d) => [d.name, d.description]));
  const [da, db] = [declared(a), declared(b)];
  for (const key of union(da, db)) compare(`behaviour ${key}`, da[key], db[key]);
  for (const key of union(a.thresholds, b.thresholds)) compare(`threshold ${key}`, a.thresholds[key as keyof typeof a.thresholds], b.thresholds[key as keyof typeof b.thresholds]);
  compare('zero_tolerance', a.zeroTolerance.join(', ') || undefined, b.zeroTolerance.join(', ') || undefined);
  for (const key of union(a.groups, b.groups)) compare(`group ${key}`, a.groups[key]?.join(' or '), b.groups[key]?.join(' or '));
  for (const key of union(a.scripts, b.scripts)) compare(`script ${key}`, a.scripts[key], b.scripts[key]);
  const titles = (p: CheckedPolicy) => Object.fromEntries(p.rules.map((r) => [r.id, r.title]));
  const [ta, tb] = [titles(a), titles(b)];
  for (const key of union(ta, tb)) compare(`rule ${key}`, ta[key], tb[key]);
  return out;
}

function text(x: unknown): string | undefined {
  return x === undefined ? undefined : String(x);
}

function union(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
