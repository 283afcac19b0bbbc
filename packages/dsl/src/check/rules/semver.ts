/** `check/bad-version`: a `version` that is not a semantic version (semver.org 2.0.0). */
import type { CheckContext } from '../context.js';
import { SEMVER } from '../literals.js';

export function semver(ctx: CheckContext): void {
  for (const item of ctx.policy.items) {
    if (item.kind !== 'HeaderField' || item.field !== 'version') continue;
    const raw = item.value.kind === 'Date' ? item.value.raw : item.value.value;
    if (item.value.kind === 'Text' && SEMVER.test(raw)) continue;
    const fixed = repair(raw);
    ctx.error('check/bad-version', `\`${raw}\` is not a version number`, item.value.span, {
      help: fixed
        ? `a version has three numbers, major.minor.patch: write \`"${fixed}"\``
        : 'a version has three numbers, major.minor.patch, e.g. `"1.0.0"`',
    });
  }
}

/** `v3.2` → `3.2.0`, `03.1.0` → `3.1.0`; undefined when there is no obvious fix. */
function repair(raw: string): string | undefined {
  const m = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(raw.trim());
  if (!m) return undefined;
  const fixed = [m[1], m[2] ?? '0', m[3] ?? '0'].map((n) => String(Number(n))).join('.');
  return SEMVER.test(fixed) ? fixed : undefined;
}
