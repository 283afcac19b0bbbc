#!/usr/bin/env node
// `pnpm demo`: a tour of CallGuard on the example policies and calls, each
// section saying what it shows before the command it runs. It runs the
// built `callguard` command as a user would (`pnpm demo` builds it first)
// and stops at the first command that fails. test/e2e/demo.test.ts runs it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const policy = 'examples/policies/warn-then-end.policy';
const policies = readdirSync(new URL('policies', import.meta.url))
  .filter((f) => f.endsWith('.policy'))
  .sort()
  .map((f) => `examples/policies/${f}`);

const print = (text = '') => process.stdout.write(`${text}\n`);

/** `word` as it would be typed in a shell. */
const shellWord = (word) => (/^[\w./=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** Runs `callguard ...args`, its output shown as it comes unless `quiet`; exits with its code when it fails. */
function callguard(args, { quiet = false, expect = [0] } = {}) {
  if (!quiet) print(`$ callguard ${args.map(shellWord).join(' ')}`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'inherit'] });
  if (!expect.includes(r.status)) {
    process.stderr.write(`demo: \`callguard ${args.join(' ')}\` exited with ${r.status}\n`);
    process.exit(1);
  }
  return r.stdout ?? '';
}

function section(n, title, what) {
  print();
  print(`${n}. ${title}`);
  print('-'.repeat(`${n}. ${title}`.length));
  print(what);
  print();
}

/** The decision that settled a call: the one that ended it, else the last that did more than continue. */
function decidingEvent(call) {
  const decisions = callguard(['replay', '--json', policy, call], { quiet: true })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const acted = decisions.filter((d) => d.action !== 'continue');
  return acted.find((d) => d.ended) ?? acted.at(-1);
}

/** Replays one call and prints, in full, what the customer said that settled it. */
function replay(call, story) {
  print(story);
  callguard(['replay', policy, call]);
  const deciding = decidingEvent(call);
  if (!deciding) {
    print('\nNothing crossed a threshold: every decision was to continue.');
  } else {
    const { event } = JSON.parse(callguard(['explain', '--json', policy, call, '--at', String(deciding.event.seq)], { quiet: true }));
    print(`\nThe deciding utterance (event ${deciding.event.seq}, ${deciding.action}${deciding.ended ? ', the call ends' : ''}):`);
    print(`  ${event.speaker}: "${event.text}"`);
  }
  print();
}

print('CallGuard demo: when may a call with a customer be ended, and what must happen before and after?');
print();
print('How to read the timelines below:');
const legend = [
  ['acme-standard 3.2.0 (a286698607a7)', "the policy's name and version, and the start of its hash: every decision names the full hash, so it can be traced to the exact policy text"],
  ['+01:05', 'time since the call started'],
  ['profanity 0.95', 'what the transcript detector heard, and how sure it is'],
  ['aggression 0.50 < 0.70', "heard, but under the policy's threshold: it does not count"],
  ['1/4', "the step of the rule's ladder: warn, warn again, a supervisor, then the end"],
  ['end_call ■', 'the policy lets the agent end the call here; ■ marks the decision after which the call is over'],
  ['…', 'text cut to fit the table; the deciding utterance is printed in full after each call'],
];
for (const [mark, meaning] of legend) print(`  ${mark.padEnd(36)}  ${meaning}`);

section(1, 'Check the policies', 'Every example policy parses and makes sense: unknown behaviours, unreachable rules and weakened stances are errors before anything runs.');
callguard(['check', ...policies]);

section(2, 'Replay calls against warn-then-end', 'Each call is replayed event by event; every decision says what the agent may do and what must follow.');
replay('examples/calls/keeps-swearing.jsonl', 'A caller who keeps swearing: two warnings, a supervisor, then the call may end.');
replay('examples/calls/threat.jsonl', 'A threat counts as abuse: the caller is warned, and the incident is documented and followed up.');
replay('examples/calls/rude-not-abusive.jsonl', 'Rude is not abusive: the agent de-escalates and the call goes on.');

section(3, 'Explain one decision', 'Why did the last event of the swearing call end it? `explain` answers in plain words, with the rule, the ladder step, the evidence and the duties.');
callguard(['explain', policy, 'examples/calls/keeps-swearing.jsonl', '--at', '10']);

section(4, 'Decide one event', '`eval` answers a single question, as `opa eval` does: here one utterance given on the command line.');
callguard(['eval', policy, '{"type":"utterance","at":"2026-12-01T09:00:05Z","speaker":"customer","text":"You are a useless idiot."}']);

section(5, 'Run the policy tests', 'Policies are tested like code: each case replays a call and states the decisions it expects; coverage names the rules and ladder steps no test reached. Every example policy has its tests: `callguard test examples/tests`.');
callguard(['test', 'examples/tests/warn-then-end.test.yaml', '--coverage']);
