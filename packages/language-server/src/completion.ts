/**
 * Completion of the names that fit where the cursor is: behaviours and
 * groups after `customer`, scripts after `with`, duty kinds after `duties`,
 * actions after `do` and `then`, fields after `caller.`, placeholders after
 * `{` in a script's words, and the keywords
 * that can start a line. The context is read from the tokens before the
 * cursor, so it works on a line still being typed (which does not parse).
 */
import {
  ACTIONS,
  BEHAVIOURS,
  BUILTIN_PLACEHOLDERS,
  CALLBACK_TARGETS,
  CHANNELS,
  DUTIES,
  END_MODES,
  FIELDS,
  KEYED_FIELDS,
  LINE_EVENTS,
  RESTRICTION_KINDS,
  RESTRICTION_SCOPES,
  ROLES,
  SPEAKERS,
  STANCES,
} from '@callguard/dsl';
import type { PolicyItem } from '@callguard/dsl';
import { CompletionItemKind } from 'vscode-languageserver';
import type { CompletionItem, Range } from 'vscode-languageserver';
import type { ParsedFile } from './parsed-file.js';
import {
  ACTION_DOCS,
  BEHAVIOUR_DOCS,
  CHANNEL_DOCS,
  DUTY_DOCS,
  END_MODE_DOCS,
  EVENT_DOCS,
  FIELD_DOCS,
  PLACEHOLDER_DOCS,
  ROLE_DOCS,
  STANCE_DOCS,
} from './word-docs.js';
import type { Workspace } from './workspace.js';

/** Keywords that start a line directly inside `policy { ... }`. */
const POLICY_KEYWORDS = [
  'version', 'owner', 'effective', 'stance', 'description', 'threshold', 'zero_tolerance', 'behaviour', 'group', 'script',
  'placeholder', 'roles', 'teams', 'record', 'require', 'restriction', 'rule', 'override', 'on', 'assert', 'acknowledge',
];
/** Keywords that start a line inside a rule. */
const RULE_KEYWORDS = ['channels', 'when', 'do', 'then', 'must', 'duties'];
/** Keywords that start a line inside a restriction. */
const RESTRICTION_KEYWORDS = ['kind', 'scope', 'channels', 'lasts', 'reviewed', 'lifted', 'approved', 'appeal'];
/** Words that open a clause whose list a comma continues. */
const LIST_CLAUSES = new Set(['duties', 'must', 'zero_tolerance', 'channels', 'roles', 'teams']);
/** Words after which a condition is expected. */
const CONDITION_STARTS = new Set(['when', 'not', '(', 'and', 'or']);
/** Words that start a clause, for finding the clause the cursor is in. */
const CLAUSES = new Set(['when', 'do', 'must', 'duties', 'channels', 'zero_tolerance', 'group', 'threshold', 'approved', 'roles', 'teams']);

const TOKENS = /"(?:[^"\\\n]|\\.)*"?|#[^\n]*|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.:-]*|!=|<=|>=|\S/g;

/**
 * Completions at `offset` of `file`. The context comes from the text as it
 * is; the names on offer from the newest tree already built (see
 * `Workspace.settled`), so completing never waits for a parse of a long file.
 */
export function completionsAt(workspace: Workspace, current: ParsedFile, offset: number): CompletionItem[] {
  const file = workspace.settled(current);
  const before = current.source.body.slice(0, offset);
  const typed = /[A-Za-z0-9_.]*$/.exec(before)![0];
  const wordStart = offset - (typed.length - typed.lastIndexOf('.') - 1);
  const range: Range = { start: current.position(wordStart), end: current.position(offset) };
  const items = IN_PLACEHOLDER.test(before)
    ? placeholders(workspace, file)
    : typed.includes('.')
      ? fieldItems(workspace, file, typed)
      : wordItems(workspace, file, before.slice(0, offset - typed.length));
  return items.map((item) => ({ ...item, textEdit: { range, newText: item.label } }));
}

/** The cursor is just after `{` (and part of a name) inside a string: a placeholder is being written. */
const IN_PLACEHOLDER = /(?:^|\n)(?:[^"#\n]|"(?:[^"\\\n]|\\.)*")*"(?:[^"\\\n]|\\.)*\{[A-Za-z0-9_]*$/;

/** The built-in placeholders, then those declared in `file` and its bases. */
function placeholders(workspace: Workspace, file: ParsedFile): CompletionItem[] {
  const declared = new Map<string, CompletionItem>();
  for (const f of workspace.chain(file)) {
    for (const node of f.ast.policy?.items ?? []) {
      if (node.kind !== 'PlaceholderDef' || declared.has(node.name.value)) continue;
      const detail = node.from ? `from ${node.from.value}` : node.text?.value;
      declared.set(node.name.value, item(node.name.value, CompletionItemKind.Variable, detail));
    }
  }
  const builtins = words(BUILTIN_PLACEHOLDERS, CompletionItemKind.Variable, PLACEHOLDER_DOCS).filter((b) => !declared.has(b.label));
  return [...builtins, ...declared.values()];
}

function fieldItems(workspace: Workspace, file: ParsedFile, typed: string): CompletionItem[] {
  const [root = '', member, key] = typed.split('.');
  if (key === undefined) {
    const plain = Object.entries(FIELDS[root] ?? {}).map(([m, type]) => ({ m, type }));
    const keyed = Object.entries(KEYED_FIELDS[root] ?? {})
      .filter(([m]) => !plain.some((p) => p.m === m))
      .map(([m, { type }]) => ({ m, type }));
    return [...plain, ...keyed].map(({ m, type }) => item(m, CompletionItemKind.Field, `${type}: ${FIELD_DOCS[`${root}.${m}`] ?? ''}`));
  }
  const keyKind = KEYED_FIELDS[root]?.[member ?? '']?.key;
  if (keyKind === 'behaviour') return [...words(BEHAVIOURS, CompletionItemKind.EnumMember, BEHAVIOUR_DOCS), ...defined(workspace, file, 'behaviour')];
  if (keyKind === 'restriction') return defined(workspace, file, 'restriction');
  if (keyKind === 'role') return roles(workspace, file);
  return [];
}

/** A line that starts an item inside the policy's braces; strings and comments cannot hold a line break, so none of them matches. */
const ITEM_LINE = /^[ \t]*(?:override[ \t]+)?(?:rule|on|restriction|script|behaviour|group)\b/;

/**
 * Where the tokens that matter start: the last line before the cursor that
 * starts an item (one level inside the policy's braces), or the file's start.
 */
function contextStart(before: string): { from: number; depth: number } {
  for (let end = before.length; end > 0; ) {
    const start = before.lastIndexOf('\n', end - 1) + 1;
    if (ITEM_LINE.test(before.slice(start, end))) return { from: start, depth: 1 };
    end = start - 1;
  }
  return { from: 0, depth: 0 };
}

function wordItems(workspace: Workspace, file: ParsedFile, text: string): CompletionItem[] {
  const { from, depth } = contextStart(text);
  const before = text.slice(from);
  const tokens = (before.match(TOKENS) ?? []).filter((t) => !t.startsWith('#'));
  const last = tokens[tokens.length - 1] ?? '';
  const clause = clauseOf(tokens);
  const behaviours = (): CompletionItem[] => [
    ...words(BEHAVIOURS, CompletionItemKind.EnumMember, BEHAVIOUR_DOCS),
    ...defined(workspace, file, 'behaviour'),
    ...defined(workspace, file, 'group'),
  ];
  // Inside `with any 2 of (`: the scripts to choose from.
  const open = tokens.lastIndexOf('(');
  if ((last === '(' || last === ',') && open > 0 && tokens[open - 1] === 'of' && !tokens.slice(open).includes(')')) return defined(workspace, file, 'script');
  switch (last) {
    case 'customer':
    case 'agent':
      return clause === 'when' ? behaviours() : roles(workspace, file);
    case 'with':
      return defined(workspace, file, 'script');
    case 'stance':
      return words(STANCES, CompletionItemKind.EnumMember, STANCE_DOCS);
    case 'on':
      return words(LINE_EVENTS, CompletionItemKind.Event, EVENT_DOCS);
    case 'via':
      return words(END_MODES, CompletionItemKind.EnumMember, END_MODE_DOCS);
    case 'propose':
      return defined(workspace, file, 'restriction');
    case 'notify':
    case 'alert':
    case 'by':
      return roles(workspace, file);
    case 'kind':
      return words(RESTRICTION_KINDS, CompletionItemKind.EnumMember);
    case 'scope':
      return words(RESTRICTION_SCOPES, CompletionItemKind.EnumMember);
    case 'threshold':
    case 'zero_tolerance':
      return behaviours();
    case 'duties':
    case 'must':
      return words(DUTIES, CompletionItemKind.Function, DUTY_DOCS);
    case 'channels':
      return words(CHANNELS, CompletionItemKind.EnumMember, CHANNEL_DOCS);
    case 'do':
    case 'then':
      return words(ACTIONS, CompletionItemKind.Function, ACTION_DOCS);
    case 'to':
      return targetOf(tokens) === 'route' ? defined(workspace, file, 'team') : targetOf(tokens) === 'callback' ? words(CALLBACK_TARGETS, CompletionItemKind.EnumMember) : roles(workspace, file);
    case '=':
      if (clause === 'group') return behaviours();
      break;
    case ',':
      if (clause === 'duties' || clause === 'must') return words(DUTIES, CompletionItemKind.Function, DUTY_DOCS);
      if (clause === 'zero_tolerance') return behaviours();
      if (clause === 'channels') return words(CHANNELS, CompletionItemKind.EnumMember, CHANNEL_DOCS);
      return [];
    default:
      break;
  }
  if (last === 'and' && clause === 'approved') return roles(workspace, file);
  if (last === 'or' && clause === 'do') return words(ACTIONS, CompletionItemKind.Function, ACTION_DOCS);
  if (last === 'or' && clause === 'group') return behaviours();
  if (CONDITION_STARTS.has(last) && clause === 'when') {
    return [
      ...behaviours(),
      ...words(SPEAKERS, CompletionItemKind.Keyword),
      ...Object.keys(FIELDS).map((root) => item(`${root}.`, CompletionItemKind.Module, `${root} fields`)),
    ];
  }
  return lineStart(before) ? keywords(tokens, depth) : [];
}

/** True when only spaces stand between the start of the line and the cursor. */
function lineStart(before: string): boolean {
  return /(^|\n)[ \t]*$/.test(before);
}

/** The keywords that can start a line at the nesting depth the cursor is at; `tokens` start at `depth`. */
function keywords(tokens: readonly string[], startDepth: number): CompletionItem[] {
  let depth = startDepth;
  let opener = '';
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '{') {
      depth++;
      if (depth === 2) opener = tokens.slice(0, i).findLast((t) => t === 'rule' || t === 'on' || t === 'restriction') ?? '';
    } else if (tokens[i] === '}') depth--;
  }
  const list = depth === 1 ? POLICY_KEYWORDS : depth === 2 ? (opener === 'restriction' ? RESTRICTION_KEYWORDS : RULE_KEYWORDS) : depth === 0 ? ['policy'] : [];
  return words(list, CompletionItemKind.Keyword);
}

/** The clause the cursor is in: the last clause word before it within the current item. */
function clauseOf(tokens: readonly string[]): string {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t === '{' || t === '}') return '';
    if (t === 'then' || t === 'do') return 'do';
    if (CLAUSES.has(t)) return t;
  }
  return '';
}

/** The action a `to` belongs to: the word after the nearest `do`, `then` or `or`. */
function targetOf(tokens: readonly string[]): string | undefined {
  for (let i = tokens.length - 2; i > 0; i--) {
    const t = tokens[i - 1];
    if (t === 'do' || t === 'then' || t === 'or') return tokens[i];
  }
  return undefined;
}

function item(label: string, kind: CompletionItemKind, detail?: string): CompletionItem {
  return detail === undefined ? { label, kind } : { label, kind, detail };
}

function words<T extends string>(list: readonly T[], kind: CompletionItemKind, docs?: Readonly<Record<T, string>>): CompletionItem[] {
  return list.map((w) => item(w, kind, docs?.[w]));
}

/** The names of one kind defined in `file` and its bases, nearest first, each once. */
function defined(workspace: Workspace, file: ParsedFile, kind: 'script' | 'behaviour' | 'group' | 'restriction' | 'team'): CompletionItem[] {
  const seen = new Map<string, CompletionItem>();
  for (const f of workspace.chain(file)) {
    for (const node of f.ast.policy?.items ?? []) {
      for (const entry of definedItems(node, kind)) if (!seen.has(entry.label)) seen.set(entry.label, entry);
    }
  }
  return [...seen.values()];
}

function definedItems(node: PolicyItem, kind: 'script' | 'behaviour' | 'group' | 'restriction' | 'team'): CompletionItem[] {
  if (kind === 'script' && node.kind === 'ScriptDef') return [item(node.name.value, CompletionItemKind.Text, node.text.value)];
  if (kind === 'behaviour' && node.kind === 'BehaviourDef') return [item(node.name.value, CompletionItemKind.EnumMember, node.description.value)];
  if (kind === 'group' && node.kind === 'GroupDef') return [item(node.name.value, CompletionItemKind.Enum, node.members.map((m) => m.value).join(' or '))];
  if (kind === 'restriction' && node.kind === 'RestrictionDef') return [item(node.name.value, CompletionItemKind.Struct, node.title?.value)];
  if (kind === 'team' && node.kind === 'TeamsDecl') return node.names.map((n) => item(n.value, CompletionItemKind.Constant, 'a team declared with `teams`'));
  return [];
}

function roles(workspace: Workspace, file: ParsedFile): CompletionItem[] {
  const declared = workspace
    .chain(file)
    .flatMap((f) => workspace.uses(f))
    .filter((u) => u.definition && u.kind === 'role')
    .map((u) => u.name);
  return [...words(ROLES, CompletionItemKind.Constant, ROLE_DOCS), ...[...new Set(declared)].map((r) => item(r, CompletionItemKind.Constant, 'a role declared with `roles`'))];
}
