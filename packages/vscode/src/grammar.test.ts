// The TextMate grammar, run by VS Code's own TextMate engine (vscode-textmate
// with the Oniguruma regular expressions VS Code uses) on the example policy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ACTIONS, BEHAVIOURS, DUTIES } from '@callguard/dsl';
import { INITIAL, Registry } from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
let grammar: IGrammar;

beforeAll(async () => {
  await loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async () => JSON.parse(readFileSync(new URL('../syntaxes/callguard-policy.tmLanguage.json', import.meta.url), 'utf8')),
  });
  grammar = (await registry.loadGrammar('source.callguard-policy'))!;
});

/** Each token of `text` with its innermost scope. */
function tokens(text: string): [string, string][] {
  let state = INITIAL;
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const word = line.slice(t.startIndex, t.endIndex);
      if (word.trim() !== '') out.push([word, t.scopes[t.scopes.length - 1]!]);
    }
    state = r.ruleStack;
  }
  return out;
}

const scopeOf = (text: string, word: string): string | undefined => tokens(text).find(([w]) => w === word)?.[1];

describe('the policy grammar', () => {
  const example = readFileSync(new URL('../../../examples/policies/warn-then-end.policy', import.meta.url), 'utf8');

  it('scopes the example policy', () => {
    const t = tokens(example);
    expect(t[0]).toEqual(['#', 'punctuation.definition.comment.callguard-policy']);
    expect(t).toContainEqual(['acme-standard', 'string.quoted.double.callguard-policy']);
    expect(t).toContainEqual(['abuse', 'entity.name.function.callguard-policy']);
    expect(t).toContainEqual(['warn_abuse', 'entity.name.type.callguard-policy']);
    expect(t).toContainEqual(['line_dropped', 'entity.name.function.event.callguard-policy']);
    expect(t).toContainEqual(['vulnerable', 'variable.other.property.callguard-policy']);
    expect(t).toContainEqual(['24h', 'constant.numeric.duration.callguard-policy']);
    expect(t).toContainEqual(['2026-12-01', 'constant.numeric.date.callguard-policy']);
    expect(t).toContainEqual(['>=', 'keyword.operator.comparison.callguard-policy']);
    expect(t).toContainEqual(['when', 'keyword.other.callguard-policy']);
    expect(t).toContainEqual(['and', 'keyword.operator.logical.callguard-policy']);
  });

  it('knows every behaviour, action and duty of the language', () => {
    for (const b of BEHAVIOURS) expect(scopeOf(`when customer ${b}`, b), b).toBe('support.constant.behaviour.callguard-policy');
    for (const a of ACTIONS) expect(scopeOf(`do ${a}`, a), a).toMatch(/^support\.function\.action\./);
    // `callback` is an action and a duty: it reads as the action.
    for (const d of DUTIES.filter((d) => d !== 'callback')) expect(scopeOf(`duties ${d}`, d), d).toBe('support.function.duty.callguard-policy');
  });

  it('reads a menu, a wait and a step that follows at once as keywords', () => {
    const line = 'do warn then after 10m may end_call then at once block_caller';
    for (const word of ['may', 'after', 'at', 'once']) expect(scopeOf(line, word)).toBe('keyword.other.callguard-policy');
  });

  it('reads placeholders: the declaration, its source and the braces in a script', () => {
    const t = tokens('placeholder case_reference from call\nscript s "Ref {case_reference}, {Agent_2}."');
    expect(t).toContainEqual(['placeholder', 'keyword.declaration.callguard-policy']);
    expect(t).toContainEqual(['case_reference', 'entity.name.type.callguard-policy']);
    expect(t).toContainEqual(['from', 'keyword.other.callguard-policy']);
    expect(t).toContainEqual(['{case_reference}', 'variable.other.placeholder.callguard-policy']);
    expect(t).toContainEqual(['{Agent_2}', 'variable.other.placeholder.callguard-policy']);
  });

  it('reads a policy\'s assert as a keyword', () => {
    expect(scopeOf('assert "no end without a warning": never end_call unless warned at least once', 'assert')).toBe('keyword.other.callguard-policy');
  });

  it('reads acknowledge as a keyword', () => {
    expect(scopeOf('acknowledge no-vulnerable-rule "Handled before connection"', 'acknowledge')).toBe('keyword.other.callguard-policy');
  });

  it('reads a behaviour declaration like a script\'s or a group\'s', () => {
    expect(scopeOf('behaviour insults_staff "Insults about staff" threshold 0.7', 'behaviour')).toBe('keyword.declaration.callguard-policy');
    expect(scopeOf('behaviour insults_staff "Insults about staff" threshold 0.7', 'insults_staff')).toBe('entity.name.type.callguard-policy');
  });

  it('ends an unterminated string at the end of its line', () => {
    expect(tokens('script s "no end\nrule r "R" {')).toContainEqual(['rule', 'keyword.declaration.callguard-policy']);
  });
});
