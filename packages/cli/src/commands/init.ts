import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { didYouMean } from '@callguard/dsl';
import { EXIT, paint, type Io } from '../io.js';
import { SAMPLE_CALL } from '../templates/sample-call.js';
import { TEMPLATES, type TemplateStance } from '../templates/template.js';

/** Options of `callguard init`. */
export interface InitCommandOptions {
  readonly stance: TemplateStance;
}

/** Reads `--stance`: one of the four stances with a template (not `none`), with the nearest suggested for a typo. */
export function parseStance(value: string): TemplateStance {
  const stances = Object.keys(TEMPLATES) as TemplateStance[];
  const stance = stances.find((s) => s === value);
  if (stance) return stance;
  const near = didYouMean(value, stances);
  throw new InvalidArgumentError(`expected one of ${stances.join(', ')}${near ? `; ${near}` : ''}`);
}

/** `billing-team` from a folder name; `my-policy` when nothing usable is left. */
function policyName(dir: string): string {
  const slug = basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'my-policy';
}

/** Why `dir` cannot take new files, or undefined when it is empty or missing. */
function unusable(dir: string, shown: string): string | undefined {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) return `${shown} is a file; init needs an empty or new folder`;
    entries = readdirSync(dir);
  } catch {
    return undefined;
  }
  if (entries.length === 0) return undefined;
  const listed = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', ...' : '');
  return `${shown} is not empty (it has ${listed}); init only writes into an empty or new folder, so nothing of yours is overwritten`;
}

/**
 * Scaffolds a policy for `stance`, its tests (which pass, covering every
 * rule and step) and a sample call into `dir` (default: the working
 * directory), which must be empty or not exist yet. Exit 2 otherwise.
 */
export function initCommand(dir: string | undefined, options: InitCommandOptions, io: Io): number {
  const c = paint(io);
  const target = resolve(io.cwd, dir ?? '.');
  const shown = dir ?? '.';
  const why = unusable(target, shown);
  if (why) {
    io.err(`${why}\n`);
    return EXIT.usage;
  }
  const name = policyName(target);
  const template = TEMPLATES[options.stance];
  const files: [string, string][] = [
    [`${name}.policy`, template.policy(name)],
    [`${name}.test.yaml`, template.tests(`${name}.policy`)],
    [join('calls', 'sample.jsonl'), SAMPLE_CALL],
  ];
  mkdirSync(join(target, 'calls'), { recursive: true });
  // `wx`: never overwrite, even if something appeared since the check above.
  for (const [file, text] of files) writeFileSync(join(target, file), text, { flag: 'wx' });

  const at = (file: string) => relative(io.cwd, join(target, file)) || '.';
  for (const [file] of files) io.out(`${c.green('created')} ${at(file)}\n`);
  io.out(
    `\nA ${options.stance} policy, its tests and a sample call. Next:\n` +
      `  callguard check ${at(`${name}.policy`)}\n` +
      `  callguard test ${at('.')} --coverage\n` +
      `  callguard replay ${at(`${name}.policy`)} ${at(join('calls', 'sample.jsonl'))}\n`,
  );
  return EXIT.ok;
}
