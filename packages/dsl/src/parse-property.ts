/**
 * `parseProperty`: one property, as `callguard verify --assert` takes it,
 * read by the policy's own `assert` grammar and checked by the same checks,
 * so a property reads and means the same on the command line as in a file.
 */
import type { CheckedProperty } from './checked.js';
import { checkProperty } from './check/property.js';
import { diagnostic, hasErrors } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import { parse } from './parse.js';
import { Source } from './source.js';
import type { Span } from './span.js';
import { ROLES } from './vocabulary.js';

/** What `parseProperty` found: the property when it reads and checks, and every problem. */
export interface PropertyResult {
  readonly property: CheckedProperty | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** The property is read as the one item of a policy, after this. */
const PREFIX = 'policy "" {\nassert ';

/**
 * Reads and checks `text` (`never end_call unless warned`); `roles` are the
 * ones the policy knows (its `roles` and the built-in ones). Diagnostics
 * point into `text`, named `name`.
 */
export function parseProperty(text: string, roles: readonly string[] = ROLES, name = '--assert'): PropertyResult {
  const wrapped = new Source(`${PREFIX}${text}\n}\n`, name);
  const source = new Source(text, name);
  const unwrap = (span: Span): Span => {
    const at = (offset: number) => Math.min(Math.max(offset - PREFIX.length, 0), text.length);
    return { source, start: at(span.start), end: at(span.end) };
  };
  const parsed = parse(wrapped);
  const found: Diagnostic[] = [...parsed.diagnostics];
  const items = parsed.ast.policy?.items ?? [];
  const [item, extra] = items;
  if (extra !== undefined) found.push(diagnostic('parse/syntax', 'error', 'expected one property', extra.span, { help: 'give each property its own --assert' }));
  let property: CheckedProperty | undefined;
  if (!hasErrors(found) && item?.kind === 'AssertDef') {
    property = checkProperty({ source: wrapped, error: (code, message, span, more) => found.push(diagnostic(code, 'error', message, span, more)) }, item.property, roles);
  }
  const diagnostics = found.map((d) => ({ ...d, span: unwrap(d.span), related: [] }));
  return { property: hasErrors(diagnostics) ? undefined : property, diagnostics };
}
