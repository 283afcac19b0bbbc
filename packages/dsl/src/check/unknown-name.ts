/** Reporting a name that is not one of a known list, with a suggestion. */
import type { Name } from '../ast.js';
import type { CheckCode } from './codes.js';
import type { CheckContext } from './context.js';
import { suggestionHelp } from './suggest.js';

/**
 * A check for names of one kind: reports `unknown <what> \`x\`` under `code`
 * when a written name is not in `known`; empty names (left by error
 * recovery) are skipped.
 */
export function nameCheck(
  ctx: CheckContext,
  code: CheckCode,
  what: string,
  plural: string,
  known: Iterable<string>,
): (name: Name | undefined) => void {
  const list = [...known];
  const set = new Set(list);
  return (name) => {
    if (!name || name.value === '' || set.has(name.value)) return;
    ctx.error(code, `unknown ${what} \`${name.value}\``, name.span, { help: suggestionHelp(name.value, list, plural) });
  };
}
