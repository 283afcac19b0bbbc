// The language server through the protocol, over stdio, against the built
// server (`pnpm test` builds it first): a base policy and a policy that
// extends it, in a folder of their own.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from '@callguard/dsl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { positionOf, startClient } from '../test/lsp-client.mjs';
import type { LspClient } from '../test/lsp-client.mjs';

const examples = new URL('../../../examples/policies/', import.meta.url);
let dir: string;
let client: LspClient;
let baseUri: string;
let childUri: string;
let baseText: string;
let childText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'callguard-lsp-'));
  for (const name of ['warn-then-end.policy', 'acme-billing.policy']) copyFileSync(new URL(name, examples), join(dir, name));
  baseUri = pathToFileURL(join(dir, 'warn-then-end.policy')).href;
  childUri = pathToFileURL(join(dir, 'acme-billing.policy')).href;
  baseText = readFileSync(join(dir, 'warn-then-end.policy'), 'utf8');
  childText = readFileSync(join(dir, 'acme-billing.policy'), 'utf8');
  client = await startClient(pathToFileURL(dir).href);
  const childDiagnostics = client.diagnostics(childUri);
  const baseDiagnostics = client.diagnostics(baseUri);
  await open(childUri, childText);
  await open(baseUri, baseText);
  expect(await childDiagnostics).toEqual([]);
  expect(await baseDiagnostics).toEqual([]);
});

afterAll(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(uri: string, text: string, version = 1): Promise<void> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callguard-policy', version, text } });
}

const request = <T>(method: string, params: object): Promise<T> => client.connection.sendRequest(method, params) as Promise<T>;
const at = (uri: string, text: string, needle: string, delta = 1, nth = 0) => ({ textDocument: { uri }, position: positionOf(text, needle, delta, nth) });
const hoverText = (h: Hover | null): string => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('language server over stdio', () => {
  it('hovers behaviours, actions, fields, groups and scripts from the base', async () => {
    expect(hoverText(await request<Hover>('textDocument/hover', at(baseUri, baseText, 'profanity')))).toMatch(/^behaviour `profanity`\n\nCursing/);
    const group = hoverText(await request<Hover>('textDocument/hover', at(childUri, childText, 'customer abusive', 10)));
    expect(group).toContain('group `abusive` = `profanity` or `slur`');
    expect(group).toContain('Defined in `acme-standard`.');
    expect(hoverText(await request<Hover>('textDocument/hover', at(childUri, childText, 'final_notice')))).toContain("> I'm ending our call now.");
    expect(hoverText(await request<Hover>('textDocument/hover', at(childUri, childText, 'escalate')))).toMatch(/^action `escalate`/);
    expect(hoverText(await request<Hover>('textDocument/hover', at(childUri, childText, 'debrief')))).toMatch(/^duty `debrief`/);
    expect(hoverText(await request<Hover>('textDocument/hover', at(baseUri, baseText, 'caller.vulnerable', 8)))).toMatch(/^field `caller.vulnerable` \(yes\/no\)/);
  });

  it('goes to the definitions of scripts, groups, overridden rules and the base', async () => {
    const script = await request<Location>('textDocument/definition', at(childUri, childText, 'final_notice'));
    expect(script.uri).toBe(baseUri);
    expect(script.range.start).toEqual(positionOf(baseText, 'final_notice'));
    const local = await request<Location>('textDocument/definition', at(childUri, childText, 'with billing_warn', 6));
    expect(local).toEqual({ uri: childUri, range: { start: positionOf(childText, 'billing_warn'), end: positionOf(childText, 'billing_warn', 12) } });
    const rule = await request<Location>('textDocument/definition', at(childUri, childText, 'rule abuse', 6));
    expect(rule.uri).toBe(baseUri);
    expect(rule.range.start).toEqual(positionOf(baseText, 'rule abuse', 5));
    const base = await request<Location>('textDocument/definition', at(childUri, childText, '"acme-standard"', 3));
    expect(base.uri).toBe(baseUri);
    expect(base.range.start).toEqual(positionOf(baseText, '"acme-standard"'));
  });

  it('completes the names that fit where the cursor is', async () => {
    const labels = async (text: string, needle: string, delta: number): Promise<string[]> => {
      await change(childUri, text);
      const items = await request<CompletionItem[]>('textDocument/completion', at(childUri, text, needle, delta));
      return items.map((i) => i.label);
    };
    const withCursor = (line: string): string => childText.replace('    when customer abusive\n', `    when customer abusive\n${line}\n`);
    expect(await labels(withCursor('    when customer '), 'when customer \n', 14)).toEqual(expect.arrayContaining(['profanity', 'threat', 'abusive']));
    expect(await labels(withCursor('    do warn with '), 'do warn with \n', 13)).toEqual(expect.arrayContaining(['billing_warn', 'warn_abuse', 'final_notice', 'apology']));
    const duties = await labels(withCursor('    duties document, '), 'duties document, \n', 21);
    expect(duties).toEqual(expect.arrayContaining(['notify', 'follow_up', 'record_strike']));
    expect(duties).not.toContain('profanity');
    expect(await labels(withCursor('    when caller.'), 'when caller.\n', 12)).toEqual(expect.arrayContaining(['vulnerable', 'incidents_30d', 'strikes', 'restrictions']));
    expect(await labels(withCursor('    do escalate then '), 'then \n', 5)).toEqual(expect.arrayContaining(['warn', 'end_call', 'block_caller']));
    const declared = childText.replace('  override rule abuse', '  placeholder case_reference from call\n  script ref "Your reference is {ca}."\n\n  override rule abuse');
    expect(await labels(withCursor('    do deescalate with any 2 of (warn_abuse, '), 'warn_abuse, \n', 12)).toEqual(expect.arrayContaining(['billing_warn', 'final_notice']));
    // Names on offer come from the newest tree built: have the declaration parsed first.
    await change(childUri, declared);
    await request<Hover>('textDocument/hover', at(childUri, declared, 'case_reference from'));
    expect(await labels(declared, '{ca}', 3)).toEqual(['agent_name', 'callback_number', 'customer_name', 'case_reference']);
    await change(childUri, childText);
  });

  it('hovers a placeholder in a script\'s words: a built-in with its source, a declared one with its line', async () => {
    const text = childText.replace('  override rule abuse', '  placeholder case_reference from call\n  script ref "Hi {customer_name}, ref {case_reference}."\n\n  override rule abuse');
    await change(childUri, text);
    expect(hoverText(await request<Hover>('textDocument/hover', at(childUri, text, '{customer_name}', 3)))).toMatch(/^placeholder `customer_name`\n\nHow to address the customer, from `caller.name`/);
    expect(hoverText(await request<Hover>('textDocument/hover', at(childUri, text, '{case_reference}', 3)))).toBe(
      'placeholder `case_reference`\n\nFilled from `call.placeholders.case_reference` of `call_started`.',
    );
    const definition = await request<Location>('textDocument/definition', at(childUri, text, '{case_reference}', 3));
    expect(definition.range.start).toEqual(positionOf(text, 'placeholder case_reference', 12));
    await change(childUri, childText);
  });

  it('offers, describes and finds the behaviours a policy declares', async () => {
    const declared = childText.replace('  version "3.2.1"\n', '  version "3.2.1"\n  behaviour insults_staff "Insults about staff" threshold 0.7\n');
    const text = declared.replace('    when customer abusive\n', '    when customer abusive\n    when customer \n');
    // Completion offers the names of the newest tree built: build the declaration's (an outline does), then type.
    await change(childUri, declared);
    await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: childUri } });
    await change(childUri, text);
    const items = await request<CompletionItem[]>('textDocument/completion', at(childUri, text, 'when customer \n', 14));
    expect(items.find((i) => i.label === 'insults_staff')?.detail).toBe('Insults about staff');
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['profanity', 'abusive']));
    const used = declared.replace('when customer unreasonable_demand', 'when customer insults_staff');
    await change(childUri, used);
    expect(hoverText(await request<Hover>('textDocument/hover', at(childUri, used, 'customer insults_staff', 10)))).toBe('behaviour `insults_staff`\n\nInsults about staff (threshold 0.7). Declared with `behaviour`.');
    const def = await request<Location>('textDocument/definition', at(childUri, used, 'customer insults_staff', 10));
    expect(def.range.start).toEqual(positionOf(used, 'insults_staff'));
    await change(childUri, childText);
  });

  it('renames a script and a rule across the base and the policy that extends it', async () => {
    const script = await request<WorkspaceEdit>('textDocument/rename', { ...at(childUri, childText, 'final_notice'), newName: 'closing_words' });
    expect(Object.keys(script.changes!).sort()).toEqual([baseUri, childUri].sort());
    expect(script.changes![baseUri]).toHaveLength(3); // the definition and two uses
    expect(script.changes![childUri]).toHaveLength(1);
    const rule = await request<WorkspaceEdit>('textDocument/rename', { ...at(baseUri, baseText, 'rule abuse', 6), newName: 'abusive_language' });
    expect(rule.changes![baseUri]).toEqual([{ range: { start: positionOf(baseText, 'rule abuse', 5), end: positionOf(baseText, 'rule abuse', 10) }, newText: 'abusive_language' }]);
    expect(rule.changes![childUri]).toEqual([{ range: { start: positionOf(childText, 'rule abuse', 5), end: positionOf(childText, 'rule abuse', 10) }, newText: 'abusive_language' }]);
    await expect(request('textDocument/rename', { ...at(childUri, childText, 'billing_warn'), newName: '2nd warning' })).rejects.toThrow(/cannot be a name/);
  });

  it('reports a typed mistake with its docs page, and fixes it from the "did you mean"', async () => {
    const broken = childText.replace('when customer unreasonable_demand', 'when customer swearing');
    const published = client.diagnostics(childUri, 9);
    await change(childUri, broken, 9);
    const [d, ...rest] = await published;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'check/unknown-behaviour', severity: 1, source: 'callguard', data: { replacement: 'profanity' } });
    expect(d!.codeDescription!.href).toMatch(/\/docs\/diagnostics\/check-unknown-behaviour\.md$/);
    expect(d!.range).toEqual({ start: positionOf(broken, 'swearing'), end: positionOf(broken, 'swearing', 8) });
    const actions = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: childUri }, range: d!.range, context: { diagnostics: [d] } });
    expect(actions.map((a) => a.edit?.changes?.[childUri])).toEqual([[{ range: d!.range, newText: 'profanity' }]]);
    await change(childUri, childText);
  });

  it('formats a policy into the canonical layout, and leaves broken text alone', async () => {
    const messy = '  policy   "x" {version "1.0.0"\nstance warn_then_end\n script s "Hi."   rule r "R" { when customer threat do warn with s } }';
    await change(childUri, messy);
    const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: childUri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toHaveLength(1);
    expect(edits[0]!.newText).toBe(format(messy).text);
    await change(childUri, 'policy "x" { version ');
    expect(await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: childUri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    await change(childUri, childText);
  });

  it('outlines the policy', async () => {
    const [policy] = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: childUri } });
    expect(policy!.name).toBe('acme-billing');
    expect(policy!.children!.map((c) => c.name)).toEqual(['billing_warn', 'abuse', 'disputes', 'on line_dropped']);
  });
});

let version = 1;
async function change(uri: string, text: string, next = ++version): Promise<void> {
  version = next;
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}
