// Precision and recall of the transcript detector per behaviour, and its
// throughput, on the labelled utterance sets. Part of `pnpm bench` (run.mjs
// imports it); on its own, against the BUILT package:
//   npx tsc -b packages/adapters && node test/bench/detector.mjs [--json]
// `labelled.jsonl` is the set the patterns were developed on (optimistic);
// `blind.jsonl` was never used to tune them (the honest estimate).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TRANSCRIPT_DETECTOR_VERSION, TranscriptDetector, evaluate, parseLabelledSamples } from '../../packages/adapters/dist/index.js';

const SETS = ['en/labelled.jsonl', 'en/blind-1.jsonl'];
const THRESHOLD = 0.5;
const MIN_BENCH_MS = 500;

const detector = new TranscriptDetector();
const load = (name) => parseLabelledSamples(readFileSync(new URL(`../fixtures/utterances/${name}`, import.meta.url), 'utf8'));

/** Utterances per second over at least MIN_BENCH_MS of whole passes, after one warm-up pass. */
function throughput(samples) {
  for (const { text } of samples) detector.detect(text);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_BENCH_MS) {
    for (const { text } of samples) detector.detect(text);
    count += samples.length;
  }
  return Math.round(count / ((performance.now() - start) / 1000));
}

/** Precision, recall and F1 per behaviour on each set, and throughput. */
export function detectorReport() {
  const sets = SETS.map((name) => {
    const samples = load(name);
    const { behaviours } = evaluate(detector, samples, THRESHOLD);
    return { name, samples: samples.length, behaviours };
  });
  const all = sets.flatMap(({ name }) => load(name));
  return { detector: detector.name, version: TRANSCRIPT_DETECTOR_VERSION, threshold: THRESHOLD, sets, utterancesPerSecond: throughput(all) };
}

/** Prints a report as tables, one per set. */
export function printDetectorReport(report, log = console.log) {
  log(`${report.detector} ${report.version}, threshold ${report.threshold}`);
  for (const { name, samples, behaviours } of report.sets) {
    log(`\n${name} (${samples} utterances)`);
    log(`${'behaviour'.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(5)}   tp  fp  fn`);
    for (const [behaviour, s] of Object.entries(behaviours)) {
      const counts = [s.truePositives, s.falsePositives, s.falseNegatives].map((n) => String(n).padStart(3)).join(' ');
      log(`${behaviour.padEnd(20)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(7)} ${s.f1.toFixed(2).padStart(5)}  ${counts}`);
    }
  }
  log(`\nthroughput: ${report.utterancesPerSecond.toLocaleString('en')} utterances/s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = detectorReport();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printDetectorReport(report);
}
