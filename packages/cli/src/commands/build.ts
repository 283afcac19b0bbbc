import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createArtefact } from '@callguard/engine';
import type { Command } from 'commander';
import { EXIT, type Io } from '../io.js';
import { loadPolicyOrReport } from '../load-policy.js';

/** Where `callguard build` writes when not told: beside the policy, `.policy` → `.policy.json`. */
export function defaultArtefactPath(policyFile: string): string {
  return `${policyFile.replace(/\.policy$/, '')}.policy.json`;
}

/**
 * Checks a policy and writes its compiled artefact (JSON: the checked policy
 * with a manifest naming its hash and the engine version), which
 * `@callguard/engine/runtime` loads without the parser or checker. `-`
 * writes it to standard output.
 */
export function buildCommand(file: string, opts: { out: string | undefined }, io: Io): number {
  const policy = loadPolicyOrReport(file, io);
  if (!policy) return EXIT.failure;
  const text = `${JSON.stringify(createArtefact(policy, file), null, 2)}\n`;
  const out = opts.out ?? defaultArtefactPath(file);
  if (out === '-') {
    io.out(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(resolve(io.cwd, out), text);
  } catch (e) {
    io.err(`${out}: cannot write the artefact (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
    return EXIT.failure;
  }
  io.out(`built ${out}: ${policy.name} ${policy.version} (${policy.hash.slice(0, 12)})\n`);
  return EXIT.ok;
}

/** Adds `callguard build` to the program. */
export function registerBuild(program: Command, io: Io, result: { code: number }): void {
  program
    .command('build')
    .description('check a policy and write its compiled artefact, which the engine runtime loads without the parser')
    .argument('<policy>', 'policy file')
    .option('-o, --out <file>', 'where to write it (default: beside the policy, <name>.policy.json); - for standard output')
    .addHelpText('after', '\nExamples:\n  $ callguard build examples/policies/warn-then-end.policy\n  $ callguard build my.policy -o dist/my.policy.json')
    .action((policy: string, opts: { out?: string }) => {
      result.code = buildCommand(policy, { out: opts.out }, io);
    });
}
