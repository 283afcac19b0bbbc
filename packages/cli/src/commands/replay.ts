import { resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { EventError, compile, type Decision } from '@callguard/engine';
import { EXIT, paint, type Io } from '../io.js';
import { readEventsFile } from '../events-file.js';
import { loadPolicy } from '../load-policy.js';
import { renderTable, timelineRow, type TimelineRow } from '../timeline.js';

/** Options of `callguard replay`. */
export interface ReplayCommandOptions {
  readonly json: boolean;
}

/**
 * Replays one call against a policy: prints a timeline (or one JSON decision
 * a line). A rejected event is reported as `file:line: reason` and skipped,
 * as a live session would; the exit code is then 2.
 */
export function replayCommand(policyFile: string, eventsFile: string, options: ReplayCommandOptions, io: Io): number {
  const loaded = loadPolicy(policyFile, io.cwd);
  if (!loaded.policy) {
    for (const d of sortDiagnostics(loaded.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
    return EXIT.failure;
  }
  const compiled = compile(loaded.policy);
  const [first, ...rest] = readEventsFile(eventsFile, resolve(io.cwd, eventsFile));
  const reject = (line: number, e: EventError) => io.err(`${eventsFile}:${line}: ${paint(io).red('rejected')}: ${e.message}\n`);

  let session;
  try {
    session = compiled.open(first!.event);
  } catch (e) {
    if (!(e instanceof EventError)) throw e;
    reject(first!.line, e);
    return EXIT.usage;
  }
  const startMs = Date.parse((first!.event as { at: string }).at);
  let code: number = EXIT.ok;
  const rows: TimelineRow[] = [];
  for (const { line, event } of rest) {
    let decision: Decision;
    try {
      decision = session.handle(event);
    } catch (e) {
      if (!(e instanceof EventError)) throw e;
      reject(line, e);
      code = EXIT.usage;
      continue;
    }
    if (options.json) io.out(`${JSON.stringify(decision)}\n`);
    else rows.push(timelineRow(event as Record<string, unknown>, decision, startMs));
  }
  if (!options.json) {
    io.out(`${compiled.name} ${compiled.version} (${compiled.hash.slice(0, 12)})  ·  ${eventsFile}\n\n`);
    io.out(renderTable(rows));
  }
  return code;
}
