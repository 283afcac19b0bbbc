/** What the main thread and the checker's thread say to each other. */
import type { Diagnostic } from 'vscode-languageserver';

/** From the main thread: the editor's documents as they change, and which file changed. */
export type CheckerRequest =
  | { readonly kind: 'configure'; readonly docsRoot: string | undefined; readonly roots: readonly string[] }
  | { readonly kind: 'open'; readonly uri: string; readonly text: string; readonly version: number }
  | { readonly kind: 'close'; readonly uri: string }
  | { readonly kind: 'changed'; readonly name: string };

/** From the checker: one open document's diagnostics at the version checked. */
export interface CheckerReply {
  readonly uri: string;
  readonly version: number;
  readonly diagnostics: Diagnostic[];
}
