/**
 * Where names are defined: scripts, groups, rules, restrictions, roles and
 * teams in a policy or its bases, and the base file an `extends` names.
 */
import type { Location } from 'vscode-languageserver';
import { DEFINED_KINDS, useAt } from './names.js';
import type { NameUse } from './names.js';
import type { ParsedFile } from './parsed-file.js';
import type { Workspace } from './workspace.js';

/** A name's definition and the file it is in. */
export interface Definition {
  readonly file: ParsedFile;
  readonly use: NameUse;
}

/**
 * The definition `use` (in `file`) refers to. A rule defined again in a
 * policy that extends another (`override rule abuse`) refers to the base's.
 */
export function definitionOf(workspace: Workspace, file: ParsedFile, use: NameUse): Definition | undefined {
  if (!DEFINED_KINDS.has(use.kind)) return undefined;
  for (const f of workspace.chain(file)) {
    const found = workspace.uses(f).find((u) => u.definition && u.kind === use.kind && u.name === use.name && u.span !== use.span);
    if (found) return { file: f, use: found };
  }
  return use.definition ? { file, use } : undefined;
}

/** Go to definition at `offset`: a defined name's definition, or the base an `extends` names. */
export function definitionAt(workspace: Workspace, file: ParsedFile, offset: number): Location | undefined {
  const ext = file.ast.policy?.extends;
  if (ext && offset >= ext.span.start && offset <= ext.span.end) {
    const base = workspace.base(ext.value, file.name);
    const name = base?.ast.policy?.name;
    return base ? { uri: base.uri, range: name ? base.range(name.span) : base.range({ source: base.source, start: 0, end: 0 }) } : undefined;
  }
  const use = useAt(workspace.uses(file), offset);
  const def = use && definitionOf(workspace, file, use);
  return def ? { uri: def.file.uri, range: def.file.range(def.use.span) } : undefined;
}
