/**
 * Contact Lens real-time rules, delivered by EventBridge as `Contact Lens
 * Realtime Rules Matched` events. They name the rule that matched and the
 * contact, not the words; the configuration says which behaviour each rule
 * means.
 */
import type { Speaker } from '@callguard/dsl';
import type { UtteranceEvent } from '@callguard/engine';
import { PayloadError } from '../payload-error.js';
import { instanceIdOf } from './contact-flow.js';

/** A rule match, read. */
export interface RuleMatch {
  readonly ruleName: string;
  readonly contactId: string;
  readonly instanceId: string;
  /** The event's `time`, `toISOString()` form. */
  readonly at: string;
}

/**
 * What a rule means: the behaviour (built-in, or one the policy declares),
 * its confidence (1 by default) and who showed it (the customer by default).
 */
export interface RuleMeaning {
  readonly behaviour: string;
  readonly confidence?: number | undefined;
  readonly speaker?: Speaker | undefined;
}

/** The `detail-type` of the events this reads. */
export const RULES_MATCHED = 'Contact Lens Realtime Rules Matched';

/** Reads an EventBridge event; throws {@link PayloadError} unless it is a real-time rules match from `aws.connect`. */
export function readRulesMatched(event: unknown): RuleMatch {
  const record = typeof event === 'object' && event !== null ? (event as Record<string, unknown>) : {};
  if (record['source'] !== 'aws.connect' || record['detail-type'] !== RULES_MATCHED) {
    throw new PayloadError('bad-connect-event', 'detail-type', `expected an aws.connect \`${RULES_MATCHED}\` event`);
  }
  const time = record['time'];
  if (typeof time !== 'string' || Number.isNaN(Date.parse(time))) throw new PayloadError('bad-connect-event', 'time', 'the event has no time');
  const detail = (typeof record['detail'] === 'object' && record['detail'] !== null ? record['detail'] : {}) as Record<string, unknown>;
  const ruleName = detail['ruleName'];
  const contactArn = detail['contactArn'];
  if (typeof ruleName !== 'string' || ruleName === '') throw new PayloadError('bad-connect-event', 'detail.ruleName', 'the event has no detail.ruleName');
  if (typeof contactArn !== 'string') throw new PayloadError('bad-connect-event', 'detail.contactArn', 'the event has no detail.contactArn');
  const contact = /\/contact\/([^/]+)$/.exec(contactArn);
  if (contact === null) throw new PayloadError('bad-connect-event', 'detail.contactArn', `\`${contactArn}\` is not a contact ARN`);
  return { ruleName, contactId: contact[1] ?? '', instanceId: instanceIdOf(contactArn, 'detail.contactArn'), at: new Date(Date.parse(time)).toISOString() };
}

/** The utterance a matched rule stands for, or undefined when the configuration does not map the rule. */
export function utteranceFromRule(match: RuleMatch, rules: Readonly<Record<string, RuleMeaning>>): UtteranceEvent | undefined {
  const meaning = rules[match.ruleName];
  if (meaning === undefined) return undefined;
  return { type: 'utterance', at: match.at, speaker: meaning.speaker ?? 'customer', signals: { [meaning.behaviour]: meaning.confidence ?? 1 } };
}
