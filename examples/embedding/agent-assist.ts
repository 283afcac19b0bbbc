import { readFileSync } from 'node:fs';
import { checkText, formatDiagnostic } from '@callguard/dsl';
import { compile, explain } from '@callguard/engine';

// Once, at start-up: check and compile the policy.
const file = new URL('../policies/warn-then-end.policy', import.meta.url);
const { policy, diagnostics } = checkText(readFileSync(file, 'utf8'), 'warn-then-end.policy');
if (!policy) throw new Error(diagnostics.map(formatDiagnostic).join('\n'));
const engine = compile(policy);

// Per call: open a session, then ask "what now?" after every event.
const call = engine.open({ type: 'call_started', at: '2026-12-01T09:00:00Z', call: { id: 'call-42' } });
export const decision = call.handle({
  type: 'utterance',
  at: '2026-12-01T09:00:31Z',
  speaker: 'customer',
  signals: { profanity: 0.92 },
});
console.log(decision.action, '-', explain(decision));
