import { describe, expect, it } from 'vitest';
import type { Decision } from '@callguard/engine';
import { decisionTwiml } from './twiml.js';

const settings = { agentQueue: 'support', supervisorQueue: 'supervisors', recordings: {} };

/** An `end_call` decision saying `script`. */
function ending(script: Decision['script']): Decision {
  return {
    v: 1,
    action: 'end_call',
    rule: { id: 'threat', title: 'Threats' },
    step: { n: 1, of: 1 },
    ...(script === undefined ? {} : { script }),
    allowed: ['continue', 'remind', 'deescalate', 'escalate', 'end_call'],
    required: [],
    duties: [],
    matched: [{ rule: 'threat', action: 'end_call', step: { n: 1, of: 1 }, why: 'customer threat' }],
    ended: true,
    policy: { name: 'p', version: '1.0.0', hash: 'a'.repeat(64) },
    event: { seq: 1, at: '2026-12-01T09:00:05.000Z', type: 'utterance', channel: 'phone' },
  };
}

describe('decisionTwiml', () => {
  it('speaks a script filled for the call, never its placeholders', () => {
    const twiml = decisionTwiml(ending({ name: 'close', text: 'Call us on {callback_number}.', filled: 'Call us on 0800 123 456.' }), settings);
    expect(twiml).toContain('<Say>Call us on 0800 123 456.</Say><Hangup/>');
  });

  it('speaks a script without placeholders as written', () => {
    expect(decisionTwiml(ending({ name: 'close', text: 'Goodbye.' }), settings)).toContain('<Say>Goodbye.</Say><Hangup/>');
  });
});
