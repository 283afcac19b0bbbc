/**
 * Properties a policy must hold on every call, in words a reviewer writes:
 *
 *     never end_call unless warned at least 2 times
 *     never end_call unless escalated
 *     never end_call in the first 60s
 *     never end_call when caller.vulnerable
 *     block_caller always approved by supervisor
 *     end_call always owes document
 *
 * `parseProperty` reads one; `PropertyMonitor` follows one along a call,
 * decision by decision. Only what the policy prescribes is held to a
 * property: decisions that name a rule, on events other than an agent's
 * action (what an agent did by hand is recorded, not prescribed; it still
 * moves ladders, and a warning given by hand counts as given). "Warned" and "escalated" are said of ladders, as the
 * stances say them: a rule took a `warn` (or `escalate`) step on the event,
 * whether or not it won the decision (it is in `matched`). An agent's
 * confirmation of a step already taken is not a second warning, and owes
 * nothing again.
 */
import { ACTIONS, DUTIES, FIELDS, KEYED_FIELDS, durationMs } from '@callguard/dsl';
import type { Action, CheckedFieldCondition, DutyKind, FieldType } from '@callguard/dsl';
import type { Decision } from '@callguard/contract';
import { compare } from './conditions.js';

/** A property, as parsed. */
export type Property =
  | {
      readonly kind: 'never';
      readonly text: string;
      readonly action: Action;
      /** `unless warned at least N times`: N; `unless escalated`: 'escalated'. */
      readonly unless: number | 'escalated' | undefined;
      /** `in the first <duration>`. */
      readonly firstMs: number | undefined;
      /** `when a and b`: every comparison must hold. */
      readonly when: readonly CheckedFieldCondition[];
      /** Steps written `immediately` are exempt (the stance's own rule). */
      readonly exemptImmediate: boolean;
    }
  | { readonly kind: 'approved'; readonly text: string; readonly action: Action; readonly role: string }
  | { readonly kind: 'owes'; readonly text: string; readonly action: Action; readonly duty: DutyKind };

/** A property that does not read, with what was expected where. */
export class PropertySyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Reads one property; throws `PropertySyntaxError` saying what was expected. */
export function parseProperty(text: string): Property {
  const reader = new Reader(text);
  if (reader.accept('never')) {
    const action = reader.action();
    let unless: number | 'escalated' | undefined;
    let firstMs: number | undefined;
    const when: CheckedFieldCondition[] = [];
    if (reader.accept('unless')) {
      if (reader.accept('escalated')) unless = 'escalated';
      else {
        reader.expect('warned');
        unless = reader.times();
      }
    }
    if (reader.accept('in')) {
      reader.expect('the');
      reader.expect('first');
      firstMs = reader.duration();
    }
    if (reader.accept('when')) {
      do when.push(reader.comparison());
      while (reader.accept('and'));
    }
    reader.end();
    return { kind: 'never', text: text.trim(), action, unless, firstMs, when, exemptImmediate: false };
  }
  const action = reader.action();
  reader.expect('always');
  if (reader.accept('approved')) {
    reader.expect('by');
    reader.accept('a') || reader.accept('an');
    const role = reader.word('a role');
    reader.end();
    return { kind: 'approved', text: text.trim(), action, role };
  }
  reader.expect('owes', 'approved or owes');
  const at = reader.offset;
  const duty = reader.word('a duty');
  if (!(DUTIES as readonly string[]).includes(duty)) throw new PropertySyntaxError(`\`${duty}\` is not a duty; expected one of ${DUTIES.join(', ')}`, at);
  reader.end();
  return { kind: 'owes', text: text.trim(), action, duty: duty as DutyKind };
}

class Reader {
  private readonly tokens: { text: string; offset: number }[] = [];
  private i = 0;

  constructor(private readonly source: string) {
    for (const m of source.matchAll(/[A-Za-z_][\w.]*|\d+(?:\.\d+)?(?:\s*[smhdw]\b)?|"[^"]*"|!=|<=|>=|[=<>]/g)) {
      this.tokens.push({ text: m[0], offset: m.index });
    }
  }

  private get here(): string | undefined {
    return this.tokens[this.i]?.text;
  }

  /** Where the next token starts. */
  get offset(): number {
    return this.tokens[this.i]?.offset ?? this.source.length;
  }

  error(message: string): PropertySyntaxError {
    return new PropertySyntaxError(message, this.tokens[this.i]?.offset ?? this.source.length);
  }

  accept(word: string): boolean {
    if (this.here !== word) return false;
    this.i++;
    return true;
  }

  expect(word: string, what = `\`${word}\``): void {
    if (!this.accept(word)) throw this.error(`expected ${what}${this.found()}`);
  }

  private found(): string {
    return this.here === undefined ? ' at the end' : `, found \`${this.here}\``;
  }

  word(what: string): string {
    const w = this.here;
    if (w === undefined || !/^[A-Za-z_]/.test(w)) throw this.error(`expected ${what}${this.found()}`);
    this.i++;
    return w;
  }

  action(): Action {
    const w = this.word('an action (end_call, block_caller, warn, ...)');
    if (!(ACTIONS as readonly string[]).includes(w)) {
      this.i--;
      throw this.error(`\`${w}\` is not an action; expected one of ${ACTIONS.join(', ')}`);
    }
    return w as Action;
  }

  /** `once`, `twice`, `at least N times`; nothing means once. */
  times(): number {
    if (this.accept('once')) return 1;
    if (this.accept('twice')) return 2;
    if (!this.accept('at')) return 1;
    this.expect('least');
    if (this.accept('once')) return 1;
    if (this.accept('twice')) return 2;
    const n = this.number();
    if (!Number.isInteger(n) || n < 1) throw this.error('expected a whole number from 1');
    if (!this.accept('times')) this.expect('time', '`times`');
    return n;
  }

  number(): number {
    const w = this.here;
    if (w === undefined || !/^\d+(\.\d+)?$/.test(w)) throw this.error(`expected a number${this.found()}`);
    this.i++;
    return Number(w);
  }

  duration(): number {
    const w = this.here?.replace(/\s+/g, '');
    const ms = w === undefined ? undefined : durationMs(w);
    if (ms === undefined) throw this.error(`expected a duration such as 60s, 10m or 24h${this.found()}`);
    this.i++;
    return ms;
  }

  /** `caller.vulnerable`, `not caller.vulnerable`, `caller.warnings >= 2`, `call.queue = "billing"`. */
  comparison(): CheckedFieldCondition {
    const negated = this.accept('not');
    const at = this.i;
    const name = this.word('a field such as caller.vulnerable');
    const [root = '', member = '', key, ...rest] = name.split('.');
    const type: FieldType | undefined =
      key === undefined ? FIELDS[root]?.[member] : rest.length === 0 ? KEYED_FIELDS[root]?.[member]?.type : undefined;
    if (type === undefined) {
      this.i = at;
      throw this.error(`\`${name}\` is not a field; write one such as caller.vulnerable, caller.warnings or call.duration`);
    }
    const base = { kind: 'field' as const, root, member, key, type };
    if (negated || !['=', '!=', '<', '<=', '>', '>='].includes(this.here ?? '')) {
      if (type !== 'boolean') throw this.error(`\`${name}\` is not true or false; compare it, e.g. \`${name} >= 1\``);
      return { ...base, op: negated ? '!=' : '=', value: true };
    }
    const op = this.here as CheckedFieldCondition['op'];
    this.i++;
    const raw = this.here ?? '';
    let value: number | boolean | string;
    if (type === 'duration') value = this.duration();
    else if (type === 'number') value = this.number();
    else if (type === 'boolean' && (raw === 'true' || raw === 'false')) value = this.word('true or false') === 'true';
    else if (type === 'text' && /^("[^"]*"|[A-Za-z_]\w*)$/.test(raw)) value = this.word('a value').replace(/^"|"$/g, '');
    else throw this.error(`expected a ${type} value for \`${name}\`${this.found()}`);
    return { ...base, op, value };
  }

  end(): void {
    if (this.here !== undefined) throw this.error(`unexpected \`${this.here}\` after the property`);
  }
}

/** What a property needs to know about the call at a decision. */
export interface DecisionContext {
  readonly decision: Decision;
  /** The event was an agent's action. */
  readonly byAgent: boolean;
  /** The event was an agent's confirmation of a step already taken (no ladder moved). */
  readonly confirmation: boolean;
  /** Time since the start of the call. */
  readonly elapsedMs: number;
  /** A field's value at this decision. */
  readonly field: (f: CheckedFieldCondition) => number | boolean | string;
  /** Whether the winning step was written `immediately`. */
  readonly immediate: boolean;
}

/**
 * Follows one property along a call. Its state is a small number: warnings
 * given so far (capped at what the property needs) or whether the call was
 * escalated.
 */
export class PropertyMonitor {
  constructor(readonly property: Property) {}

  /** The state before anything happened. */
  get initial(): number {
    return 0;
  }

  /** Whether the decision breaks the property, given the state before it. */
  violates(state: number, c: DecisionContext): boolean {
    const p = this.property;
    const d = c.decision;
    if (c.byAgent || d.rule === undefined || d.action !== p.action) return false;
    switch (p.kind) {
      case 'never':
        if (p.exemptImmediate && c.immediate) return false;
        if (p.firstMs !== undefined && c.elapsedMs >= p.firstMs) return false;
        if (!p.when.every((f) => compare(f, c.field(f)))) return false;
        if (p.unless === 'escalated') return state === 0;
        return p.unless === undefined || state < p.unless;
      case 'approved':
        return !(d.approved_by ?? []).includes(p.role);
      case 'owes':
        return !d.duties.some((duty) => duty.kind === p.duty);
    }
  }

  /** The state after the decision. */
  next(state: number, c: DecisionContext): number {
    const p = this.property;
    if (p.kind !== 'never' || p.unless === undefined || c.confirmation) return state;
    const took = (action: string) => c.decision.matched.some((m) => m.action === action);
    if (p.unless === 'escalated') return took('escalate') ? 1 : state;
    return took('warn') ? Math.min(state + 1, p.unless) : state;
  }
}

/** The field names a property reads, so the situations cover them. */
export function propertyFields(p: Property): readonly CheckedFieldCondition[] {
  return p.kind === 'never' ? p.when : [];
}

/** The durations a property compares, so the time model meets them. */
export function propertyTimes(p: Property): readonly number[] {
  const times = p.kind === 'never' && p.firstMs !== undefined ? [p.firstMs] : [];
  return [...times, ...propertyFields(p).filter((f) => f.type === 'duration').map((f) => f.value as number)];
}
