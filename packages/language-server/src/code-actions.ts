/** Quick fixes: a diagnostic with a "did you mean" offers to write the suggested word. */
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { FixData } from './diagnostics.js';

/** One quick fix per diagnostic in `diagnostics` (those the client sent back) that has a replacement. */
export function quickFixes(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics.flatMap((d) => {
    const data = d.data as Partial<FixData> | undefined;
    if (typeof data?.replacement !== 'string') return [];
    return [
      {
        title: `Change to \`${data.replacement}\``,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: d.range, newText: data.replacement }] } },
      },
    ];
  });
}
