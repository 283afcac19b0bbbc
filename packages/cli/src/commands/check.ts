import { diagnosticToJson, formatDiagnostic, hasErrors, sortDiagnostics } from '@callguard/dsl';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicy } from '../load-policy.js';

/** Options of `callguard check`. */
export interface CheckCommandOptions {
  readonly json: boolean;
}

/**
 * Checks each policy file. Prints `ok <file>` for a clean file, otherwise
 * each diagnostic with its code frame; `--json` prints one JSON document.
 * Exit 1 when any file has an error.
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
      report.push({ file: loaded.file, ok: !errors, diagnostics: diagnostics.map(diagnosticToJson) });
      continue;
    }
    for (const d of diagnostics) {
      const text = formatDiagnostic(d);
      const [head = '', ...rest] = text.split('\n');
      const colour = d.severity === 'error' ? c.red : c.yellow;
      io.out(`${colour(head)}\n${rest.join('\n')}\n\n`);
    }
    if (!errors) {
      const warnings = diagnostics.length;
      io.out(`${c.green('ok')} ${loaded.file}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`);
    }
  }
  if (options.json) io.out(`${JSON.stringify({ v: 1, files: report }, null, 2)}\n`);
  return failed ? EXIT.failure : EXIT.ok;
}
