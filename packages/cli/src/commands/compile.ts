import { formatDiagnostic, sortDiagnostics } from '@callguard/dsl';
import { toJsonRulesEngine } from '@callguard/engine';
import { EXIT, type Io } from '../io.js';
import { loadPolicy } from '../load-policy.js';

/** What `callguard compile` prints. */
export type CompileTarget = 'ir' | 'json-rules-engine';

/** The targets `--target` accepts. */
export const COMPILE_TARGETS: readonly CompileTarget[] = ['ir', 'json-rules-engine'];

/**
 * Prints a policy's compiled form as JSON: `ir` is the checked policy the
 * engine compiles (names resolved, bases merged, ladders expanded, with its
 * hash); `json-rules-engine` is the export for teams running that engine.
 */
export function compileCommand(file: string, target: CompileTarget, io: Io): number {
  const loaded = loadPolicy(file, io.cwd);
  if (!loaded.policy) {
    for (const d of sortDiagnostics(loaded.diagnostics)) io.err(`${formatDiagnostic(d)}\n\n`);
    return EXIT.failure;
  }
  const output = target === 'ir' ? loaded.policy : toJsonRulesEngine(loaded.policy);
  io.out(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT.ok;
}
