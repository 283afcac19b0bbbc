import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CheckedPolicy } from '@callguard/dsl';
import type { DiffResult } from '@callguard/engine/analysis';
import type { PolicyCoverage } from '@callguard/testing';
import type { ReportData } from './report-data.js';

/** A policy to review in the report, with the semantic diff against its previous version and its tests' coverage when given. */
export interface ReviewedPolicy {
  readonly policy: CheckedPolicy;
  readonly diff?: { readonly previous: CheckedPolicy; readonly result: DiffResult } | undefined;
  /** The steps the policy tests reached (`--tests`), with how many cases ran; undefined when no tests were given. */
  readonly tests?: { readonly coverage: PolicyCoverage | undefined; readonly cases: number } | undefined;
}

/** Chart.js's UMD build, inlined so the page needs no network. */
function chartJs(): string {
  // The package exports no path to its UMD build, which sits beside its CommonJS entry.
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
}

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The whole report: one self-contained HTML page (styles, data, Chart.js and the drawing code inline). */
export function reportHtml(title: string, data: ReportData, policies: readonly ReviewedPolicy[]): string {
  const share = data.hangUps === 0 ? '–' : `${Math.round((100 * data.warnedFirst) / data.hangUps)}%`;
  const perThousand = data.calls === 0 ? '–' : ((1000 * data.hangUps) / data.calls).toFixed(1);
  // JSON in a script element: `<` escaped so no text in the log can close it.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #1d2329; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
.figures { display: flex; gap: 2rem; flex-wrap: wrap; } .figure b { display: block; font-size: 1.8rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1.5rem; }
figure { margin: 0; } canvas { width: 100%; height: 260px; }
ol.ladder { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; }
ol.ladder li { border: 1px solid #8c959f; border-radius: 4px; padding: .2rem .5rem; }
ol.ladder li.seen { background: #dafbe1; } ol.ladder li + li::before { content: "→ "; color: #57606a; }
ol.ladder li.tested { border: 2px solid #0969da; } ol.ladder li.tested::after { content: " ✓"; color: #0969da; }
table.coverage { border-collapse: collapse; } table.coverage td, table.coverage th { border-bottom: 1px solid #d0d7de; padding: .15rem .8rem .15rem 0; text-align: left; }
td.untested { color: #cf222e; }
.script { color: #57606a; font-style: italic; } code { background: #f6f8fa; padding: 0 .2rem; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<section class="figures">
  <div class="figure"><b data-testid="calls">${data.calls}</b>calls</div>
  <div class="figure"><b data-testid="hang-ups">${data.hangUps}</b>ended by the policy</div>
  <div class="figure"><b>${perThousand}</b>hang-ups per 1,000 calls</div>
  <div class="figure"><b data-testid="warned-share">${share}</b>of endings preceded by a warning</div>
</section>
<h2>Calls</h2>
<div class="charts">
  <figure><canvas id="by-day" aria-label="Hang-ups per 1,000 calls by day"></canvas></figure>
  <figure><canvas id="warned" aria-label="Endings preceded by a warning"></canvas></figure>
  <figure><canvas id="by-queue" aria-label="Calls and hang-ups by queue"></canvas></figure>
  <figure><canvas id="by-rule" aria-label="Endings by rule"></canvas></figure>
  <figure><canvas id="by-policy" aria-label="Calls and hang-ups by policy version"></canvas></figure>
</div>
${policies.map((p) => review(p, new Set(data.stepsSeen))).join('\n')}
<script type="application/json" id="report-data">${json}</script>
<script>${chartJs()}</script>
<script>
(() => {
  const data = JSON.parse(document.getElementById('report-data').textContent);
  Chart.defaults.animation = false;
  const draw = (id, type, labels, datasets, title) =>
    new Chart(document.getElementById(id), { type, data: { labels, datasets }, options: { responsive: true, plugins: { title: { display: true, text: title } } } });
  draw('by-day', 'line', data.byDay.map((s) => s.label), [{ label: 'hang-ups per 1,000 calls', data: data.byDay.map((s) => (1000 * s.hangUps) / s.calls) }], 'Hang-ups per 1,000 calls, by day');
  draw('warned', 'doughnut', ['warned first', 'no warning first'], [{ data: [data.warnedFirst, data.hangUps - data.warnedFirst] }], 'Endings preceded by a warning');
  draw('by-queue', 'bar', data.byQueue.map((s) => s.label), [{ label: 'calls', data: data.byQueue.map((s) => s.calls) }, { label: 'hang-ups', data: data.byQueue.map((s) => s.hangUps) }], 'By queue');
  draw('by-rule', 'bar', data.byRule.map((s) => s.label), [{ label: 'endings', data: data.byRule.map((s) => s.count) }], 'Endings by rule');
  draw('by-policy', 'bar', data.byPolicy.map((s) => s.label), [{ label: 'calls', data: data.byPolicy.map((s) => s.calls) }, { label: 'hang-ups', data: data.byPolicy.map((s) => s.hangUps) }], 'By policy version');
  document.body.dataset.ready = 'true';
})();
</script>
</body>
</html>
`;
}

function review({ policy, diff, tests }: ReviewedPolicy, seen: ReadonlySet<string>): string {
  const steps = policy.rules.flatMap((r) => r.ladder.map((s) => `${r.id}#${s.n}`));
  const covered = steps.filter((s) => seen.has(s)).length;
  const tested = new Set((tests?.coverage?.steps ?? []).filter((s) => s.reached).map((s) => `${s.rule}#${s.n}`));
  const rules = policy.rules
    .map((r) => {
      const ladder = r.ladder
        .map((s) => {
          const key = `${r.id}#${s.n}`;
          const classes = [seen.has(key) ? 'seen' : '', tested.has(key) ? 'tested' : ''].filter((c) => c !== '').join(' ');
          return `<li class="${classes}">${esc([s.action, ...s.alternatives.map((a) => a.action)].join(' or '))}${s.script ? ` <span class="script">${esc(s.script.name)}</span>` : ''}</li>`;
        })
        .join('');
      return `<h4><code>${esc(r.id)}</code> ${esc(r.title)}</h4><ol class="ladder">${ladder}</ol>`;
    })
    .join('\n');
  const scripts = Object.entries(policy.scripts)
    .map(([name, text]) => `<li><code>${esc(name)}</code>: <span class="script">${esc(text)}</span></li>`)
    .join('');
  const changes =
    diff === undefined
      ? ''
      : `<h3>Changes since ${esc(diff.previous.version)}</h3><ul>${
          diff.result.sameDecisions ? '<li>No change in decisions.</li>' : [...diff.result.headlines, ...diff.result.differences.map((d) => d.sentence)].map((s) => `<li>${esc(s)}</li>`).join('')
        }${diff.result.metadata.map((m) => `<li>${esc(`${m.what}: ${m.old ?? '(none)'} → ${m.new ?? '(removed)'}`)}</li>`).join('')}</ul>`;
  return `<section class="review">
<h2>Review: ${esc(policy.name)} ${esc(policy.version)} <small>(${esc(policy.hash.slice(0, 12))}, stance <code>${esc(policy.stance)}</code>)</small></h2>
<p>Ladder steps taken in the log: ${covered} of ${steps.length} (green).${tests === undefined ? '' : ' Steps the policy tests reach are outlined and ticked.'}</p>
<h3>Rules</h3>
${rules}
${tests === undefined ? '' : testCoverage(policy, tests)}
<h3>Scripts</h3><ul>${scripts}</ul>
${changes}
</section>`;
}

/** The policy tests' step coverage, in total and per rule. */
function testCoverage(policy: CheckedPolicy, tests: NonNullable<ReviewedPolicy['tests']>): string {
  const { coverage, cases } = tests;
  if (coverage === undefined) return '<h3>Test coverage</h3><p data-testid="test-coverage">No policy test names this policy.</p>';
  const rows = policy.rules
    .map((r) => {
      const own = coverage.steps.filter((s) => s.rule === r.id);
      const reached = own.filter((s) => s.reached).length;
      return `<tr><td><code>${esc(r.id)}</code></td><td class="${reached < own.length ? 'untested' : ''}">${reached} of ${own.length}</td></tr>`;
    })
    .join('');
  return `<h3>Test coverage</h3>
<p data-testid="test-coverage">${coverage.reached} of ${coverage.total} ladder steps reached by ${cases} test ${cases === 1 ? 'case' : 'cases'} (${Math.floor(coverage.percent)}%).</p>
<table class="coverage"><thead><tr><th>rule</th><th>steps tested</th></tr></thead><tbody>${rows}</tbody></table>`;
}
