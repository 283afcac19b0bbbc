/**
 * `acknowledge <warning> "<reason>"`: a policy says why a warning of the
 * checker does not apply to it, and the checker stops reporting it.
 * `check/unknown-warning` for a name that is no warning (an error cannot be
 * acknowledged), `check/acknowledgement-without-reason` for an empty reason;
 * after every rule has run, `applyAcknowledgements` holds back the warnings
 * acknowledged and reports, as `check/unused-acknowledgement`, an
 * acknowledgement of a warning the policy does not have.
 */
import { CODES } from '@callguard/contract';
import type { Acknowledgement } from '../../ast.js';
import type { Diagnostic } from '../../diagnostic.js';
import type { CheckContext } from '../context.js';
import { didYouMean } from '../suggest.js';
import { WARNINGS, type WarningCode } from '../warnings.js';

/** The warnings a policy may acknowledge: all but the one about acknowledgements themselves. */
const ACKNOWLEDGEABLE: ReadonlySet<string> = new Set(WARNINGS.filter((w) => w !== 'check/unused-acknowledgement'));

/** The code an acknowledgement names, when it names one a policy may acknowledge. */
export function acknowledgedCode(a: Acknowledgement): WarningCode | undefined {
  const code = `check/${a.code.value}`;
  return ACKNOWLEDGEABLE.has(code) ? (code as WarningCode) : undefined;
}

/** Whether an acknowledgement is in force: a warning it may name, and a reason. */
function inForce(a: Acknowledgement): boolean {
  return acknowledgedCode(a) !== undefined && a.reason.value.trim() !== '';
}

/** The acknowledgement in force for each warning among `list`: the first, so a policy's own comes before its bases'. */
export function inForceByCode(list: readonly Acknowledgement[]): Map<WarningCode, Acknowledgement> {
  const byCode = new Map<WarningCode, Acknowledgement>();
  for (const a of list) if (inForce(a) && !byCode.has(acknowledgedCode(a)!)) byCode.set(acknowledgedCode(a)!, a);
  return byCode;
}

export function acknowledgements(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'Acknowledgement') continue;
    const name = item.code.value;
    if (acknowledgedCode(item) === undefined) {
      const known = (CODES as readonly string[]).includes(`check/${name}`) || (CODES as readonly string[]).includes(`parse/${name}`);
      const names = [...ACKNOWLEDGEABLE].map((c) => c.slice('check/'.length));
      ctx.error(
        'check/unknown-warning',
        known ? `\`${name}\` is not a warning the checker gives, so it cannot be acknowledged` : `\`${name}\` is not a warning the checker gives`,
        item.code.span,
        { help: known ? 'fix what it reports instead: only warnings can be acknowledged' : (didYouMean(name, names) ?? `the warnings are ${names.map((n) => `\`${n}\``).join(', ')}`) },
      );
    }
    if (item.reason.value.trim() === '') {
      ctx.error('check/acknowledgement-without-reason', `acknowledging \`${name}\` needs a reason`, item.reason.span, {
        help: 'say in words a reviewer can check why the warning does not apply, e.g. `"Vulnerable callers are passed to the social team before they reach an agent"`',
      });
    }
  }
}

/**
 * Takes out of `out`, from index `from` on (what this file's rules
 * reported), the warnings the policy acknowledges, adding each to
 * `acknowledged` under the acknowledgement that covers it (the policy's
 * own before its bases'); then reports this file's acknowledgements that
 * covered nothing.
 */
export function applyAcknowledgements(ctx: CheckContext, out: Diagnostic[], from: number, acknowledged: Map<Acknowledgement, Diagnostic[]>): void {
  const byCode: ReadonlyMap<string, Acknowledgement> = inForceByCode(ctx.scope.acknowledgements);
  if (byCode.size === 0) return;
  let kept = from;
  for (let i = from; i < out.length; i++) {
    const d = out[i]!;
    const a = d.severity === 'warning' ? byCode.get(d.code) : undefined;
    if (a === undefined) out[kept++] = d;
    else {
      let held = acknowledged.get(a);
      if (!held) acknowledged.set(a, (held = []));
      held.push(d);
    }
  }
  out.length = kept;
  for (const item of ctx.policy.items) {
    if (item.kind !== 'Acknowledgement' || !inForce(item)) continue;
    const name = item.code.value;
    const first = byCode.get(acknowledgedCode(item)!)!;
    if (first !== item) {
      ctx.warning('check/unused-acknowledgement', `\`${name}\` is already acknowledged`, item.code.span, {
        help: 'remove one: a warning needs one reason',
        related: [{ message: 'acknowledged first here', span: first.code.span }],
      });
    } else if (!acknowledged.has(item)) {
      ctx.warning('check/unused-acknowledgement', `policy \`${ctx.policy.name.value}\` has no \`${name}\` warning to acknowledge`, item.code.span, {
        help: 'remove it: the warning it answered no longer applies',
      });
    }
  }
}
