/**
 * Rename of a rule, script, group or restriction: every use in the policy
 * that defines it and in every known policy that extends that one, directly
 * or through others.
 */
import { BEHAVIOURS } from '@callguard/dsl';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { definitionOf } from './definitions.js';
import { useAt } from './names.js';
import type { NameKind, NameUse } from './names.js';
import type { ParsedFile } from './parsed-file.js';
import type { Workspace } from './workspace.js';

const RENAMEABLE: ReadonlySet<NameKind> = new Set(['rule', 'script', 'group', 'restriction']);
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function renameable(workspace: Workspace, file: ParsedFile, offset: number): NameUse | undefined {
  const use = useAt(workspace.uses(file), offset);
  return use && RENAMEABLE.has(use.kind) ? use : undefined;
}

/** The range of the name that would be renamed at `offset`, if it can be. */
export function prepareRenameAt(workspace: Workspace, file: ParsedFile, offset: number): { range: Range; placeholder: string } | undefined {
  const use = renameable(workspace, file, offset);
  return use && { range: file.range(use.span), placeholder: use.name };
}

/** The edits renaming the name at `offset` to `newName`; a clear error when the new name cannot be one. */
export function renameAt(workspace: Workspace, file: ParsedFile, offset: number, newName: string): WorkspaceEdit | undefined {
  const use = renameable(workspace, file, offset);
  if (!use) return undefined;
  if (!NAME.test(newName)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` cannot be a name: use letters, digits and _, starting with a letter`);
  }
  if (use.kind === 'group' && (BEHAVIOURS as readonly string[]).includes(newName)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is a behaviour; a group needs a name of its own`);
  }
  const home = definitionOf(workspace, file, use)?.file ?? file;
  const changes: Record<string, TextEdit[]> = {};
  for (const f of workspace.dependents(home)) {
    const edits = workspace
      .uses(f)
      .filter((u) => u.kind === use.kind && u.name === use.name)
      .map((u) => ({ range: f.range(u.span), newText: newName }));
    if (edits.length > 0) changes[f.uri] = edits;
  }
  return { changes };
}
