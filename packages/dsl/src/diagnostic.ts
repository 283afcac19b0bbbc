import type { CallGuardError, Code } from '@callguard/contract';
import { MAX_FRAME_WIDTH } from './limits.js';
import { Source, type Position } from './source.js';
import type { Span } from './span.js';

/** Errors stop a policy from being used; warnings do not. */
export type Severity = 'error' | 'warning';

/** Another place that helps explain a diagnostic (the first definition, say). */
export interface RelatedSpan {
  readonly message: string;
  readonly span: Span;
}

/**
 * One problem a user can fix, in any file they wrote (a policy, a test file, a
 * transcript, a JSONL call) or about a file or command as a whole. `code` is
 * stable (for example `check/unknown-behaviour`), in the registry of
 * `@callguard/contract`, and has a page under `docs/diagnostics/`. The
 * message is one line, lowercase, with user text in backticks.
 */
export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related: readonly RelatedSpan[];
  /** What to do about it, when there is something useful to say. */
  readonly help: string | undefined;
}

/** Builds a diagnostic; `related` and `help` are optional. */
export function diagnostic(
  code: Code,
  severity: Severity,
  message: string,
  span: Span,
  extra: { help?: string; related?: readonly RelatedSpan[] } = {},
): Diagnostic {
  return { code, severity, message, span, related: extra.related ?? [], help: extra.help };
}

/**
 * A diagnostic about a file as a whole (a damaged store, a file that cannot
 * be read) or, with no file, about the command line: it has no place to
 * point at, so it prints without a line, column or code frame.
 */
export function wholeFileDiagnostic(code: Code, message: string, file = '', help?: string): Diagnostic {
  return diagnostic(code, 'error', message, { source: new Source('', file), start: 0, end: 0 }, help === undefined ? {} : { help });
}

/** A thrown `CallGuardError` as a diagnostic about its file (or the command line), for printing. */
export function errorDiagnostic(e: CallGuardError): Diagnostic {
  return wholeFileDiagnostic(e.code, e.message, e.file, e.help);
}

/** True for a diagnostic made by {@link wholeFileDiagnostic}: nothing in it to point at. */
function pointsNowhere(d: Diagnostic): boolean {
  return d.span.source.body === '' && d.span.end === 0;
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
 * The one printer of problems: `file:line:col: error[code]: message`, a code
 * frame with the span underlined, related places and the help line. A
 * diagnostic with nothing to point at prints as `file: error[code]: message`
 * (or without the file, for the command line).
 */
export function formatDiagnostic(d: Diagnostic): string {
  const src = d.span.source;
  if (pointsNowhere(d)) {
    const head = `${src.name === '' ? '' : `${src.name}: `}${d.severity}[${d.code}]: ${d.message}`;
    return printable(d.help ? `${head}\n  = help: ${d.help}` : head);
  }
  const start = src.position(d.span.start);
  const end = src.position(Math.max(d.span.start, d.span.end));
  const head = `${src.name}:${start.line}:${start.column}: ${d.severity}[${d.code}]: ${d.message}`;
  const gutter = String(start.line);
  const pad = ' '.repeat(gutter.length);
  const chars = [...src.line(start.line)];
  const lastColumn = end.line === start.line ? end.column : chars.length + 1;
  const frame = frameWindow(chars, start.column - 1, Math.max(1, lastColumn - start.column));
  const shown = chars.slice(frame.from, frame.to);
  const lead = shown
    .slice(0, start.column - 1 - frame.from)
    .map((c) => (c === '\t' ? '\t' : ' '))
    .join('');
  const before = frame.from > 0 ? '…' : '';
  const after = frame.to < chars.length ? '…' : '';
  const lines = [head, `${pad} |`, `${gutter} | ${before}${shown.join('')}${after}`, `${pad} | ${before ? ' ' : ''}${lead}${'^'.repeat(frame.width)}`];
  for (const r of d.related) {
    const p = r.span.source.position(r.span.start);
    lines.push(`${pad} = note: ${r.message} (${r.span.source.name}:${p.line}:${p.column})`);
  }
  if (d.help) lines.push(`${pad} = help: ${d.help}`);
  // Messages and help quote the file, so the whole text is made printable.
  return printable(lines.join('\n'));
}

/**
 * The part of a long line a code frame shows: at most {@link MAX_FRAME_WIDTH}
 * characters, starting a little before the span, so a one-line file of
 * megabytes prints one short line. The column in the heading stays exact.
 */
function frameWindow(chars: readonly string[], startIndex: number, width: number): { from: number; to: number; width: number } {
  if (chars.length <= MAX_FRAME_WIDTH) return { from: 0, to: chars.length, width };
  const from = Math.max(0, Math.min(startIndex - 40, chars.length - MAX_FRAME_WIDTH));
  const to = Math.min(chars.length, from + MAX_FRAME_WIDTH);
  return { from, to, width: Math.max(1, Math.min(width, to - startIndex)) };
}

/**
 * Text from a file or an event made safe for a terminal: control characters
 * are shown as their Control Pictures (U+2400 block), and bidirectional and
 * invisible formatting characters as U+FFFD, so nothing a file or a caller
 * wrote can move the cursor, recolour the terminal or reorder the line a
 * reader sees. Each stays one column wide; tabs and line breaks are kept.
 */
export function printable(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, visible) : text;
}

function visible(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

/** C0 controls but tab and line feed, DEL and C1, bidirectional controls, zero-width characters (the Trojan Source set and its kin). */
const UNSAFE_CLASS = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]';
const UNSAFE = new RegExp(UNSAFE_CLASS, 'u');
const UNSAFE_ALL = new RegExp(UNSAFE_CLASS, 'gu');

/** The JSON form of a diagnostic, for `--json` and tools. */
export interface DiagnosticJson {
  readonly code: Code;
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
