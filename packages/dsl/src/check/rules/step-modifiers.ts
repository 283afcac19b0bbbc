/**
 * `check/misplaced-modifier` (a detail its step, alternative or duty does
 * not take) and `check/block-without-approval` (`block_caller` needs
 * `approved by` a role and `for` a period).
 */
import type { Duty, Step } from '../../ast.js';
import type { Span } from '../../span.js';
import { ACTIONS, ACTION_SEVERITY, DUTIES, ENDING_ACTIONS } from '../../vocabulary.js';
import type { Action, DutyKind } from '../../vocabulary.js';
import type { CheckContext } from '../context.js';
import { keywordSpan, widen } from '../spans.js';

interface Modifier<T, K extends string> {
  readonly word: string;
  readonly allowed: readonly K[];
  readonly why: string;
  /** The written modifier's span, or undefined when the step or duty does not have it. */
  readonly span: (item: T, ctx: CheckContext) => Span | undefined;
}

const NOT_ENDING = (Object.keys(ACTION_SEVERITY) as Action[]).filter((a) => !ENDING_ACTIONS.includes(a));
const ENDING: readonly Action[] = ENDING_ACTIONS;

const callbackOptions = <T extends Step | Duty, K extends string>(allowed: readonly K[]): Modifier<T, K>[] => [
  {
    word: 'between',
    allowed,
    why: 'only `callback` has calling hours',
    span: (s) => s.window && widen(s.window.span, /\bbetween/),
  },
  {
    word: 'up to ... per day',
    allowed,
    why: 'only `callback` has a daily cap',
    span: (s) => s.cap && widen(s.cap.span, /\bup\s+to/),
  },
];

const STEP_MODIFIERS: readonly Modifier<Step, Action>[] = [
  {
    word: 'immediately',
    allowed: ENDING,
    why: 'only a step that ends the call can be immediate',
    span: (s, ctx) => (s.immediately ? keywordSpan(s.span, 'immediately', ctx.comments) : undefined),
  },
  {
    word: 'via',
    allowed: ENDING,
    why: 'only a step that ends the call says how it ends',
    span: (s) => s.via && widen(s.via.span, /\bvia/),
  },
  {
    word: 'to',
    allowed: ['escalate', 'route', 'callback'],
    why: 'only `escalate`, `route` and `callback` go to someone',
    span: (s) => s.to && widen(s.to.span, /\bto/),
  },
  {
    word: 'up to',
    allowed: NOT_ENDING,
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
  ...callbackOptions<Step, Action>(['callback']),
  {
    word: 'approved by',
    allowed: ENDING,
    why: 'only `end_call` and `block_caller` take an approval',
    span: (s) => {
      const first = s.approvedBy[0];
      const last = s.approvedBy[s.approvedBy.length - 1];
      return first && last && widen({ ...first.span, end: last.span.end }, /,?\s*approved\s+by/);
    },
  },
];

const DUTY_MODIFIERS: readonly Modifier<Duty, DutyKind>[] = [
  {
    word: 'for',
    allowed: ['pause_agent'],
    why: 'only `pause_agent` lasts for a period',
    span: (d) => d.for && widen(d.for.span, /\bfor/),
  },
  {
    word: 'to',
    allowed: ['callback'],
    why: 'only a `callback` duty goes to the numbers on file',
    span: (d) => d.to && widen(d.to.span, /\bto/),
  },
  ...callbackOptions<Duty, DutyKind>(['callback']),
];

export function stepModifiers(ctx: CheckContext): void {
  const report = (word: string, what: string, why: string, span: Span): void => {
    ctx.error('check/misplaced-modifier', `\`${word}\` does not apply to \`${what}\``, span, {
      help: `${why}: remove \`${ctx.source.body.slice(span.start, span.end)}\``,
    });
  };
  for (const rule of ctx.ownRules) {
    for (const step of rule.ladder?.steps ?? []) {
      for (const alternative of step.alternatives) {
        if (!alternative.upTo) continue;
        ctx.error('check/misplaced-modifier', '`up to` does not apply to an alternative', widen(alternative.upTo.span, /\bup\s+to/, /times\b/), {
          help: `a step repeats with its alternatives: put \`up to\` on \`${step.action.value}\`, before the first \`or\``,
        });
      }
    }
    for (const step of ctx.choices(rule)) {
      const action = step.action.value;
      if (!(ACTIONS as readonly string[]).includes(action)) continue;
      for (const m of STEP_MODIFIERS) {
        // Spans are worked out (a regular expression each) only for a misplaced modifier.
        if (m.allowed.includes(action as Action)) continue;
        const span = m.span(step, ctx);
        if (span) report(m.word, action, m.why, span);
      }
      if (action !== 'block_caller') continue;
      if (step.approvedBy.length === 0) {
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
    for (const duty of ctx.duties(rule)) {
      const kind = duty.name.value;
      if (!(DUTIES as readonly string[]).includes(kind)) continue;
      for (const m of DUTY_MODIFIERS) {
        if (m.allowed.includes(kind as DutyKind)) continue;
        const span = m.span(duty, ctx);
        if (span) report(m.word, kind, m.why, span);
      }
    }
  }
}
