/**
 * Hover: what a name under the cursor is. Words of the language show their
 * documentation; names a policy defines show their definition (a script's
 * words, a group's members, a rule's or restriction's title), from
 * whichever file in the chain of bases defines them.
 */
import { FIELDS, KEYED_FIELDS } from '@callguard/dsl';
import type { Hover } from 'vscode-languageserver';
import { definitionOf } from './definitions.js';
import type { Definition } from './definitions.js';
import { useAt } from './names.js';
import type { NameUse } from './names.js';
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

/** The hover at `offset` of `file`, if a name is there. */
export function hoverAt(workspace: Workspace, file: ParsedFile, offset: number): Hover | undefined {
  const use = useAt(workspace.uses(file), offset);
  if (!use) return undefined;
  const text = describe(workspace, file, use);
  if (text === undefined) return undefined;
  return { contents: { kind: 'markdown', value: text }, range: file.range(use.span) };
}

function lookup<T extends string>(table: Readonly<Record<T, string>>, word: string): string | undefined {
  return Object.hasOwn(table, word) ? table[word as T] : undefined;
}

function describe(workspace: Workspace, file: ParsedFile, use: NameUse): string | undefined {
  const word = (label: string, doc: string | undefined): string | undefined => (doc === undefined ? undefined : `${label} \`${use.name}\`\n\n${doc}`);
  switch (use.kind) {
    case 'behaviour': {
      // A declared behaviour shows its declaration, like any name a policy defines.
      const def = definitionOf(workspace, file, use);
      return def ? describeDefinition(def, file) : word('behaviour', lookup(BEHAVIOUR_DOCS, use.name));
    }
    case 'action':
      return word('action', lookup(ACTION_DOCS, use.name));
    case 'duty':
      return word('duty', lookup(DUTY_DOCS, use.name));
    case 'stance':
      return word('stance', lookup(STANCE_DOCS, use.name));
    case 'event':
      return word('event', lookup(EVENT_DOCS, use.name));
    case 'channel':
      return word('channel', lookup(CHANNEL_DOCS, use.name));
    case 'end-mode':
      return word('ending', lookup(END_MODE_DOCS, use.name));
    case 'speaker':
      return word('speaker', use.name === 'agent' ? 'The agent is speaking.' : 'The customer is speaking (the default when no speaker is written).');
    case 'field':
      return describeField(use.name);
    default: {
      const def = definitionOf(workspace, file, use);
      const builtin = use.kind === 'placeholder' ? lookup(PLACEHOLDER_DOCS, use.name) : undefined;
      if (def) return describeDefinition(def, file) + (builtin === undefined ? '' : `\n\n${builtin}`);
      if (builtin !== undefined) return word('placeholder', builtin);
      return use.kind === 'role' ? word('role', lookup(ROLE_DOCS, use.name)) : undefined;
    }
  }
}

function describeField(path: string): string | undefined {
  const [root = '', member = ''] = path.split('.');
  const keyed = KEYED_FIELDS[root]?.[member];
  const type = keyed?.type ?? FIELDS[root]?.[member];
  const doc = FIELD_DOCS[path];
  if (type === undefined || doc === undefined) return undefined;
  const shown = type === 'boolean' ? 'yes/no' : type;
  return `field \`${path}\` (${shown}${keyed ? `, keyed by ${keyed.key}` : ''})\n\n${doc}`;
}

/** The definition's own line(s), quoted from its file, and where it comes from when that is a base. */
function describeDefinition(def: Definition, from: ParsedFile): string {
  const { file, use } = def;
  const item = file.ast.policy?.items.find((i) => i.span.start <= use.span.start && use.span.end <= i.span.end);
  let text = `${use.kind} \`${use.name}\``;
  if (item?.kind === 'ScriptDef') text += `\n\n> ${item.text.value}`;
  else if (item?.kind === 'GroupDef') text += ` = ${item.members.map((m) => `\`${m.value}\``).join(' or ')}`;
  else if (item?.kind === 'BehaviourDef') text += `\n\n${item.description.value}${item.threshold ? ` (threshold ${item.threshold.raw})` : ''}. Declared with \`behaviour\`.`;
  else if ((item?.kind === 'Rule' || item?.kind === 'RestrictionDef') && item.title) text += `\n\n${item.title.value}`;
  else if (item?.kind === 'PlaceholderDef') {
    text += item.from ? `\n\nFilled from \`${item.from.value}.placeholders.${use.name}\` of \`call_started\`.` : `\n\n> ${item.text?.value ?? ''}`;
  } else if (use.kind === 'role') text += '\n\nA role declared with `roles`.';
  else if (use.kind === 'team') text += '\n\nA team declared with `teams`; `route to` sends calls there.';
  const owner = file.ast.policy?.name.value;
  if (file !== from && owner !== undefined) text += `\n\nDefined in \`${owner}\`.`;
  return text;
}
