/**
 * `check/unknown-field` and `check/type-mismatch`: a field must exist, with
 * a third part exactly when it is keyed (`caller.strikes.threat`), and be
 * compared with a value of its type (`20m` for a duration, `3` for a number,
 * `"billing"` for text, `true`/`false` or nothing for yes/no).
 * `check/field-not-available`: `silence.*` fields exist only in `on silence`.
 */
import type { FieldCondition } from '../../ast.js';
import { FIELDS, KEYED_FIELDS } from '../../vocabulary.js';
import { fieldComparison, fieldType } from '../condition.js';
import type { CheckContext } from '../context.js';
import { suggestionHelp } from '../suggest.js';

const PLAIN_FIELDS = Object.entries(FIELDS).flatMap(([root, members]) => Object.keys(members).map((m) => `${root}.${m}`));
const KEYED = Object.entries(KEYED_FIELDS).flatMap(([root, members]) =>
  Object.entries(members).map(([m, { key }]) => [`${root}.${m}`, key] as const),
);
const ALL_FIELDS = [...new Set([...PLAIN_FIELDS, ...KEYED.map(([path]) => path)])];

export function fields(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const atom of ctx.atoms(rule)) {
      if (atom.kind !== 'Field' || !checkField(ctx, atom)) continue;
      if (atom.field.root.value === 'silence' && rule.on?.value !== 'silence') {
        ctx.error('check/field-not-available', `\`${written(atom)}\` is known only in \`on silence\``, atom.field.span, {
          help: 'move the condition into an `on silence { ... }` block',
        });
      }
    }
  }
}

/** What a field check needs of the checker: the file, and reporting (an assert's `when` is checked outside a rule too). */
export type FieldReporter = Pick<CheckContext, 'source' | 'error'>;

/** Reports an unknown field or a value of the wrong type; true when the atom is a well-typed comparison. */
export function checkField(ctx: FieldReporter, atom: FieldCondition): boolean {
  const { root, member, key } = atom.field;
  if (root.value === '' || member.value === '' || key?.value === '') return false;
  const path = `${root.value}.${member.value}`;
  const keyedBy = KEYED.find(([p]) => p === path)?.[1];
  if (fieldType(atom) === undefined) {
    ctx.error('check/unknown-field', `unknown field \`${written(atom)}\``, atom.field.span, {
      help:
        key && PLAIN_FIELDS.includes(path)
          ? `\`${path}\` takes no third part: write \`${path}\``
          : !key && keyedBy
            ? `name a ${keyedBy} after it, e.g. \`${path}.${EXAMPLE_KEY[keyedBy]}\``
            : suggestionHelp(path, ALL_FIELDS, 'fields'),
    });
    return false;
  }
  if (fieldComparison(atom) === undefined) {
    mismatch(ctx, atom, written(atom));
    return false;
  }
  return true;
}

function written(atom: FieldCondition): string {
  const { root, member, key } = atom.field;
  return key ? `${root.value}.${member.value}.${key.value}` : `${root.value}.${member.value}`;
}

const EXAMPLE_KEY: Readonly<Record<string, string>> = { behaviour: 'threat', restriction: 'written_only', role: 'supervisor' };

function mismatch(ctx: FieldReporter, atom: FieldCondition, path: string): void {
  const { op, value } = atom;
  const type = fieldType(atom);
  const at = value?.span ?? atom.span;
  const report = (message: string, help: string, span = at): void =>
    ctx.error('check/type-mismatch', message, span, { help });
  if (value?.kind === 'Duration' && type === 'duration') return; // a bad duration is reported on its own
  const written = value ? ctx.source.body.slice(value.span.start, value.span.end) : '';
  switch (type) {
    case 'boolean':
      return report(
        op === '=' || op === '!=' ? `\`${path}\` is yes or no, not \`${written}\`` : `\`${path}\` is yes or no and cannot be compared with \`${op}\``,
        `write \`${path}\`, \`not ${path}\` or \`${path} = false\``,
        op === '=' || op === '!=' ? at : atom.span,
      );
    case 'number':
      if (op === undefined) return report(`\`${path}\` is a number: compare it with one`, `write e.g. \`${path} >= 3\``);
      return report(`\`${path}\` is a number, not \`${written}\``, `write e.g. \`${path} ${op} 3\``);
    case 'duration':
      if (op === undefined) return report(`\`${path}\` is a duration: compare it with one`, `write e.g. \`${path} > 20m\``);
      if (value?.kind === 'Number') return report(`\`${path}\` is a duration, not a plain number`, `write \`${value.raw}m\` or another unit: \`s\`, \`m\`, \`h\`, \`d\`, \`w\``);
      return report(`\`${path}\` is a duration, not \`${written}\``, `write e.g. \`${path} ${op} 20m\``);
    default:
      if (op !== '=' && op !== '!=') return report(`\`${path}\` is text: compare it with \`=\` or \`!=\``, `write e.g. \`${path} = "billing"\``, atom.span);
      return report(`\`${path}\` is text, not \`${written}\``, `put the text in quotes: \`"${value?.kind === 'Text' ? value.value : written}"\``);
  }
}
