import { describe, expect, it } from 'vitest';
import { belowThreshold } from './below-threshold.js';
import { explain } from './explain.js';
import { compile } from './policy.js';
import { event, open, say, started } from '../test/calls.js';
import { acmeStandard, policy, rule, step, when } from '../test/policies.js';

describe('explain', () => {
  it('says what to do, why, and what is owed', () => {
    const s = open(acmeStandard, {}, { incidents_30d: 3 });
    expect(explain(s.handle(say('0:05', { harassment: 0.9 })))).toBe(
      'Block the caller for 90d, with the approval of the supervisor (step 1 of 1 of rule `repeat_harasser`: Repeated harassment over weeks). ' +
        'Because: customer harassment 0.90 ≥ 0.70 and caller.incidents_30d 3 ≥ 3. ' +
        'Duties: document the incident; notify the supervisor. The call is over. ' +
        'Policy acme-standard 3.2.0, event 1 (utterance at 2026-12-01 09:00 UTC).',
    );
  });

  it('says when nothing applies, when the agent acted on their own, and when the call ended', () => {
    const s = open(acmeStandard);
    expect(explain(s.handle(say('0:01')))).toMatch(/^Continue the call: no rule applies\. /);
    expect(explain(s.handle(event('agent_action', '0:02', { action: 'escalate' })))).toMatch(
      /^The agent chose to escalate the call; no rule of the policy prescribes it\. /,
    );
    expect(explain(s.handle(event('call_ended', '0:03')))).toMatch(/^The call has ended\. Policy/);
  });

  it('says the system plays a recorded message or an announcement, and the bot says its close', () => {
    const ending = (mode: 'recorded_message' | 'bot_close' | undefined, action: 'end_call' | 'announce' = 'end_call') =>
      explain(
        compile(policy([rule('r', { condition: when('threat'), ladder: [step(action, { script: 'final_notice', ...(mode === undefined ? {} : { mode }) })] })])).open(started()).handle(say('0:05', { threat: 0.9 })),
      );
    expect(ending('recorded_message')).toContain(' The system plays: "');
    expect(ending(undefined, 'announce')).toMatch(/^Play the message .* The system plays: "/);
    expect(ending('bot_close')).toContain(' The bot says: "');
    expect(ending(undefined)).toContain(' Say: "');
    expect(ending('recorded_message')).not.toContain('Say:');
  });

  it('lists every rule that fired when several did', () => {
    const s = open(acmeStandard, {}, { incidents_30d: 3 });
    expect(explain(s.handle(say('0:05', { harassment: 0.9, threat: 0.9 })))).toContain(
      'Because: `abuse` (warn, step 1 of 4): customer abusive: threat 0.90 ≥ 0.80; `repeat_harasser` (block_caller, step 1 of 1): ',
    );
  });

  it('names the signals that fell under the policy\'s thresholds, strongest first', () => {
    const policy = compile(acmeStandard);
    const signals = { profanity: 0.6, threat: 0.75, rudeness: 0.9, aggression: 0 };
    const below = belowThreshold(policy, signals);
    expect(below).toEqual([
      { behaviour: 'threat', confidence: 0.75, threshold: 0.8 },
      { behaviour: 'profanity', confidence: 0.6, threshold: 0.7 },
    ]);
    const decision = policy.open(started()).handle(say('0:05', signals));
    expect(explain(decision, below)).toContain('Under the threshold: threat 0.75 < 0.80, profanity 0.60 < 0.70. ');
    expect(explain(decision)).not.toContain('Under the threshold');
  });
});
