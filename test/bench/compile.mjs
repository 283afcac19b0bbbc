// Compile time of a generated 1,000-rule policy (parse, check, compile) and
// the parser's time per rule at 100, 1,000 and 10,000 rules. `run.mjs` runs
// this in a process of its own so the figures are not charged for the
// throughput workload's garbage; on its own, against the BUILT packages:
//   npx tsc -b packages/cli && node test/bench/compile.mjs [--json]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { check, parse, Source } from '../../packages/dsl/dist/index.js';
import { compile } from '../../packages/engine/dist/index.js';

const RUNS = 40;
const WARMUP = 10;

/** The generator is TypeScript (the parser tests use it too); strip its types and load it. */
export async function loadGenerator() {
  const url = new URL('../fixtures/generate-policy.ts', import.meta.url);
  const js = ts.transpileModule(readFileSync(url, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return import(`data:text/javascript,${encodeURIComponent(js)}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const ms = (from, to) => Number(to - from) / 1e6;

/** Medians of the phases over RUNS runs after WARMUP, plus parse µs per rule by size. */
export async function measureCompile() {
  const { generatePolicy } = await loadGenerator();
  const problems = [];
  const big = generatePolicy(1000);
  const phases = { parse: [], check: [], compile: [], total: [] };
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const { ast } = parse(new Source(big, 'generated-1000.policy'));
    const t1 = process.hrtime.bigint();
    const { policy, diagnostics } = check(ast);
    const t2 = process.hrtime.bigint();
    if (policy === undefined) {
      problems.push(`the generated 1,000-rule policy does not check (${diagnostics.length} diagnostics, first: ${diagnostics[0]?.code} ${diagnostics[0]?.message}); compile time not measured`);
      break;
    }
    compile(policy);
    const t3 = process.hrtime.bigint();
    if (i < WARMUP) continue;
    phases.parse.push(ms(t0, t1));
    phases.check.push(ms(t1, t2));
    phases.compile.push(ms(t2, t3));
    phases.total.push(ms(t0, t3));
  }
  const phase = (xs) => (xs.length === 0 ? null : round(median(xs)));
  const parseUs = {};
  for (const n of [100, 1000, 10_000]) {
    const text = generatePolicy(n);
    const runs = [];
    // About the same number of rules parsed at every size; the first third warms up.
    const total = Math.max(6, Math.round(30_000 / n));
    for (let i = 0; i < total; i++) {
      const t0 = process.hrtime.bigint();
      const { diagnostics } = parse(new Source(text, `generated-${n}.policy`));
      if (diagnostics.length > 0) problems.push(`generated-${n}.policy does not parse`);
      if (i >= total / 3) runs.push(Number(process.hrtime.bigint() - t0) / 1e3 / n);
    }
    parseUs[n] = round(median(runs));
  }
  return {
    problems,
    result: {
      compile_1000_rules_ms: phase(phases.total),
      compile_1000_parse_ms: phase(phases.parse),
      compile_1000_check_ms: phase(phases.check),
      compile_1000_compile_ms: phase(phases.compile),
      parse_us_per_rule_100: parseUs[100],
      parse_us_per_rule_1000: parseUs[1000],
      parse_us_per_rule_10000: parseUs[10_000],
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const measured = await measureCompile();
  if (process.argv.includes('--json')) console.log(JSON.stringify(measured));
  else {
    const r = measured.result;
    console.log(`compile 1,000 rules: ${r.compile_1000_rules_ms} ms = parse ${r.compile_1000_parse_ms} + check ${r.compile_1000_check_ms} + compile ${r.compile_1000_compile_ms}`);
    console.log(`parse ${r.parse_us_per_rule_100} / ${r.parse_us_per_rule_1000} / ${r.parse_us_per_rule_10000} us per rule at 100 / 1,000 / 10,000 rules`);
    for (const p of measured.problems) console.error(`bench: ${p}`);
  }
}
