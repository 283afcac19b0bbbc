import { InvalidArgumentError, type Command } from 'commander';
import { semanticDiff, type DiffResult } from '@callguard/engine/analysis';
import type { CheckedPolicy } from '@callguard/dsl';
import { EXIT, paint, type Io } from '../io.js';
import { loadPolicyOrReport } from '../load-policy.js';
import { DEFAULT_MAX_STATES, maxStates } from '../max-states.js';
import { Progress } from '../progress.js';

/** How `callguard diff` prints. */
export type DiffFormat = 'text' | 'markdown' | 'json';

/** Options of `callguard diff`. */
export interface DiffCommandOptions {
  readonly format: DiffFormat;
  readonly maxStates: number;
  /** Draw a progress bar on stderr for long runs (a terminal only). */
  readonly progress: boolean;
}

/**
 * Compares two versions of a policy by what they decide: exit 0 when no
 * decision differs on any call explored, 1 when some do, 2 for bad input or
 * when the state budget ran out first without finding a difference.
 */
export function diffCommand(oldFile: string, newFile: string, options: DiffCommandOptions, io: Io): number {
  const before = loadPolicyOrReport(oldFile, io);
  const after = loadPolicyOrReport(newFile, io);
  if (!before || !after) return EXIT.usage;
  const progress = new Progress(options.maxStates, io.err, options.progress, 'states');
  const started = performance.now();
  const result = semanticDiff(before, after, { maxStates: options.maxStates, progress: (states) => progress.tick(states) });
  progress.done();
  const ms = Math.round(performance.now() - started);
  if (options.format === 'json') io.out(`${JSON.stringify({ v: 1, ...result, ms })}\n`);
  else io.out(render(before, after, result, ms, options.format === 'markdown', io));
  if (!result.sameDecisions) return EXIT.failure;
  return result.stats.complete ? EXIT.ok : EXIT.usage;
}

function render(a: CheckedPolicy, b: CheckedPolicy, r: DiffResult, ms: number, markdown: boolean, io: Io): string {
  const c = paint(io);
  const title = `${a.name} ${a.version} (${a.hash.slice(0, 12)}) → ${b.name} ${b.version} (${b.hash.slice(0, 12)})`;
  const heading = (text: string) => (markdown ? `### ${text}` : c.bold(text));
  const code = (text: string) => (markdown ? text : text.replace(/`/g, ''));
  const lines = [markdown ? `## ${title}` : c.bold(title), ''];
  if (r.sameDecisions) lines.push('No change in decisions.', '');
  else {
    lines.push(heading('What changes for callers'));
    for (const h of r.headlines) lines.push(`- ${code(h)}`);
    lines.push('', heading('Where the decisions differ (shortest calls)'));
    for (const d of r.differences) {
      lines.push(`- ${code(d.sentence)}`);
      const events = d.events.slice(1).map((e) => `${String(e['type'])}${e['signals'] ? ` ${Object.keys(e['signals'] as object).join('+') || 'clean'}` : ''}${e['action'] ? ` ${String(e['action'])}` : ''}`);
      if (events.length > 0) lines.push(`  call: ${events.join(' → ')}`);
    }
    lines.push('');
  }
  if (r.metadata.length > 0) {
    lines.push(heading('Other changes'));
    for (const m of r.metadata) {
      if (m.old === undefined) lines.push(`- ${m.what} added: ${JSON.stringify(m.new)}`);
      else if (m.new === undefined) lines.push(`- ${m.what} removed (was ${JSON.stringify(m.old)})`);
      else lines.push(`- ${m.what}: ${JSON.stringify(m.old)} → ${JSON.stringify(m.new)}`);
    }
    lines.push('');
  }
  const s = r.stats;
  lines.push(`Explored ${s.states} states (${s.transitions} events handled, ${s.situations} starting situations) in ${ms} ms.`);
  if (!s.complete) lines.push(`Stopped at ${s.states} states before the end; raise --max-states.`);
  return `${lines.join('\n')}\n`;
}

function diffFormat(value: string): DiffFormat {
  if (value !== 'text' && value !== 'markdown' && value !== 'json') throw new InvalidArgumentError('expected text, markdown or json');
  return value;
}


/** Adds `callguard diff` to the program; the action stores its exit code in `result`. */
export function registerDiff(program: Command, io: Io, result: { code: number }): void {
  program
    .command('diff')
    .description('compare two versions of a policy by what they decide, with the shortest call for every difference')
    .argument('<old>', 'the earlier policy file')
    .argument('<new>', 'the later policy file')
    .option('--format <format>', 'text, markdown (for a pull request comment) or json', diffFormat, 'text')
    .option('--json', 'the same as --format json')
    .option('--max-states <n>', 'stop after exploring this many states', maxStates, DEFAULT_MAX_STATES)
    .addHelpText('after', '\nExamples:\n  $ callguard diff examples/policies/history/zero-tolerance-1.3.0.policy examples/policies/zero-tolerance.policy\n  $ callguard diff old.policy new.policy --format markdown > comment.md')
    .action((before: string, after: string, opts: { format: DiffFormat; json?: boolean; maxStates: number }) => {
      result.code = diffCommand(before, after, { format: opts.json ? 'json' : opts.format, maxStates: opts.maxStates, progress: io.color }, io);
    });
}
