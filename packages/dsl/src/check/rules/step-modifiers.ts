/**
 * `check/misplaced-modifier` (a step detail its action does not take) and
 * `check/block-without-approval` (`block_caller` needs `approved by` a
 * role and `for` a period).
 */
import type { Step } from '../../ast.js';
import type { Span } from '../../span.js';
import { ACTIONS } from '../../vocabulary.js';
import type { Action } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { keywordSpan, widen } from '../spans.js';

interface Modifier {
  readonly word: string;
  readonly allowed: readonly Action[];
  readonly why: string;
  /** The written modifier's span, or undefined when the step does not have it. */
  readonly span: (step: Step, ctx: CheckContext) => Span | undefined;
}

const MODIFIERS: readonly Modifier[] = [
  {
    word: 'immediately',
    allowed: ['end_call', 'block_caller'],
    why: 'only a step that ends the call can be immediate',
    span: (s, ctx) => (s.immediately ? keywordSpan(s.span, 'immediately', ctx.comments) : undefined),
  },
  {
    word: 'to',
    allowed: ['escalate'],
    why: 'only `escalate` goes to someone',
    span: (s) => s.to && widen(s.to.span, /\bto/),
  },
  {
    word: 'up to',
    allowed: ['continue', 'remind', 'deescalate', 'warn', 'escalate', 'callback'],
    why: 'the call is over after this step, so it cannot repeat',
    span: (s) => s.upTo && widen(s.upTo.span, /\bup\s+to/, /times\b/),
  },
  {
    word: 'for',
    allowed: ['block_caller'],
    why: 'only `block_caller` lasts for a period',
    span: (s) => s.for && widen(s.for.span, /\bfor/),
  },
  {
    word: 'within',
    allowed: ['callback'],
    why: 'only `callback` has a deadline',
    span: (s) => s.within && widen(s.within.span, /\bwithin/),
  },
  {
    word: 'approved by',
    allowed: ['end_call', 'block_caller'],
    why: 'only `end_call` and `block_caller` take an approval',
    span: (s) => s.approvedBy && widen(s.approvedBy.span, /\bapproved\s+by/),
  },
];

export function stepModifiers(ctx: CheckContext): void {
  for (const rule of ctx.ownRules) {
    for (const step of rule.ladder?.steps ?? []) {
      const action = step.action.value;
      if (!(ACTIONS as readonly string[]).includes(action)) continue;
      for (const m of MODIFIERS) {
        const span = m.span(step, ctx);
        if (!span || m.allowed.includes(action as Action)) continue;
        ctx.error('check/misplaced-modifier', `\`${m.word}\` does not apply to \`${action}\``, span, {
          help: `${m.why}: remove \`${ctx.source.body.slice(span.start, span.end)}\``,
        });
      }
      if (action !== 'block_caller') continue;
      if (!step.approvedBy) {
        ctx.error('check/block-without-approval', '`block_caller` needs someone to approve it', step.action.span, {
          help: 'add `approved by supervisor` (or another role)',
        });
      }
      if (!step.for) {
        ctx.error('check/block-without-approval', '`block_caller` needs a period', step.action.span, {
          help: 'say how long the block lasts, e.g. `for 90d`',
        });
      }
    }
  }
}
