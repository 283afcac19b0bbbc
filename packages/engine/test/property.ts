/** A property for a test, read as `verify --assert` reads it; throws on a property that does not read. */
import { parseProperty } from '@callguard/dsl';
import type { CheckedProperty } from '@callguard/dsl';

export function property(text: string): CheckedProperty {
  const { property, diagnostics } = parseProperty(text);
  if (property === undefined) throw new Error(`${text}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return property;
}
