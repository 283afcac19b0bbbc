// The browser bundle of the engine runtime: within its size budget, free of
// the parser and checker, and deciding a call in a context that has no
// `process`, `Buffer` or `require` (only what every browser has), exactly as
// the engine does in Node.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../packages/dsl/src/index.js';
import { compile, createArtefact, explain } from '../../packages/engine/src/index.js';
import { bundleRuntime as bundle, RUNTIME_BUNDLE_BUDGET } from '../bench/runtime-bundle.mjs';

const root = new URL('../../', import.meta.url);
const { policy } = checkText(readFileSync(new URL('examples/policies/warn-then-end.policy', root), 'utf8'), 'warn-then-end.policy');
if (!policy) throw new Error('warn-then-end.policy does not check');
const events = readFileSync(new URL('examples/calls/keeps-swearing.jsonl', root), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as unknown);

describe('the runtime bundle', () => {
  it('stays under its gzipped budget and carries no parser or checker', async () => {
    const { gzipBytes, inputs } = await bundle('esm');
    expect(gzipBytes).toBeLessThan(RUNTIME_BUNDLE_BUDGET);
    expect(inputs.filter((f) => /chevrotain|dsl\/src\/(parse|grammar|check\/check|print)/.test(f))).toEqual([]);
  });

  it('loads an artefact and decides as the engine does, with no Node globals', async () => {
    const { code } = await bundle('iife');
    const artefact = JSON.stringify(createArtefact(policy, 'warn-then-end.policy'));
    const script = `${code}
      const session = CallGuard.loadArtefact(JSON.parse(artefact)).open(events[0]);
      const decisions = [session.opening, ...events.slice(1).map((e) => session.handle(e))];
      result = JSON.stringify({ decisions, said: CallGuard.explain(decisions.at(-1)) });`;
    const context = { TextEncoder, artefact, events, result: '' };
    runInNewContext(script, context);
    const session = compile(policy).open(events[0]);
    const decisions = [session.opening, ...events.slice(1).map((e) => session.handle(e))];
    expect(context.result).toBe(JSON.stringify({ decisions, said: explain(decisions.at(-1)!) }));
  });
});
