/**
 * How the formatter writes a string literal. `"` and `\` are escaped, tabs
 * and line breaks print as `\t` and `\n`, and characters that would be
 * invisible or reorder the text on screen (control characters, line and
 * paragraph separators, bidi controls) print as `\u{...}`, so nothing hides
 * in a policy. Every other character prints as itself. A `\u{...}` escape the
 * author wrote is kept as written, like a number's raw text: it is how an
 * author shows a character on purpose (the kitchen sink writes `\u{2713}`).
 */
import type { Text } from './ast.js';

const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/u;
const SHORT: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t' };

/** The literal for a string node, quotes included. */
export function quote(text: Text): string {
  return keepingEscapes(text) ?? `"${[...text.value].map(escapeChar).join('')}"`;
}

function escapeChar(c: string): string {
  const short = SHORT[c];
  if (short !== undefined) return short;
  return HIDDEN.test(c) ? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}` : c;
}

/**
 * Re-escapes the literal as written in the node's source, keeping its
 * `\u{...}` escapes. Undefined when the source text there does not decode to
 * the node's value (a tree built by hand, say); the caller then escapes the
 * value itself.
 */
function keepingEscapes(text: Text): string | undefined {
  const raw = text.span.source.body.slice(text.span.start, text.span.end);
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return undefined;
  let out = '';
  let value = '';
  const escape = /\\(?:u\{([0-9a-fA-F]{1,6})\}|(["\\nt]))/y;
  for (let i = 1; i < raw.length - 1; ) {
    escape.lastIndex = i;
    const m = escape.exec(raw);
    if (m) {
      const hex = m[1];
      const c = hex === undefined ? decodeShort(m[2]!) : codePoint(hex);
      if (c === undefined) return undefined;
      out += hex === undefined ? escapeChar(c) : m[0];
      value += c;
      i = escape.lastIndex;
    } else {
      const c = String.fromCodePoint(raw.codePointAt(i)!);
      out += escapeChar(c);
      value += c;
      i += c.length;
    }
  }
  return value === text.value ? `"${out}"` : undefined;
}

function decodeShort(c: string): string {
  return c === 'n' ? '\n' : c === 't' ? '\t' : c;
}

function codePoint(hex: string): string | undefined {
  const n = parseInt(hex, 16);
  return n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}
