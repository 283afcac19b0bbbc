import { describe, expect, it } from 'vitest';
import { checkText } from '../check/check.js';
import { format } from '../print.js';

/** A policy with `lines` among its items. */
const policy = (...lines: string[]) => `policy "p" {
  version "1.0.0"
  stance warn_then_end
  roles line_manager
${lines.map((l) => `  ${l}`).join('\n')}
  rule abuse "Abuse" {
    when customer profanity and not caller.vulnerable
    do warn then end_call
    duties record_warning, propose written_only
  }
}
`;

const restriction = (review: string, appeal: string) => `restriction written_only {
    kind written_only
    scope organisation
    lasts up to 180d
    ${review}
    approved by line_manager
    ${appeal}
  }`;

/** Each diagnostic as `code: message [underlined text]`. */
function problems(text: string): string[] {
  return checkText(text, 'p.policy').diagnostics.map((d) => `${d.code}: ${d.message} [${text.slice(d.span.start, d.span.end)}]`);
}

describe('appeal terms and repeated reviews', () => {
  const full = policy(
    'record warning expires after 365d, appeal within 10 working_days, reply within 20 working_days',
    restriction('reviewed after 90d, independently, then every 180d', 'appeal within 10 working_days, reply within 20 working_days'),
  );

  it('are read, checked and kept in the checked policy', () => {
    const { policy: checked, diagnostics } = checkText(full, 'p.policy');
    expect(diagnostics).toEqual([]);
    expect(checked?.recordAppeals).toEqual({ warning: { appealWorkingDays: 10, replyWorkingDays: 20 } });
    expect(checked?.restrictions['written_only']).toMatchObject({ appealWorkingDays: 10, replyWorkingDays: 20, reviewEveryMs: 180 * 86_400_000, independentReview: true });
  });

  it('format as written, and formatting again changes nothing', () => {
    const messy = full.replace(', appeal within 10 working_days, reply', ',appeal  within 10 working_days ,reply').replace(', then every', ' ,then every');
    const once = format(messy, { name: 'p.policy' }).text;
    expect(once).toBe(format(full, { name: 'p.policy' }).text);
    expect(once).toContain('  record warning expires after 365d, appeal within 10 working_days, reply within 20 working_days\n');
    expect(once).toContain('    reviewed after 90d, independently, then every 180d\n');
    expect(format(once!, { name: 'p.policy' }).text).toBe(once);
  });

  it('are optional: a record line, a review and an appeal without them', () => {
    const { policy: checked, diagnostics } = checkText(policy('record warning expires after 365d', restriction('reviewed after 90d', 'appeal within 10 working_days')), 'p.policy');
    expect(diagnostics).toEqual([]);
    expect(checked).not.toHaveProperty('recordAppeals');
    expect(checked?.restrictions['written_only']).not.toHaveProperty('replyWorkingDays');
    expect(checked?.restrictions['written_only']).not.toHaveProperty('reviewEveryMs');
  });

  it('say what is wrong with a misspelt word, a unit or a count', () => {
    expect(problems(policy('record warning expires after 365d, appeal within 10 working_days, respond within 20 working_days', restriction('reviewed after 90d', '')))).toEqual([
      'parse/syntax: expected `reply` after the appeal period, not `respond` [respond]',
    ]);
    expect(problems(policy('record warning expires after 365d', restriction('reviewed after 90d, then each 180d', '')))).toEqual([
      'parse/syntax: expected `every` after `then`, not `each` [each]',
    ]);
    expect(problems(policy('record warning expires after 365d, appeal within 0 days, reply within 400 working_days', restriction('reviewed after 90d, then every 0d', '')))).toEqual([
      'check/bad-count: `0` is not a number of working days [0]',
      'check/unknown-word: `days` is not a word `appeal within` takes [days]',
      'check/bad-count: `400` is not a number of working days [400]',
      expect.stringMatching(/^check\/[a-z-]+: .* \[0d\]$/),
    ]);
  });
});
