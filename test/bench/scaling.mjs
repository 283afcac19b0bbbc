// How checking grows with the size of a policy (docs/limits.md): parse and
// check of policies 1x, 10x and 100x a base size, for the shapes that were
// quadratic or worse before the limits (many rules, long conditions, chains of
// groups, chains of `extends`). Linear growth shows as a per-unit time that
// stays flat; the ratio column is time(100x) / (100 * time(1x)). Against the
// BUILT packages:
//   npx tsc -b packages/cli && node test/bench/scaling.mjs [--json]
import { checkText, Source } from '../../packages/dsl/dist/index.js';
import { loadGenerator } from './compile.mjs';

const RUNS = 5;
const head = (name) => `policy "${name}" {\n  version "1.0.0"\n  stance warn_then_end\n  script s "Please stop."\n`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Median ms of `work` over RUNS runs after one warm-up. */
function time(work) {
  work();
  const xs = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    work();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

const ATOMS = ['customer profanity', 'customer slur', 'caller.incidents >= 2', 'caller.withheld', 'customer threat 2 times within 10m', 'not caller.vulnerable'];

/** Each shape: a policy text of size n, and the units n counts. */
async function shapes() {
  const { generatePolicy } = await loadGenerator();
  return [
    { name: 'rules', unit: 'rule', sizes: [100, 1_000, 10_000], text: (n) => ({ text: generatePolicy(n) }) },
    {
      name: 'condition terms',
      unit: 'term',
      sizes: [10, 100, 1_000],
      text: (n) => ({ text: `${head('c')}  rule r "t" {\n    when ${Array.from({ length: n }, (_, i) => ATOMS[i % ATOMS.length]).join(' and ')}\n    do warn with s\n  }\n}\n` }),
    },
    {
      name: 'chained groups',
      unit: 'group',
      sizes: [3, 30, 300],
      // Chains of 10 (group depth stays under its limit), n / 3 of them.
      text: (n) => {
        let groups = '';
        for (let i = 0; i < n; i++) groups += `  group g${i} = ${i % 10 === 0 ? 'profanity' : `g${i - 1}`}\n`;
        const uses = Array.from({ length: Math.ceil(n / 10) }, (_, k) => `customer g${Math.min(n - 1, k * 10 + 9)}`).join(' or ');
        return { text: `${head('g')}${groups}  rule r "t" {\n    when ${uses}\n    do warn with s\n  }\n}\n` };
      },
    },
    {
      name: 'extends chain',
      unit: 'base',
      sizes: [1, 4, 16],
      text: (n) => {
        const files = new Map();
        for (let i = 1; i <= n; i++) files.set(`b${i}`, `policy "b${i}"${i < n ? ` extends "b${i + 1}"` : ''} {\n  version "1.0.0"\n${i === n ? '  stance warn_then_end\n  script s "Please stop."\n' : ''}  rule r${i} "t" {\n    when customer rudeness\n    do deescalate\n  }\n}\n`);
        const resolve = (ref) => (files.has(ref) ? { source: new Source(files.get(ref), `${ref}.policy`) } : { error: 'missing' });
        return { text: `policy "top" extends "b1" {\n  version "1.0.0"\n}\n`, options: { resolve } };
      },
    },
  ];
}

export async function measureScaling() {
  const out = [];
  for (const shape of await shapes()) {
    const points = shape.sizes.map((n) => {
      const { text, options } = shape.text(n);
      const result = checkText(text, 'scaling.policy', options);
      if (result.policy === undefined) throw new Error(`${shape.name} at ${n}: ${result.diagnostics[0]?.code} ${result.diagnostics[0]?.message}`);
      const ms = time(() => checkText(text, 'scaling.policy', options));
      return { n, ms: round(ms), us_per_unit: round((ms * 1000) / n) };
    });
    const [first, , last] = points;
    out.push({ shape: shape.name, unit: shape.unit, points, ratio: round(last.ms / ((first.ms * last.n) / first.n)) });
  }
  return out;
}

export function printScaling(rows, log = console.log) {
  for (const r of rows) {
    log(`${r.shape.padEnd(16)} ${r.points.map((p) => `${p.n} ${r.unit}s ${p.ms} ms (${p.us_per_unit} us/${r.unit})`).join(' · ')} · growth ratio ${r.ratio}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureScaling();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else printScaling(rows);
}
