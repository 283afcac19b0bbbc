import { formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { compile, type CompiledPolicy } from '@callguard/engine';
import { readCallFile } from '../call-file.js';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicy } from '../load-policy.js';
import { Progress } from '../progress.js';
import { replayCall } from '../replay-call.js';
import { renderTable, timelineRow } from '../timeline.js';

/** Options of `callguard replay`. */
export interface ReplayCommandOptions {
  readonly json: boolean;
  /** Draw a progress bar on stderr for long runs (a terminal only). */
  readonly progress: boolean;
}

/**
 * Loads and compiles a policy for a command that runs calls through it,
 * printing its diagnostics when it has errors.
 */
export function compilePolicyFile(file: string, io: Io): CompiledPolicy | undefined {
  const loaded = loadPolicy(file, io.cwd);
  if (!loaded.policy) {
    for (const d of sortDiagnostics(loaded.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
    return undefined;
  }
  return compile(loaded.policy);
}

/**
 * Replays calls (JSONL events or `.txt` transcripts) against a policy and
 * prints a timeline per call, or one JSON decision a line. A rejected event
 * is reported as `file:line: reason` and skipped, as a live session would;
 * the exit code is then 2.
 */
export function replayCommand(policyFile: string, callFiles: readonly string[], options: ReplayCommandOptions, io: Io): number {
  const policy = compilePolicyFile(policyFile, io);
  if (!policy) return EXIT.failure;
  const c = paint(io);
  let code: number = EXIT.ok;
  const progress = new Progress(callFiles.length, io.err, options.progress && callFiles.length > 1);
  callFiles.forEach((file, i) => {
    const result = replayCall(policy, readCallFile(file, io.cwd));
    for (const r of result.rejections) {
      io.err(`${file}:${r.line}: ${c.red('rejected')}: ${r.error.message}\n`);
      code = EXIT.usage;
    }
    if (options.json) {
      for (const s of result.steps) io.out(`${JSON.stringify(s.decision)}\n`);
    } else {
      if (i > 0) io.out('\n');
      io.out(`${c.bold(`${policy.name} ${policy.version}`)} ${c.dim(`(${policy.hash.slice(0, 12)})`)}  ·  ${file}\n\n`);
      io.out(renderTable(result.steps.map((s) => timelineRow(s.event, s.decision, result.startMs))));
    }
    progress.tick(i + 1);
  });
  progress.done();
  return code;
}
