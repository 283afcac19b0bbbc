/**
 * The policies the server knows: documents open in the editor (their text
 * as typed, unsaved edits included) and files on disk. Finds the base of an
 * `extends` the way the `callguard` command does, and the files that build
 * on a given one, for rename.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Source } from '@callguard/dsl';
import type { CheckOptions } from '@callguard/dsl';
import { indexNames } from './names.js';
import type { NameUse } from './names.js';
import { ParsedFile } from './parsed-file.js';

/** Directories never searched for policies. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);
/** A bound on the files searched for rename, so a huge folder cannot stall the server. */
const MAX_SCANNED_FILES = 5000;

/** The path a URI names, or the URI itself when it is not a file. */
export function uriToName(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export class Workspace {
  readonly #open = new Map<string, ParsedFile>();
  /** The newest version of each open document whose tree is built. */
  readonly #settled = new Map<string, ParsedFile>();
  /** Open documents by name, so a base that is open is read as typed. */
  readonly #openByName = new Map<string, ParsedFile>();
  readonly #disk = new Map<string, { mtimeMs: number; file: ParsedFile }>();
  readonly #uses = new WeakMap<ParsedFile, NameUse[]>();
  #roots: readonly string[] = [];

  /** Folders searched for files that extend a policy (the editor's workspace folders). */
  setRoots(roots: readonly string[]): void {
    this.#roots = roots;
  }

  open(uri: string, text: string, version: number): ParsedFile {
    const file = new ParsedFile(uri, uriToName(uri), text, version);
    const previous = this.#open.get(uri);
    if (previous?.parsed) this.#settled.set(uri, previous);
    this.#open.set(uri, file);
    this.#openByName.set(file.name, file);
    return file;
  }

  close(uri: string): void {
    const file = this.#open.get(uri);
    if (!file) return;
    this.#open.delete(uri);
    this.#settled.delete(uri);
    this.#openByName.delete(file.name);
  }

  /** Every open document. */
  documents(): IterableIterator<ParsedFile> {
    return this.#open.values();
  }

  /** The open document at `uri`. */
  document(uri: string): ParsedFile | undefined {
    return this.#open.get(uri);
  }

  /**
   * The newest version of `file` whose tree is already built: `file` itself
   * once parsed, else the version before it. For answers that may lag an
   * edit behind rather than wait for a parse (the names completion offers).
   */
  settled(file: ParsedFile): ParsedFile {
    return file.parsed ? file : (this.#settled.get(file.uri) ?? file);
  }

  /** The policy file at a path: the open document, else the file on disk (re-read when it changes). */
  file(name: string): ParsedFile | undefined {
    const open = this.#openByName.get(name);
    if (open) return open;
    try {
      const { mtimeMs } = statSync(name);
      const cached = this.#disk.get(name);
      if (cached && cached.mtimeMs === mtimeMs) return cached.file;
      const file = new ParsedFile(pathToFileURL(name).href, name, readFileSync(name, 'utf8'), 0);
      this.#disk.set(name, { mtimeMs, file });
      return file;
    } catch {
      return undefined;
    }
  }

  /**
   * The base named by `extends "ref"` in the file `from`: a relative path
   * when the reference ends in `.policy`, otherwise `<ref>.policy` beside the
   * file, or any `.policy` file beside it that declares `policy "<ref>"`.
   */
  base(ref: string, from: string): ParsedFile | undefined {
    if (!from.includes('/') && !from.includes('\\')) return undefined;
    const dir = dirname(from);
    if (ref.endsWith('.policy')) return this.file(resolvePath(dir, ref));
    const beside = this.file(join(dir, `${ref}.policy`));
    if (beside) return beside;
    for (const name of policiesIn(dir)) {
      const file = this.file(join(dir, name));
      if (file?.ast.policy?.name.value === ref) return file;
    }
    return undefined;
  }

  /** `file` and its bases, nearest first; stops at a loop or a missing base. */
  chain(file: ParsedFile): ParsedFile[] {
    const out = [file];
    let at = file;
    for (;;) {
      const ref = at.ast.policy?.extends?.value;
      const next = ref === undefined ? undefined : this.base(ref, at.name);
      if (!next || out.some((f) => f.name === next.name)) return out;
      out.push(next);
      at = next;
    }
  }

  /** The `resolve` option of `check`, reading through this workspace. */
  readonly resolve: NonNullable<CheckOptions['resolve']> = (ref, from) => {
    const found = this.base(ref, from.name);
    return found ? { source: new Source(found.text, found.name) } : { error: `no policy \`${ref}\` found beside ${from.name}` };
  };

  /** The names in `file`, classified with the groups of its whole chain. */
  uses(file: ParsedFile): NameUse[] {
    let uses = this.#uses.get(file);
    if (uses) return uses;
    const groups = new Set<string>();
    for (const f of this.chain(file)) {
      for (const item of f.ast.policy?.items ?? []) if (item.kind === 'GroupDef') groups.add(item.name.value);
    }
    uses = indexNames(file.ast, groups);
    this.#uses.set(file, uses);
    return uses;
  }

  /** `file` and every known policy whose chain of bases includes it. */
  dependents(file: ParsedFile): ParsedFile[] {
    const out = [file];
    const names = new Set([...this.#openByName.keys(), ...this.#roots.flatMap((r) => policiesUnder(r))]);
    for (const name of names) {
      if (name === file.name) continue;
      const other = this.file(name);
      if (other && this.chain(other).some((f) => f.name === file.name)) out.push(other);
    }
    return out;
  }
}

function policiesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.policy'))
      .sort();
  } catch {
    return [];
  }
}

/** Every `.policy` file under `root`, skipping hidden folders, dependencies and build output. */
function policiesUnder(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0 && out.length < MAX_SCANNED_FILES) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name)) stack.push(join(dir, e.name));
      } else if (e.name.endsWith('.policy')) out.push(join(dir, e.name));
    }
  }
  return out;
}
