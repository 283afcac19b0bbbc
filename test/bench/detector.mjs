// Precision, recall and F1 of the transcript detector per behaviour and
// language, and its throughput, on the labelled utterance sets. Part of
// `pnpm bench` (run.mjs imports it); on its own, against the BUILT package:
//   npx tsc -b packages/adapters && node test/bench/detector.mjs [--json]
// Every `<language>/*.jsonl` under test/fixtures/utterances is a set:
// `labelled.jsonl` is the one the patterns were developed on (optimistic),
// `blind*.jsonl` were written before the patterns and never used to tune them
// (the honest estimate). Each set is read with its language as the call's
// hint, as a platform that names the call's language would give it.
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import {
  CALIBRATED_THRESHOLD,
  TRANSCRIPT_DETECTOR_VERSION,
  TranscriptDetector,
  evaluate,
  parseLabelledSamples,
} from '../../packages/adapters/dist/index.js';

/** The thresholds the policy templates use: never-hang-up 0.6, the default 0.7, threats 0.8. */
const TEMPLATE_THRESHOLDS = [0.6, 0.7, 0.8];
const ROUNDS = 5;
const ROUND_MS = 300;
const ROOT = new URL('../fixtures/utterances/', import.meta.url);

const detector = new TranscriptDetector();

/** Every set, as `{ language, name, samples }`, languages and files in name order. */
function loadSets() {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((language) =>
      readdirSync(new URL(`${language}/`, ROOT))
        .filter((file) => file.endsWith('.jsonl'))
        .sort()
        .map((file) => ({
          language,
          name: `${language}/${file}`,
          samples: parseLabelledSamples(readFileSync(new URL(`${language}/${file}`, ROOT), 'utf8')),
        })),
    );
}

/** The detector with a set's language as the hint, in the shape `evaluate` takes. */
const hinted = (language) => ({ name: detector.name, version: detector.version, detect: (text) => detector.detect(text, { language }) });

/** Only the behaviours a set labels or the detector raised on it. */
function seen(behaviours) {
  return Object.fromEntries(
    Object.entries(behaviours).filter(([, s]) => s.truePositives + s.falsePositives + s.falseNegatives > 0),
  );
}

/**
 * Utterances per second, after one warm-up pass, in ROUNDS rounds of at least
 * ROUND_MS of whole passes each: the best round by the clock (what a caller
 * sees when the detector has a core to itself; on a shared machine the other
 * rounds measure the other work), the median round by the clock, and the
 * median per second of this process's CPU time (what the detector costs),
 * with the load average when the run ended.
 */
function throughput(sets) {
  const all = sets.flatMap(({ language, samples }) => samples.map(({ text }) => [text, { language }]));
  for (const [text, hint] of all) detector.detect(text, hint);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    let count = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    while (performance.now() - start < ROUND_MS) {
      for (const [text, hint] of all) detector.detect(text, hint);
      count += all.length;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    rounds.push({ wall: count / seconds, cpu: count / ((cpu.user + cpu.system) / 1e6) });
  }
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;
  return {
    utterancesPerSecond: Math.round(Math.max(...rounds.map(({ wall }) => wall))),
    utterancesPerSecondMedian: Math.round(median(rounds.map(({ wall }) => wall))),
    utterancesPerCpuSecond: Math.round(median(rounds.map(({ cpu }) => cpu))),
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/**
 * Per set, precision, recall and F1 per behaviour at the calibrated threshold;
 * over all blind sets together, precision and recall at each template
 * threshold; and throughput over every set.
 */
export function detectorReport() {
  const sets = loadSets();
  const report = sets.map(({ language, name, samples }) => ({
    name,
    language,
    samples: samples.length,
    behaviours: seen(evaluate(hinted(language), samples, CALIBRATED_THRESHOLD).behaviours),
  }));
  const blind = sets.filter(({ name }) => name.includes('/blind'));
  const thresholds = TEMPLATE_THRESHOLDS.map((threshold) => {
    const totals = {};
    for (const { language, samples } of blind) {
      for (const [behaviour, s] of Object.entries(evaluate(hinted(language), samples, threshold).behaviours)) {
        const t = (totals[behaviour] ??= { tp: 0, fp: 0, fn: 0 });
        t.tp += s.truePositives;
        t.fp += s.falsePositives;
        t.fn += s.falseNegatives;
      }
    }
    const behaviours = Object.fromEntries(
      Object.entries(totals)
        .filter(([, t]) => t.tp + t.fp + t.fn > 0)
        .map(([behaviour, t]) => [behaviour, { precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp), recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn) }]),
    );
    return { threshold, behaviours };
  });
  return {
    detector: detector.name,
    version: TRANSCRIPT_DETECTOR_VERSION,
    threshold: CALIBRATED_THRESHOLD,
    sets: report,
    blindAtTemplateThresholds: thresholds,
    ...throughput(sets),
  };
}

/** Prints a report as tables: one per set, then the blind sets at each template threshold. */
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
  log('\nall blind sets, precision / recall at the template thresholds');
  log(`${'behaviour'.padEnd(20)} ${report.blindAtTemplateThresholds.map(({ threshold }) => String(threshold).padStart(11)).join(' ')}`);
  const behaviours = Object.keys(report.blindAtTemplateThresholds[0]?.behaviours ?? {});
  for (const behaviour of behaviours) {
    const cells = report.blindAtTemplateThresholds.map(({ behaviours: b }) => {
      const s = b[behaviour];
      return (s === undefined ? '-' : `${s.precision.toFixed(2)} / ${s.recall.toFixed(2)}`).padStart(11);
    });
    log(`${behaviour.padEnd(20)} ${cells.join(' ')}`);
  }
  const n = (value) => value.toLocaleString('en');
  log(
    `\nthroughput: ${n(report.utterancesPerSecond)} utterances/s (best of ${ROUNDS} rounds; median ${n(report.utterancesPerSecondMedian)}, ` +
      `${n(report.utterancesPerCpuSecond)} per CPU-second), load average ${report.loadAverage.join(' ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = detectorReport();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printDetectorReport(report);
}
