/**
 * `check/unknown-word`: the fixed words some constructs end with, written
 * as names so a misspelling gets a suggestion: `require callback_number`,
 * `appeal within N working_days` (and `reply within`), `up to N per day`,
 * `placeholder x from call` (or `caller`), and on a callback
 * `to all_numbers` or `to primary_number`.
 */
import type { Name } from '../../ast.js';
import { CALLBACK_TARGETS, PLACEHOLDER_SOURCES } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

export function unknownWords(ctx: CheckContext): void {
  const check = (name: Name | undefined, known: readonly string[], where: string): void => {
    if (!name || name.value === '' || known.includes(name.value)) return;
    ctx.error('check/unknown-word', `\`${name.value}\` is not a word ${where} takes`, name.span, {
      help: suggestionHelp(name.value, known, 'words it takes'),
    });
  };
  for (const item of ctx.policy.items) {
    if (item.kind === 'Requirement') check(item.what, ['callback_number'], '`require`');
    if (item.kind === 'RestrictionDef' || item.kind === 'RecordExpiry') {
      check(item.appeal?.unit, ['working_days'], '`appeal within`');
      check(item.appeal?.replyUnit, ['working_days'], '`reply within`');
    }
    if (item.kind === 'PlaceholderDef') check(item.from, PLACEHOLDER_SOURCES, '`placeholder ... from`');
  }
  for (const rule of ctx.ownRules) {
    for (const item of [...ctx.choices(rule), ...ctx.duties(rule)]) {
      check(item.cap?.per, ['day'], '`up to ... per`');
      const callback = item.kind === 'Step' ? item.action.value : item.name.value;
      if (callback === 'callback') check(item.to, CALLBACK_TARGETS, 'a callback\'s `to`');
    }
  }
}
