import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatDiagnostic, parseProperty } from '@callguard/dsl';
import { verify, type Property, type VerifyResult } from '@callguard/engine/analysis';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicyOrReport } from '../load-policy.js';
import { DEFAULT_MAX_STATES, maxStates } from '../max-states.js';
import { Progress } from '../progress.js';

/** Options of `callguard verify`. */
export interface VerifyCommandOptions {
  /** Properties asked on the command line, in the policy language's words. */
  readonly asserts: readonly string[];
  readonly json: boolean;
  /** Where counterexamples are written, one events file each. */
  readonly out: string;
  readonly maxStates: number;
  /** Draw a progress bar on stderr for long runs (a terminal only). */
  readonly progress: boolean;
}

/**
 * Explores every call of the policy's finite model and checks the built-in
 * properties and the ones asked for. Each broken property's shortest
 * counterexample is written as an events file that `callguard replay`
 * reproduces. Exit 0 when everything holds, 1 when something is broken, 2
 * for bad input or when the state budget ran out before the end.
 */
export function verifyCommand(file: string, options: VerifyCommandOptions, io: Io): number {
  const policy = loadPolicyOrReport(file, io);
  if (!policy) return EXIT.usage;
  // Read by the grammar of the policy's own `assert`s, against the policy's roles.
  const asserts: Property[] = [];
  for (const text of options.asserts) {
    const { property, diagnostics } = parseProperty(text, policy.roles);
    for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n\n`);
    if (property === undefined) return EXIT.usage;
    asserts.push(property);
  }
  const progress = new Progress(options.maxStates, io.err, options.progress, 'states');
  const started = performance.now();
  const result = verify(policy, { asserts, maxStates: options.maxStates, progress: (states) => progress.tick(states) });
  progress.done();
  const ms = Math.round(performance.now() - started);
  const written = result.findings.map((f, i) => {
    if (f.counterexample === undefined) return undefined;
    const dir = resolve(io.cwd, options.out);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${policy.name}.counterexample-${i + 1}.jsonl`);
    writeFileSync(path, f.counterexample.events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    return relative(io.cwd, path);
  });
  if (options.json) io.out(`${JSON.stringify({ v: 1, ...jsonResult(result, written), ms })}\n`);
  else io.out(report(policy.name, policy.version, policy.hash, file, result, written, ms, io));
  if (!result.holds) return EXIT.failure;
  return result.stats.complete ? EXIT.ok : EXIT.usage;
}

function jsonResult(result: VerifyResult, written: readonly (string | undefined)[]) {
  return {
    holds: result.holds,
    complete: result.stats.complete,
    stats: result.stats,
    findings: result.findings.map((f, i) => ({
      property: f.property,
      ...(f.title === undefined ? {} : { title: f.title }),
      source: f.source,
      holds: f.holds,
      ...(f.detail === undefined ? {} : { detail: f.detail }),
      ...(written[i] === undefined ? {} : { counterexample: written[i], events: f.counterexample?.events.length }),
    })),
  };
}

function report(name: string, version: string, hash: string, file: string, result: VerifyResult, written: readonly (string | undefined)[], ms: number, io: Io): string {
  const c = paint(io);
  const lines = [`${c.bold(name)} ${version} (${hash.slice(0, 12)})  ·  ${file}`, ''];
  result.findings.forEach((f, i) => {
    const mark = f.holds ? c.green('holds ') : c.red('BROKEN');
    const title = f.title === undefined ? '' : `${f.title}: `;
    lines.push(`  ${mark}  ${title}${f.property}${f.source === 'asserted' ? c.dim('  (asserted)') : ''}`);
    if (f.detail !== undefined) lines.push(`          ${f.detail}`);
    const path = written[i];
    if (path !== undefined) {
      lines.push(`          counterexample: ${path} (${f.counterexample?.events.length} events)`);
      lines.push(c.dim(`          replay it: callguard replay ${file} ${path}`));
    }
  });
  const s = result.stats;
  lines.push('', `Explored ${s.states} states (${s.transitions} events handled, ${s.situations} starting situations, ${s.letters} kinds of step, depth ${s.depth}) in ${ms} ms.`);
  if (!s.complete) lines.push(c.yellow(`Stopped at ${s.states} states before the end: what holds above holds only for the calls explored. Raise --max-states.`));
  return `${lines.join('\n')}\n`;
}


/** Adds `callguard verify` to the program; the action stores its exit code in `result`. */
export function registerVerify(program: Command, io: Io, result: { code: number }): void {
  program
    .command('verify')
    .description('explore every call a policy allows and check its promises: the stance, duties on every ending, no dead rules, and properties you assert')
    .argument('<policy>', 'policy file')
    .option('--assert <property>', 'a property to check, e.g. "never end_call unless warned" (repeatable)', (v: string, all: string[]) => [...all, v], [])
    .option('--out <dir>', 'where counterexamples are written', 'counterexamples')
    .option('--max-states <n>', 'stop after exploring this many states', maxStates, DEFAULT_MAX_STATES)
    .option('--json', 'print the findings as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ callguard verify examples/policies/warn-then-end.policy\n  $ callguard verify examples/policies/zero-tolerance.policy --assert "never end_call unless warned"\n  $ callguard verify my.policy --assert "never end_call in the first 60s" --assert "block_caller always approved by supervisor"',
    )
    .action((policy: string, opts: { assert: string[]; out: string; maxStates: number; json?: boolean }) => {
      result.code = verifyCommand(policy, { asserts: opts.assert, out: opts.out, maxStates: opts.maxStates, json: Boolean(opts.json), progress: io.color }, io);
    });
}
