import { LogError, type LogWriter } from '@callguard/adapters/log';
import type { Store } from '@callguard/adapters/store';
import { formatDiagnostic, printable } from '@callguard/dsl';
import { compile, type CompiledPolicy } from '@callguard/engine';
import type { Env } from '@callguard/server';
import { readCallFile, rejectionDiagnostic } from '../call-file.js';
import { readDutiesConfig } from '../duties-config.js';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicyOrReport } from '../load-policy.js';
import { openLogOption } from './log.js';
import { Progress } from '../progress.js';
import { replayCall } from '../replay-call.js';
import { describeKept, enrichCall, keepDecisions, openStoreOption, reportStoreError } from '../store-options.js';
import { renderTable, timelineRow } from '../timeline.js';

/** Options of `callguard replay`. */
export interface ReplayCommandOptions {
  readonly json: boolean;
  /** Draw a progress bar on stderr for long runs (a terminal only). */
  readonly progress: boolean;
  /** A store file: each call_started is enriched from it, and each decision kept in it. */
  readonly store?: string | undefined;
  /** A decision log file: every decision is appended to it. */
  readonly log?: string | undefined;
  /** `callguard.yaml`, whose `duties.routes` say which sink each duty kept in the store goes to. */
  readonly config?: string | undefined;
  /** The environment the configuration's secrets are read from. */
  readonly env?: Env | undefined;
}

/**
 * Loads and compiles a policy for a command that runs calls through it,
 * printing its diagnostics when it has errors.
 */
export function compilePolicyFile(file: string, io: Io): CompiledPolicy | undefined {
  const policy = loadPolicyOrReport(file, io);
  return policy && compile(policy);
}

/**
 * Replays calls (JSONL events or `.txt` transcripts) against a policy and
 * prints a timeline per call, or one JSON decision a line. A rejected event
 * is reported at its line with its code and skipped, as a live session would;
 * a call file with mistakes is not replayed, and every mistake in it is
 * shown. The exit code is then 2. With a store, calls are replayed in the order
 * given, so a later call of the same caller sees an earlier call's records.
 */
export function replayCommand(policyFile: string, callFiles: readonly string[], options: ReplayCommandOptions, io: Io): number {
  const policy = compilePolicyFile(policyFile, io);
  if (!policy) return EXIT.failure;
  const duties = options.config === undefined ? undefined : readDutiesConfig(options.config, options.env ?? {}, io);
  if (duties === false) return EXIT.failure;
  let store: Store | undefined;
  let log: LogWriter | undefined;
  try {
    if (options.store !== undefined) store = openStoreOption(options.store, io, { mustExist: false, ...(duties ? { routes: duties.routes } : {}) });
    if (options.log !== undefined) log = openLogOption(options.log, io);
    return replayFiles(policy, callFiles, options, io, store, log);
  } catch (e) {
    if (e instanceof LogError) {
      io.err(`error[${e.code}]: ${e.message}\n`);
      return EXIT.usage;
    }
    return reportStoreError(e, io);
  } finally {
    store?.close();
    log?.close();
  }
}

function replayFiles(policy: CompiledPolicy, callFiles: readonly string[], options: ReplayCommandOptions, io: Io, store: Store | undefined, log: LogWriter | undefined): number {
  const c = paint(io);
  let code: number = EXIT.ok;
  const progress = new Progress(callFiles.length, io.err, options.progress && callFiles.length > 1);
  callFiles.forEach((file, i) => {
    const call = readCallFile(file, io);
    if (call.diagnostics.length > 0) {
      for (const d of call.diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
      code = EXIT.usage;
      progress.tick(i + 1);
      return;
    }
    const events = call.events;
    const result = replayCall(policy, store ? enrichCall(store, events) : events);
    for (const r of result.rejections) {
      io.err(`${formatDiagnostic(rejectionDiagnostic(call.source, r.line, r.error))}\n\n`);
      code = EXIT.usage;
    }
    if (options.json) {
      for (const s of result.steps) io.out(`${JSON.stringify(s.decision)}\n`);
    } else {
      if (i > 0) io.out('\n');
      io.out(`${c.bold(printable(`${policy.name} ${policy.version}`))} ${c.dim(`(${policy.hash.slice(0, 12)})`)}  ·  ${printable(file)}\n\n`);
      io.out(renderTable(result.steps.map((s) => timelineRow(s.event, s.decision, result.startMs, (b) => policy.threshold(b)))));
    }
    if (store) {
      const kept = keepDecisions(store, events, result.steps.map((s) => s.decision));
      if (kept.unattached > 0) io.err(`${file}: ${kept.unattached} record(s) or proposal(s) not kept: its call_started has no caller.id\n`);
      if (!options.json) io.out(c.dim(`\nkept in ${options.store ?? ''}: ${describeKept(kept)}\n`));
    }
    if (log) {
      const start = result.steps[0]?.event;
      const callId = start?.type === 'call_started' ? start.call.id : file;
      for (const s of result.steps) log.append(callId, s.event, s.decision);
    }
    progress.tick(i + 1);
  });
  progress.done();
  return code;
}
