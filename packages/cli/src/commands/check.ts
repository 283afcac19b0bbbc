import { diagnosticToJson, formatDiagnostic, hasErrors, printable, sortDiagnostics, type Acknowledged } from '@callguard/dsl';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicy } from '../load-policy.js';

/** Options of `callguard check`. */
export interface CheckCommandOptions {
  readonly json: boolean;
}

/** An acknowledgement as `--json` gives it: the warning, the reason, where it is written, and how many warnings it held back. */
function acknowledgedToJson(a: Acknowledged) {
  const at = a.span.source.position(a.span.start);
  return { code: a.code, reason: a.reason, file: a.span.source.name, line: at.line, column: at.column, warnings: a.warnings.length };
}

/** `acknowledged check/no-vulnerable-rule (3:3): "reason"`, one line, printable. */
function acknowledgedLine(a: Acknowledged): string {
  const at = a.span.source.position(a.span.start);
  return printable(`acknowledged ${a.code} (${a.span.source.name}:${at.line}:${at.column}): ${JSON.stringify(a.reason)}`);
}

/**
 * Checks each policy file. Prints `ok <file>` for a clean file, otherwise
 * each diagnostic with its code frame, then the warnings the policy
 * acknowledged and why; `--json` prints one JSON document. Exit 1 when any
 * file has an error.
 */
export function checkCommand(files: readonly string[], options: CheckCommandOptions, io: Io): number {
  const c = paint(io);
  let failed = false;
  const report = [];
  for (const file of files) {
    const loaded = loadPolicy(file, io);
    const diagnostics = sortDiagnostics(loaded.diagnostics);
    const errors = hasErrors(diagnostics);
    failed ||= errors;
    if (options.json) {
      report.push({ file: loaded.file, ok: !errors, diagnostics: diagnostics.map(diagnosticToJson), acknowledged: loaded.acknowledged.map(acknowledgedToJson) });
      continue;
    }
    for (const d of diagnostics) {
      const text = formatDiagnostic(d);
      const [head = '', ...rest] = text.split('\n');
      const colour = d.severity === 'error' ? c.red : c.yellow;
      io.out(`${colour(head)}\n${rest.join('\n')}\n\n`);
    }
    for (const a of loaded.acknowledged) io.out(`${c.dim(acknowledgedLine(a))}\n`);
    if (!errors) {
      const warnings = diagnostics.length;
      io.out(`${c.green('ok')} ${loaded.file}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`);
    }
  }
  if (options.json) io.out(`${JSON.stringify({ v: 1, files: report }, null, 2)}\n`);
  return failed ? EXIT.failure : EXIT.ok;
}
