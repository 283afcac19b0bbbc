/**
 * `calls/sample.jsonl`: a call that turns rude, then abusive once, and
 * calms down after the agent's warning. Every stance's template acts on it
 * and none ends it, so `callguard replay` shows a whole call.
 */
const events = [
  { type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'sample-1', queue: 'support' }, caller: { incidents_30d: 0 } },
  { type: 'utterance', at: '2026-12-01T09:00:04Z', speaker: 'agent', text: 'Thanks for calling, this is Sam. How can I help?', signals: {} },
  { type: 'utterance', at: '2026-12-01T09:00:12Z', speaker: 'customer', text: 'My internet has been down for three days.', signals: {} },
  { type: 'utterance', at: '2026-12-01T09:00:30Z', speaker: 'customer', text: 'Are you even listening to me?', signals: { rudeness: 0.8, aggression: 0.75 } },
  { type: 'utterance', at: '2026-12-01T09:00:41Z', speaker: 'agent', text: "I'm sorry, let me check the line now.", signals: {} },
  { type: 'utterance', at: '2026-12-01T09:01:05Z', speaker: 'customer', text: 'This is a f***ing joke.', signals: { profanity: 0.91 } },
  { type: 'utterance', at: '2026-12-01T09:01:12Z', speaker: 'agent', text: "I want to help, and I can't while this language goes on.", signals: {} },
  { type: 'utterance', at: '2026-12-01T09:01:25Z', speaker: 'customer', text: "Okay. Sorry. It's been a long week.", signals: {} },
  { type: 'call_ended', at: '2026-12-01T09:02:10Z', by: 'customer' },
];

/** The sample call, one JSON event a line. */
export const SAMPLE_CALL = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
