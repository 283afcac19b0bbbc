import type { Action, BehaviourName, Decision, Duty, DutyKind, EventType, Match, PolicyRef, StepRef } from '@callguard/contract';

/**
 * What a sink is told about one owed duty: what happened on the call and
 * which policy decided it. Built from the decision alone, so it holds no
 * customer text (decisions carry none); script names, not their words.
 */
export interface DeliveryRecord {
  /** The record format's version. */
  readonly v: 1;
  /** The idempotency key: the same for every attempt and every replay. */
  readonly key: string;
  readonly duty: {
    readonly kind: DutyKind;
    readonly rule: string;
    readonly target?: string;
    readonly owner?: string;
    readonly subject?: 'agent';
    readonly script?: string;
    /** ISO-8601 UTC. */
    readonly due?: string;
  };
  readonly call: {
    readonly id: string;
    readonly caller_id?: string;
    /** ISO-8601 UTC. */
    readonly started_at: string;
  };
  /** The event whose decision first owed the duty. */
  readonly event: { readonly seq: number; readonly at: string; readonly type: EventType };
  /** What was decided on that event. */
  readonly decision: {
    readonly action: Action;
    /** The rule the action follows, and its step: `warn` at step 2 of 3 is the second warning. */
    readonly rule?: string;
    readonly rule_title?: string;
    readonly step?: StepRef;
    /** Behaviours the decision recorded against the caller (the `record_*` duties' categories). */
    readonly behaviours: readonly BehaviourName[];
    /** Every rule that fired, with its reason in words. */
    readonly matched: readonly Match[];
  };
  readonly policy: PolicyRef;
}

/** Which call a decision belongs to, as the store knows it. */
export interface RecordContext {
  readonly callId: string;
  readonly callerId?: string | undefined;
  readonly startedAt: string;
}

/** The record of `duty`, owed by `decision`, under `key`. Pure. */
export function deliveryRecord(decision: Decision, duty: Duty, context: RecordContext, key: string): DeliveryRecord {
  const behaviours = [...new Set([...decision.duties, ...decision.required].flatMap((d) => (d.category === undefined ? [] : [d.category])))];
  return {
    v: 1,
    key,
    duty: {
      kind: duty.kind,
      rule: duty.rule,
      ...(duty.target !== undefined && { target: duty.target }),
      ...(duty.owner !== undefined && { owner: duty.owner }),
      ...(duty.subject !== undefined && { subject: duty.subject }),
      ...(duty.script !== undefined && { script: duty.script.name }),
      ...(duty.due !== undefined && { due: new Date(duty.due).toISOString() }),
    },
    call: {
      id: context.callId,
      ...(context.callerId !== undefined && { caller_id: context.callerId }),
      started_at: new Date(context.startedAt).toISOString(),
    },
    event: { seq: decision.event.seq, at: new Date(decision.event.at).toISOString(), type: decision.event.type },
    decision: {
      action: decision.action,
      ...(decision.rule !== undefined && { rule: decision.rule.id, rule_title: decision.rule.title }),
      ...(decision.step !== undefined && { step: decision.step }),
      behaviours,
      matched: decision.matched,
    },
    policy: decision.policy,
  };
}
