/**
 * `check/duplicate-rule`, `check/duplicate-script`, `check/duplicate-group`,
 * `check/duplicate-restriction`, `check/duplicate-placeholder`,
 * `check/duplicate-behaviour`, `check/duplicate-record` and
 * `check/duplicate-header`: one name, record kind or header line written
 * twice in a file. The first one counts; the second is reported, pointing at
 * the first.
 */
import type { Name } from '../../ast.js';
import type { Span } from '../../span.js';
import type { CheckCode } from '../codes.js';
import type { CheckContext } from '../context.js';

export function duplicates(ctx: CheckContext): void {
  const seen = new Map<string, Span>();
  const once = (code: CheckCode, key: string, span: Span, message: string, help: string): void => {
    const first = seen.get(`${code} ${key}`);
    if (first) ctx.error(code, message, span, { help, related: [{ message: 'first written here', span: first }] });
    else seen.set(`${code} ${key}`, span);
  };
  const named = (code: CheckCode, what: string, name: Name): void =>
    once(code, name.value, name.span, `${what} \`${name.value}\` is defined twice`, 'rename one of them or remove it');
  for (const item of ctx.policy.items) {
    switch (item.kind) {
      case 'HeaderField':
        once('check/duplicate-header', item.field, item.span, `\`${item.field}\` is set twice`, 'keep one of the two lines');
        break;
      case 'ScriptDef':
        named('check/duplicate-script', 'script', item.name);
        break;
      case 'PlaceholderDef':
        named('check/duplicate-placeholder', 'placeholder', item.name);
        break;
      case 'GroupDef':
        named('check/duplicate-group', 'group', item.name);
        break;
      case 'RestrictionDef':
        named('check/duplicate-restriction', 'restriction', item.name);
        break;
      case 'BehaviourDef':
        named('check/duplicate-behaviour', 'behaviour', item.name);
        break;
      case 'RecordExpiry':
        once('check/duplicate-record', item.record.value, item.span, `the expiry of \`${item.record.value}\` records is set twice`, 'keep one of the two lines');
        break;
      case 'Rule':
        if (item.on && item.name === item.on) {
          // Several rules may answer one event; without names of their own they would share the event's.
          once(
            'check/duplicate-rule',
            item.name.value,
            item.name.span,
            `\`on ${item.name.value}\` is written twice without a name`,
            `give each block a name of its own, e.g. \`on ${item.name.value} second_${item.name.value} "..." { ... }\``,
          );
        } else named('check/duplicate-rule', 'rule', item.name);
        break;
    }
  }
}
