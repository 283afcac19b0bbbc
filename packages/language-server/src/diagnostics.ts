/**
 * The dsl's diagnostics as protocol diagnostics: the code links to its docs
 * page, related places become related information, the help line is kept
 * with the message, and a "did you mean" carries its replacement for the
 * quick fix.
 */
import { codeDocPath, isCode } from '@callguard/contract';
import { check, sortDiagnostics } from '@callguard/dsl';
import type { Diagnostic as PolicyDiagnostic } from '@callguard/dsl';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { ParsedFile } from './parsed-file.js';
import type { Workspace } from './workspace.js';

/** What a protocol diagnostic carries for its quick fix. */
export interface FixData {
  /** The word the diagnostic's range should become. */
  readonly replacement: string;
}

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/;

/**
 * Checks `file` with its bases and returns its own diagnostics (a base's
 * are shown when the base is open). `docsRoot` is the URL that
 * `docs/diagnostics/...` pages are relative to, when the pages are at hand.
 */
export function diagnose(workspace: Workspace, file: ParsedFile, docsRoot: string | undefined): Diagnostic[] {
  const checked = check(file.ast, { resolve: workspace.resolve });
  return sortDiagnostics([...file.parseDiagnostics, ...checked.diagnostics]).filter((d) => d.span.source.name === file.name).map((d) => toProtocol(workspace, file, d, docsRoot));
}

function toProtocol(workspace: Workspace, file: ParsedFile, d: PolicyDiagnostic, docsRoot: string | undefined): Diagnostic {
  const replacement = d.help?.match(DID_YOU_MEAN)?.[1];
  const related = d.related.flatMap((r) => {
    const at = r.span.source.name === file.name ? file : workspace.file(r.span.source.name);
    return at ? [{ location: { uri: at.uri, range: at.range(r.span) }, message: r.message }] : [];
  });
  return {
    range: file.range(d.span),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    ...(docsRoot && isCode(d.code) ? { codeDescription: { href: new URL(codeDocPath(d.code), docsRoot).href } } : {}),
    source: 'callguard',
    message: d.help ? `${d.message}\n${d.help}` : d.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(replacement !== undefined ? { data: { replacement } satisfies FixData } : {}),
  };
}
