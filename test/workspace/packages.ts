/**
 * The workspace's publishable packages, found from the folders rather than
 * listed by hand, so a package added under packages/ is packed, installed and
 * held to its API surface without anyone remembering to say so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root folder. */
export const root = join(import.meta.dirname, '../..');

/** One export of a package: its subpath and the files it points at. */
export interface PackageEntry {
  /** `.` or `./name`, as in `exports`. */
  readonly subpath: string;
  /** The declaration file, relative to the package folder. */
  readonly types: string;
}

/** A package under packages/ that is not private. */
export interface WorkspacePackage {
  /** `@callguard/name`. */
  readonly name: string;
  /** The folder, absolute. */
  readonly dir: string;
  /** Its `exports`, in the order written. */
  readonly entries: readonly PackageEntry[];
  /** Its `bin` commands, if any. */
  readonly bins: readonly string[];
  /** The package.json as written. */
  readonly manifest: Record<string, unknown>;
}

interface Manifest {
  name: string;
  private?: boolean;
  exports?: Record<string, { types?: string }>;
  bin?: Record<string, string>;
}

/** Every publishable package, sorted by name. */
export function workspacePackages(): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const folder of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(root, 'packages', folder.name);
    let text: string;
    try {
      text = readFileSync(join(dir, 'package.json'), 'utf8');
    } catch {
      continue;
    }
    const manifest = JSON.parse(text) as Manifest;
    if (manifest.private) continue;
    const entries = Object.entries(manifest.exports ?? {}).map(([subpath, conditions]) => {
      if (conditions.types === undefined) throw new Error(`${manifest.name}: export ${subpath} has no types condition`);
      return { subpath, types: conditions.types };
    });
    found.push({ name: manifest.name, dir, entries, bins: Object.keys(manifest.bin ?? {}), manifest: manifest as unknown as Record<string, unknown> });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
