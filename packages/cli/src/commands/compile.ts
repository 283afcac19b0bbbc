import { toJsonRulesEngine } from '@callguard/engine/json-rules-engine';
import { EXIT, type Io } from '../io.js';
import { loadPolicyOrReport } from '../load-policy.js';

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
  const policy = loadPolicyOrReport(file, io);
  if (!policy) return EXIT.failure;
  // Every JSON the CLI prints starts with its format version.
  const output = target === 'ir' ? { v: 1, policy } : { v: 1, rules: toJsonRulesEngine(policy) };
  io.out(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT.ok;
}
