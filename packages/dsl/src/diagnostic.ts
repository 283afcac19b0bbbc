import type { Position } from './source.js';
import type { Span } from './span.js';

/** Errors stop a policy from being used; warnings do not. */
export type Severity = 'error' | 'warning';

/** Another place that helps explain a diagnostic (the first definition, say). */
export interface RelatedSpan {
  readonly message: string;
  readonly span: Span;
}

/**
 * One problem found in a policy, by any phase. `code` is stable (for example
 * `check/unknown-behaviour`) and has a page under `docs/diagnostics/`. The
 * message is one line, lowercase, with user text in backticks.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related: readonly RelatedSpan[];
  /** What to do about it, when there is something useful to say. */
  readonly help: string | undefined;
}

/** Builds a diagnostic; `related` and `help` are optional. */
export function diagnostic(
  code: string,
  severity: Severity,
  message: string,
  span: Span,
  extra: { help?: string; related?: readonly RelatedSpan[] } = {},
): Diagnostic {
  return { code, severity, message, span, related: extra.related ?? [], help: extra.help };
}

/** The start position of a diagnostic, for sorting and printing. */
export function diagnosticPosition(d: Diagnostic): Position {
  return d.span.source.position(d.span.start);
}

/** Orders diagnostics by file, then offset, then code, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.span.source.name.localeCompare(b.span.source.name) ||
      a.span.start - b.span.start ||
      a.code.localeCompare(b.code),
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/**
 * `file:line:col: error[code]: message`, a code frame with the span
 * underlined, and the help line.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const src = d.span.source;
  const start = src.position(d.span.start);
  const end = src.position(Math.max(d.span.start, d.span.end));
  const head = `${src.name}:${start.line}:${start.column}: ${d.severity}[${d.code}]: ${d.message}`;
  const text = src.line(start.line);
  const gutter = String(start.line);
  const pad = ' '.repeat(gutter.length);
  const chars = [...text];
  const lastColumn = end.line === start.line ? end.column : chars.length + 1;
  const width = Math.max(1, lastColumn - start.column);
  const lead = chars
    .slice(0, start.column - 1)
    .map((c) => (c === '\t' ? '\t' : ' '))
    .join('');
  const lines = [head, `${pad} |`, `${gutter} | ${text}`, `${pad} | ${lead}${'^'.repeat(width)}`];
  for (const r of d.related) {
    const p = r.span.source.position(r.span.start);
    lines.push(`${pad} = note: ${r.message} (${r.span.source.name}:${p.line}:${p.column})`);
  }
  if (d.help) lines.push(`${pad} = help: ${d.help}`);
  return lines.join('\n');
}

/** The JSON form of a diagnostic, for `--json` and tools. */
export interface DiagnosticJson {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
  readonly help?: string;
  readonly related: readonly { message: string; file: string; line: number; column: number }[];
}

/** Converts a diagnostic to plain JSON with line and column filled in. */
export function diagnosticToJson(d: Diagnostic): DiagnosticJson {
  const src = d.span.source;
  const s = src.position(d.span.start);
  const e = src.position(d.span.end);
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: src.name,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    text: src.body.slice(d.span.start, d.span.end),
    ...(d.help ? { help: d.help } : {}),
    related: d.related.map((r) => {
      const p = r.span.source.position(r.span.start);
      return { message: r.message, file: r.span.source.name, line: p.line, column: p.column };
    }),
  };
}
