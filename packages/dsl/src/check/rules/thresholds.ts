/**
 * `check/threshold-range` (a confidence outside 0..1) and
 * `check/duplicate-threshold` (the same threshold set twice in one file,
 * a declared behaviour's own `threshold` included).
 */
import type { Name, NumberLiteral, PolicyItem } from '../../ast.js';
import type { Span } from '../../span.js';
import type { CheckContext } from '../context.js';

/** A threshold line, or the threshold of a behaviour's declaration. */
interface Setting {
  readonly behaviour: Name | undefined;
  readonly value: NumberLiteral;
  readonly span: Span;
}

function setting(item: PolicyItem): Setting | undefined {
  if (item.kind === 'Threshold') return item;
  if (item.kind === 'BehaviourDef' && item.threshold) return { behaviour: item.name, value: item.threshold, span: item.span };
  return undefined;
}

export function thresholds(ctx: CheckContext): void {
  const seen = new Map<string, Setting>();
  for (const it of ctx.policy.items) {
    const item = setting(it);
    if (item === undefined) continue;
    const { value } = item;
    if (!(value.value >= 0 && value.value <= 1)) {
      // `threshold 80` is usually a percentage.
      const asShare = value.value > 1 && value.value <= 100 ? value.value / 100 : undefined;
      ctx.error('check/threshold-range', `threshold \`${value.raw}\` is outside 0 to 1`, value.span, {
        help:
          asShare === undefined
            ? 'a confidence runs from 0 (never sure) to 1 (certain), e.g. `0.7`'
            : `a confidence runs from 0 to 1: did you mean \`${asShare}\`?`,
      });
    }
    const key = item.behaviour?.value ?? '';
    const first = seen.get(key);
    if (first) {
      const what = item.behaviour ? `\`${key}\`` : 'the default';
      ctx.error('check/duplicate-threshold', `the threshold for ${what} is set twice`, item.span, {
        help: 'keep one of the two lines',
        related: [{ message: 'first set here', span: first.span }],
      });
    } else seen.set(key, item);
  }
}
