// Precision and recall of the transcript detector per behaviour, and its
// throughput, on the labelled utterance sets. Runs against the BUILT package:
//   npx tsc -b packages/adapters && node test/bench/detector.mjs [--json]
// `labelled.jsonl` is the set the patterns were developed on (optimistic);
// `blind.jsonl` was never used to tune them (the honest estimate).
import { readFileSync } from 'node:fs';
import { TRANSCRIPT_DETECTOR_VERSION, TranscriptDetector, evaluate, parseLabelledSamples } from '../../packages/adapters/dist/index.js';

const SETS = ['labelled.jsonl', 'blind.jsonl'];
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

const sets = SETS.map((name) => {
  const samples = load(name);
  const { behaviours } = evaluate(detector, samples, THRESHOLD);
  return { name, samples: samples.length, behaviours };
});
const all = sets.flatMap(({ name }) => load(name));
const report = { detector: detector.name, version: TRANSCRIPT_DETECTOR_VERSION, threshold: THRESHOLD, sets, utterancesPerSecond: throughput(all) };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${report.detector} ${report.version}, threshold ${THRESHOLD}`);
  for (const { name, samples, behaviours } of sets) {
    console.log(`\n${name} (${samples} utterances)`);
    console.log(`${'behaviour'.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(5)}   tp  fp  fn`);
    for (const [behaviour, s] of Object.entries(behaviours)) {
      const counts = [s.truePositives, s.falsePositives, s.falseNegatives].map((n) => String(n).padStart(3)).join(' ');
      console.log(`${behaviour.padEnd(20)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(7)} ${s.f1.toFixed(2).padStart(5)}  ${counts}`);
    }
  }
  console.log(`\nthroughput: ${report.utterancesPerSecond.toLocaleString('en')} utterances/s`);
}
