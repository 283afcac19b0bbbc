/**
 * A policy test file once loaded and validated: the shapes the runner works
 * from. Shorthand stays shorthand here (`customer: {profanity: 0.9}`); the
 * runner turns it into engine events.
 */
import type { Action, Behaviour, CallbackTarget, EndMode, Source, Span } from '@callguard/dsl';

/** A path into the YAML document, as ajv and `yaml` both spell it. */
export type YamlPath = readonly (string | number)[];

/** What happens at one moment of a test call. */
export type Happening =
  | {
      readonly kind: 'utterance';
      readonly speaker: 'customer' | 'agent';
      /** By behaviour name: built-in, or declared by the tested policy. */
      readonly signals: Readonly<Record<string, number>>;
      readonly text: string | undefined;
      readonly request: string | undefined;
    }
  | { readonly kind: 'silence'; readonly seconds: number }
  | { readonly kind: 'line'; readonly event: 'poor_line' | 'line_dropped' | 'call_ended' | 'tick' }
  | { readonly kind: 'agent_action'; readonly action: Action; readonly rule: string | undefined; readonly script: string | undefined };

/** A callback's calling hours as a test writes them, `HH:MM` each. */
export interface ClockWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * The fields an `expect` checks; absent ones are not checked. `rule`,
 * `script`, `to`, `by`, `mode`, `team`, `callbackTo`, `window`, `dailyCap`
 * and `step` may be `none`; `step` is `n` or `"n of m"`; `approvedBy` is
 * compared in any order, `[]` meaning none.
 */
export interface DecisionChecks {
  readonly action?: Action;
  readonly rule?: string;
  readonly step?: number | string;
  readonly script?: string;
  readonly to?: string;
  readonly by?: string;
  readonly mode?: EndMode | 'none';
  readonly team?: string;
  readonly approvedBy?: readonly string[];
  readonly callbackTo?: CallbackTarget | 'none';
  readonly window?: ClockWindow | 'none';
  readonly dailyCap?: number | 'none';
  readonly duties?: readonly string[];
  readonly required?: readonly string[];
  readonly allowed?: readonly Action[];
  readonly fired?: readonly string[];
  readonly ended?: boolean;
}

/** What an event should lead to: a decision with these fields, or a rejection. */
export type Expectation = { readonly rejected: true } | { readonly rejected: false; readonly checks: DecisionChecks };

/** One event of a case. */
export interface TestEvent {
  /** Position among the case's events, from 0. */
  readonly index: number;
  readonly line: number;
  /** `at` as written: `+40s` or an ISO time (`resolveTime` reads it). */
  readonly at: string;
  readonly happening: Happening;
  readonly expect: Expectation | undefined;
}

/** One case: a call from its start to its last event. */
export interface TestCase {
  /** Position among the file's cases, from 0. */
  readonly index: number;
  readonly name: string;
  readonly line: number;
  /** The `call_started` time, as written or the default. */
  readonly start: string;
  /** The `call` and `caller` of the `call_started` event, times already resolved. */
  readonly call: Readonly<Record<string, unknown>>;
  readonly caller: Readonly<Record<string, unknown>> | undefined;
  /** What the set-up decision (from `on call_started` rules) should be. */
  readonly opening: Expectation | undefined;
  readonly events: readonly TestEvent[];
}

/** A test file, validated, with the policy it names resolved to a path. */
export interface TestFile {
  /** The file as shown to the user (relative to the working directory). */
  readonly file: string;
  /** The file's text, which diagnostics point into. */
  readonly source: Source;
  /** The policy file as shown to the user. */
  readonly policy: string;
  readonly policyPath: string;
  readonly cases: readonly TestCase[];
  /** Where a part of the file was written, for mistakes found against the policy. */
  readonly locate: (path: YamlPath) => Span;
}
