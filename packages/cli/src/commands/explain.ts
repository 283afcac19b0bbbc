import type { ExplainedDecision } from '@callguard/contract';
import { formatDiagnostic, printable, wholeFileDiagnostic } from '@callguard/dsl';
import { belowThreshold, compile, explain } from '@callguard/engine';
import { readCallFile } from '../call-file.js';
import { EXIT, type Io } from '../io.js';
import { replayCall } from '../replay-call.js';
import { loadPolicyOrReport } from '../load-policy.js';

/** Options of `callguard explain`. */
export interface ExplainCommandOptions {
  /** The event's number: 0 is `call_started`, 1 the first event after it. */
  readonly at: number;
  readonly json: boolean;
}

/**
 * Replays a call up to event N and explains its decision in plain words,
 * then the checker's warnings the policy acknowledged and why: a reviewer
 * weighing the decision sees what its authors chose to accept.
 */
export function explainCommand(policyFile: string, callFile: string, options: ExplainCommandOptions, io: Io): number {
  const checked = loadPolicyOrReport(policyFile, io);
  if (!checked) return EXIT.failure;
  const policy = compile(checked);
  const acknowledged = checked.acknowledgements ?? [];
  const call = readCallFile(callFile, io);
  if (call.diagnostics.length > 0) {
    for (const d of call.diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
    return EXIT.usage;
  }
  const result = replayCall(policy, call.events);
  const step = result.steps.find((s) => s.decision.event.seq === options.at);
  if (!step) {
    const message = `no event ${options.at}; the call's accepted events are numbered 0 to ${result.steps.length - 1}`;
    io.err(`${formatDiagnostic(wholeFileDiagnostic('usage/no-such-event', message, call.source.name))}\n`);
    return EXIT.usage;
  }
  const below = belowThreshold(policy, step.event.type === 'utterance' ? step.event.signals : undefined);
  const explanation = explain(step.decision, below);
  if (options.json) {
    const explained: ExplainedDecision = { v: 1, line: step.line, event: step.event, decision: step.decision, explanation, ...(acknowledged.length > 0 && { acknowledged }) };
    io.out(`${JSON.stringify(explained, null, 2)}\n`);
  } else {
    io.out(`Event ${options.at} (${call.source.name}:${step.line}), ${step.event.type} at ${step.decision.event.at}\n\n`);
    // The explanation quotes the policy's scripts: printable, in case one hides an escape sequence.
    io.out(`${printable(explanation)}\n`);
    if (acknowledged.length > 0) {
      const lines = acknowledged.map((a) => `  ${a.code}: ${JSON.stringify(a.reason)}`);
      io.out(printable(`\nThe policy acknowledges these warnings of the checker:\n${lines.join('\n')}\n`));
    }
  }
  return EXIT.ok;
}
