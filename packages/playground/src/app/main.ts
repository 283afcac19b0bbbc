/**
 * The playground page: the editor on the left; on the right the palette,
 * the timeline with each entry's decision and explanation, and the
 * coverage of the policy's ladders. The state (policy and timeline) lives
 * in the URL fragment, so any moment can be shared as a link.
 */
import { ACTIONS, BEHAVIOURS, formatDiagnostic, SPEAKERS } from '@callguard/dsl';
import type { Speaker } from '@callguard/dsl';
import example from '../../../../examples/policies/warn-then-end.policy';
import { createEditor, setText } from './editor.js';
import { run } from './run.js';
import { decode, encode } from './share.js';
import type { Shared } from './share.js';
import { label, LINE_ENTRIES } from './timeline.js';
import type { TimelineEntry } from './timeline.js';

/** Wait after the last keystroke before the timeline is played again. */
const RERUN_DELAY_MS = 200;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

let state: Shared = { policy: example, timeline: [] };
let speaker: Speaker = 'customer';
let rerun: ReturnType<typeof setTimeout> | undefined;
/** Updates of the fragment, in order: a slow encode must not overwrite a newer one. */
let written = Promise.resolve();

const editor = createEditor(byId('editor'), state.policy, (policy) => {
  state = { ...state, policy };
  clearTimeout(rerun);
  rerun = setTimeout(refresh, RERUN_DELAY_MS);
});

function setTimeline(timeline: readonly TimelineEntry[]): void {
  state = { ...state, timeline };
  refresh();
}

function buttons<T extends string>(list: readonly T[], attribute: string, onClick: (value: T) => void): HTMLButtonElement[] {
  return list.map((value) => {
    const b = el('button', { type: 'button', textContent: value.replaceAll('_', ' ') });
    b.dataset[attribute] = value;
    b.addEventListener('click', () => onClick(value));
    return b;
  });
}

function buildPalette(): void {
  const speakers = SPEAKERS.map((s) => {
    const input = el('input', { type: 'radio', name: 'speaker', value: s, checked: s === speaker });
    input.addEventListener('change', () => (speaker = s));
    return el('label', {}, input, ` ${s}`);
  });
  byId('speakers').append(...speakers);
  byId('behaviours').append(...buttons(BEHAVIOURS, 'behaviour', (behaviour) => setTimeline([...state.timeline, { t: 'say', speaker, behaviour }])));
  byId('actions').append(...buttons(ACTIONS, 'action', (action) => setTimeline([...state.timeline, { t: 'act', action }])));
  byId('lines').append(...buttons(LINE_ENTRIES, 'line', (event) => setTimeline([...state.timeline, { t: 'line', event }])));
  byId('clear').addEventListener('click', () => setTimeline([]));
}

/** Plays the timeline through the policy and shows everything that follows from it. */
function refresh(): void {
  clearTimeout(rerun);
  const result = run(state.policy, state.timeline);
  byId('diagnostics').replaceChildren(
    ...result.diagnostics.map((d) => {
      const item = el('li', { className: d.severity, textContent: formatDiagnostic(d) });
      item.dataset.code = d.code;
      return item;
    }),
  );
  byId('status').textContent = result.policy
    ? `${result.policy.name} ${result.policy.version}: ${result.diagnostics.length === 0 ? 'no problems' : `${result.diagnostics.length} warning(s)`}`
    : 'The policy has errors: fix them to play the call.';
  byId('timeline').replaceChildren(
    ...state.timeline.map((entry, i) => {
      const outcome = result.outcomes[i];
      const remove = el('button', { type: 'button', className: 'remove', title: 'Remove this event', textContent: '×' });
      remove.addEventListener('click', () => setTimeline(state.timeline.filter((_, k) => k !== i)));
      const action = el('span', { className: 'action' });
      action.dataset.testid = 'decision-action';
      const why = el('p', { className: 'explanation' });
      if (outcome && 'decision' in outcome) {
        action.textContent = outcome.decision.action;
        why.textContent = outcome.explanation;
      } else if (outcome) {
        action.textContent = 'rejected';
        why.textContent = outcome.rejected;
      }
      return el('li', {}, el('div', { className: 'entry' }, el('span', { className: 'what', textContent: label(entry) }), action, remove), why);
    }),
  );
  const reached = result.coverage.filter((s) => s.reached).length;
  byId('coverage-summary').textContent = result.policy
    ? `${reached} of ${result.coverage.length} ladder steps reached (${result.coverage.length === 0 ? 100 : Math.round((reached / result.coverage.length) * 100)}%)`
    : '';
  byId('coverage').replaceChildren(
    ...result.coverage.map((s) => el('li', { className: s.reached ? 'reached' : 'missed', textContent: `${s.reached ? '✓' : '·'} ${s.rule} step ${s.n}: ${s.action}` })),
  );
  const snapshot = state;
  written = written.then(async () => {
    const fragment = await encode(snapshot);
    if (snapshot === state) history.replaceState(null, '', `#${fragment}`);
  });
}

async function restore(): Promise<void> {
  const shared = await decode(location.hash.slice(1));
  if (shared && (shared.policy !== state.policy || JSON.stringify(shared.timeline) !== JSON.stringify(state.timeline))) {
    state = shared;
    if (editor.state.doc.toString() !== shared.policy) setText(editor, shared.policy);
  }
  refresh();
}

byId('share').addEventListener('click', async () => {
  await written;
  const link = byId<HTMLInputElement>('share-link');
  link.value = location.href;
  link.hidden = false;
  link.select();
  await navigator.clipboard?.writeText(location.href).catch(() => undefined);
});
window.addEventListener('hashchange', () => void restore());
buildPalette();
void restore().then(() => {
  document.body.dataset.ready = 'true';
});
