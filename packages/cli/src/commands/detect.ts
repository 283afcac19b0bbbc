import { CALIBRATED_THRESHOLD, TRANSCRIPT_DETECTOR_VERSION, languageOf, type Signals } from '@callguard/adapters';
import type { Behaviour } from '@callguard/contract';
import { printable } from '@callguard/dsl';
import type { CompiledPolicy } from '@callguard/engine';
import type { Command } from 'commander';
import { sharedDetector } from '../call-file.js';
import { EXIT, paint, type Io } from '../io.js';
import { STDIN_NAME } from '../load-policy.js';
import { alignTable } from '../table.js';
import { compilePolicyFile } from './replay.js';

/** Options of `callguard detect`. */
export interface DetectCommandOptions {
  /** The call's language as a BCP 47 tag; by default each utterance's own. */
  readonly language?: string | undefined;
  /** A policy whose thresholds to compare the scores with, instead of the calibrated one. */
  readonly policy?: string | undefined;
  /** One JSON object a line. */
  readonly json: boolean;
}

/** What `callguard detect --json` prints for one utterance. */
interface Detected {
  readonly text: string;
  readonly language: string;
  readonly signals: Signals;
  readonly thresholds: Partial<Record<Behaviour, number>>;
}

/**
 * Runs the transcript detector on utterances (the arguments joined as one,
 * or `-`: standard input, one a line) and prints each behaviour it found
 * with its score and the threshold it is compared with: the detector's
 * calibrated one, or a policy's (`--policy`).
 */
export function detectCommand(words: readonly string[], options: DetectCommandOptions, io: Io): number {
  let policy: CompiledPolicy | undefined;
  if (options.policy !== undefined) {
    policy = compilePolicyFile(options.policy, io);
    if (!policy) return EXIT.failure;
  }
  const utterances = words.length === 1 && words[0] === '-' ? io.stdin().split(/\r\n|\n|\r/).filter((line) => line.trim() !== '') : [words.join(' ')];
  const threshold = (b: Behaviour) => policy?.threshold(b) ?? CALIBRATED_THRESHOLD;
  const detected = utterances.map((text): Detected => {
    const signals = sharedDetector().detect(text, options.language === undefined ? {} : { language: options.language });
    const thresholds = Object.fromEntries(Object.keys(signals).map((b) => [b, threshold(b as Behaviour)]));
    return { text, language: languageOf(text, options.language), signals, thresholds };
  });
  if (options.json) {
    for (const d of detected) io.out(`${JSON.stringify(d)}\n`);
    return EXIT.ok;
  }
  const c = paint(io);
  const against = policy ? `thresholds of ${printable(`${policy.name} ${policy.version}`)}` : `calibrated threshold ${CALIBRATED_THRESHOLD.toFixed(2)}`;
  io.out(c.dim(`transcript detector ${TRANSCRIPT_DETECTOR_VERSION}, scores against the ${against}${words[0] === '-' ? ` (${STDIN_NAME})` : ''}\n`));
  for (const d of detected) {
    io.out(`\n${JSON.stringify(printable(d.text))} ${c.dim(`(${d.language})`)}\n`);
    const rows = Object.entries(d.signals)
      .flatMap(([b, score]): [string, number][] => (score === undefined ? [] : [[b, score]]))
      .sort(([, a], [, b]) => b - a)
      .map(([b, score]) => {
        const limit = d.thresholds[b as Behaviour] ?? CALIBRATED_THRESHOLD;
        return [`  ${b}`, score.toFixed(2), limit.toFixed(2), score >= limit ? 'over' : 'under'];
      });
    io.out(rows.length === 0 ? c.dim('  no signals\n') : alignTable(['  behaviour', 'score', 'threshold', ''], rows));
  }
  return EXIT.ok;
}

/** Adds `callguard detect` to the program. */
export function registerDetect(program: Command, io: Io, result: { code: number }): void {
  program
    .command('detect')
    .description("print the transcript detector's signals for an utterance, with their scores and thresholds")
    .argument('<text...>', 'what the customer said (several words are one utterance), or - to read standard input, one utterance a line')
    .option('--language <tag>', 'the call language as a BCP 47 tag (es-MX, ja, ko); by default each utterance is read in the language it looks like')
    .option('--policy <file>', "compare the scores with this policy's thresholds instead of the calibrated 0.70")
    .option('--json', 'print one JSON object a line: text, language, signals and thresholds')
    .addHelpText('after', '\nExamples:\n  $ callguard detect "you are a useless idiot"\n  $ callguard detect --policy examples/policies/warn-then-end.policy "I will find you"\n  $ cut -d: -f3- call.txt | callguard detect -')
    .action((text: string[], opts: { language?: string; policy?: string; json?: boolean }) => {
      result.code = detectCommand(text, { language: opts.language, policy: opts.policy, json: Boolean(opts.json) }, io);
    });
}
