/**
 * The values of a call's placeholders, from its `call_started` event and
 * the policy, and the scripts filled with them (docs/semantics.md, "Scripts
 * and placeholders").
 */
import type { CheckedPlaceholder } from '@callguard/dsl';
import type { CallInfo, CallerInfo, ScriptRef } from '@callguard/contract';
import type { ScriptTemplate } from './compile/scripts.js';

/**
 * The value of placeholder `name` on a call: a built-in's field of the
 * event, else a declared one's `call.placeholders` or
 * `caller.placeholders`, else the policy's text. An empty string is no value.
 */
export function placeholderValue(
  name: string,
  declared: CheckedPlaceholder | undefined,
  call: CallInfo,
  caller: CallerInfo | undefined,
): string | undefined {
  let value: string | undefined;
  if (name === 'agent_name') value = call.agent_name;
  else if (name === 'callback_number') value = call.callback_number;
  else if (name === 'customer_name') value = caller?.name;
  else if (declared?.from === 'call') value = own(call.placeholders, name);
  else if (declared?.from === 'caller') value = own(caller?.placeholders, name);
  if (value === undefined || value === '') value = declared?.text;
  return value === '' ? undefined : value;
}

/** An own property only: a name such as `constructor` must not read the prototype. */
function own(values: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  return values !== undefined && Object.hasOwn(values, name) ? values[name] : undefined;
}

/**
 * Each template filled for one call: `filled` with every placeholder that
 * has a value replaced by it and the others left as written, and `missing`
 * naming those others, first written first, each once.
 */
export function fillScripts(
  templates: readonly ScriptTemplate[],
  placeholders: Readonly<Record<string, CheckedPlaceholder>>,
  call: CallInfo,
  caller: CallerInfo | undefined,
): ScriptRef[] {
  const values = new Map<string, string | undefined>();
  const valueOf = (name: string): string | undefined => {
    if (!values.has(name)) values.set(name, placeholderValue(name, Object.hasOwn(placeholders, name) ? placeholders[name] : undefined, call, caller));
    return values.get(name);
  };
  return templates.map(({ ref, parts, names }) => {
    let filled = parts[0] ?? '';
    const missing: string[] = [];
    names.forEach((name, i) => {
      const value = valueOf(name);
      if (value === undefined && !missing.includes(name)) missing.push(name);
      filled += (value ?? `{${name}}`) + (parts[i + 1] ?? '');
    });
    return Object.freeze(missing.length === 0 ? { name: ref.name, text: ref.text, filled } : { name: ref.name, text: ref.text, filled, missing: Object.freeze(missing) });
  });
}
