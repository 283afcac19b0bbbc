import { DEFAULT_TRANSCRIPT_START } from '@callguard/adapters';
import { Source, formatDiagnostic, printable, wholeFileDiagnostic } from '@callguard/dsl';
import { belowThreshold, explain } from '@callguard/engine';
import type { Command } from 'commander';
import { callFromSource, readCallFile, rejectionDiagnostic, type CallFile } from '../call-file.js';
import type { NumberedEvent } from '../events-file.js';
import { EXIT, paint, type Io } from '../io.js';
import { replayCall } from '../replay-call.js';
import { compilePolicyFile } from './replay.js';

/** Options of `callguard eval`. */
export interface EvalCommandOptions {
  /** Events given with `--event`, each one JSON event. */
  readonly events: readonly string[];
  /** Print each decision as the contract's decision JSON, one a line. */
  readonly json: boolean;
}

/** The call id of the `call_started` eval opens when the events given start later in a call. */
export const EVAL_CALL_ID = 'eval';

/**
 * Decides one event or a short sequence against a policy and prints each
 * decision with its explanation, as `opa eval` or `cedar authorize` answer
 * one query. The events come from `input` (a file, JSON text, or `-` for
 * standard input: JSON Lines, a JSON array, one JSON event, or a transcript)
 * and from `--event`. When they do not start with a `call_started`, the call
 * opens at the first event's time with no caller details, and that opening
 * is not printed.
 */
export function evalCommand(policyFile: string, input: string | undefined, options: EvalCommandOptions, io: Io): number {
  const policy = compilePolicyFile(policyFile, io);
  if (!policy) return EXIT.failure;
  const calls: CallFile[] = [];
  if (input !== undefined) calls.push(/^\s*[[{]/.test(input) ? callFromSource(new Source(input, '<argument>')) : readCallFile(input, io));
  options.events.forEach((text, i) => calls.push(callFromSource(new Source(text, `<--event ${i + 1}>`))));
  const problems = calls.flatMap((call) => call.diagnostics);
  if (calls.length === 0) {
    io.err(`${formatDiagnostic(wholeFileDiagnostic('usage/missing-argument', 'no events to decide', '', "give them as --event '<json>', a file, JSON text, or - for standard input"))}\n`);
    return EXIT.usage;
  }
  if (problems.length > 0) {
    for (const d of problems) io.err(`${formatDiagnostic(d)}\n\n`);
    return EXIT.usage;
  }
  const given = calls.flatMap((call) => call.events.map((e) => ({ ...e, source: call.source })));
  const first = given[0]?.event as { type?: unknown; at?: unknown } | undefined;
  const opened = first?.type === 'call_started';
  const opening: (NumberedEvent & { source?: Source })[] = opened ? [] : [{ line: 0, event: { type: 'call_started', at: typeof first?.at === 'string' ? first.at : DEFAULT_TRANSCRIPT_START, call: { id: EVAL_CALL_ID } } }];
  const events = [...opening, ...given];
  const result = replayCall(policy, events);
  let code: number = EXIT.ok;
  for (const r of result.rejections) {
    const source = events[r.index]?.source ?? new Source('', '<call_started>');
    io.err(`${formatDiagnostic(rejectionDiagnostic(source, r.line, r.error))}\n\n`);
    code = EXIT.usage;
  }
  const shown = opened ? result.steps : result.steps.slice(1);
  if (options.json) {
    for (const s of shown) io.out(`${JSON.stringify(s.decision)}\n`);
    return code;
  }
  const c = paint(io);
  io.out(`${c.bold(printable(`${policy.name} ${policy.version}`))} ${c.dim(`(policy hash ${policy.hash.slice(0, 12)})`)}\n`);
  if (!opened) io.out(c.dim(`no call_started given: the call opens at ${events[0] ? String((events[0].event as { at: string }).at) : ''} with no caller details\n`));
  for (const s of shown) {
    const below = belowThreshold(policy, s.event.type === 'utterance' ? s.event.signals : undefined);
    io.out(`\n${c.cyan(`event ${s.decision.event.seq}`)} ${s.event.type} at ${s.decision.event.at}\n`);
    if (s.event.type === 'utterance' && s.event.text !== undefined) io.out(`${s.event.speaker}: ${JSON.stringify(printable(s.event.text))}\n`);
    // The explanation quotes the policy's scripts: printable, in case one hides an escape sequence.
    io.out(`${printable(explain(s.decision, below))}\n`);
  }
  return code;
}

/** Adds `callguard eval` to the program. */
export function registerEval(program: Command, io: Io, result: { code: number }): void {
  program
    .command('eval')
    .description('decide one event or a short sequence (JSON, on the command line or standard input) and explain each decision')
    .argument('<policy>', 'policy file')
    .argument('[events]', 'the events: a file, JSON text (one event, an array, or JSON Lines), or - for standard input')
    .option('--event <json>', 'an event as JSON; repeat for a sequence', (value: string, previous: string[]) => [...previous, value], [])
    .option('--json', "print each decision as the contract's decision JSON, one a line")
    .addHelpText(
      'after',
      `\nExamples:\n  $ echo '{"type":"utterance","at":"2026-12-01T09:00:05Z","speaker":"customer","text":"you useless idiot"}' | callguard eval examples/policies/warn-then-end.policy -\n  $ callguard eval my.policy --event '{"type":"utterance","at":"2026-12-01T09:00:05Z","speaker":"customer","signals":{"profanity":0.9}}'\n  $ callguard eval my.policy examples/calls/threat.jsonl --json`,
    )
    .action((policy: string, events: string | undefined, opts: { event: string[]; json?: boolean }) => {
      result.code = evalCommand(policy, events, { events: opts.event, json: Boolean(opts.json) }, io);
    });
}
