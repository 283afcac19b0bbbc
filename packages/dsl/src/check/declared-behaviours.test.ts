import { describe, expect, it } from 'vitest';
import { format } from '../print.js';
import { Source } from '../source.js';
import { checkText } from './check.js';
import type { CheckOptions } from './check.js';

const rule = '  rule a "A" {\n    when customer profanity\n    do warn\n  }\n';
/** A policy with `lines`; one that extends a base inherits the base's rule. */
const policy = (name: string, lines: string, base?: string) =>
  `policy "${name}"${base ? ` extends "${base}"` : ''} {\n  version "1.0.0"\n  stance warn_then_end\n${lines}\n${base ? '' : rule}}\n`;

const withBase = (base: string): CheckOptions => ({
  resolve: (ref) => (ref === 'base' ? { source: new Source(base, 'base.policy') } : { error: `no policy \`${ref}\`` }),
});

describe('declared behaviours', () => {
  it('join the vocabulary after the built-in ones, with their thresholds, in groups and zero tolerance', () => {
    const { policy: p, diagnostics } = checkText(
      policy('p', '  behaviour insults_staff "Insults about staff" threshold 0.7\n  behaviour distress "In distress"\n  group about_staff = insults_staff or profanity\n  zero_tolerance insults_staff\n  threshold distress 0.4\n  rule s "S" {\n    when customer about_staff and not customer distress\n    do deescalate\n  }\n  rule z "Z" {\n    when customer insults_staff\n    do end_call immediately\n  }\n  rule v "V" {\n    when customer distress and caller.vulnerable\n    do deescalate\n  }'),
    );
    expect(diagnostics).toEqual([]);
    expect(p?.behaviours).toEqual([
      { name: 'insults_staff', description: 'Insults about staff' },
      { name: 'distress', description: 'In distress' },
    ]);
    expect(p?.thresholds).toEqual({ insults_staff: 0.7, distress: 0.4 });
    expect(p?.groups).toEqual({ about_staff: ['profanity', 'insults_staff'] });
    expect(p?.zeroTolerance).toEqual(['insults_staff']);
  });

  it('leave a policy without declarations as it was: no `behaviours` key, so the same hash', () => {
    const { policy: p } = checkText(policy('p', ''));
    expect(p && 'behaviours' in p).toBe(false);
  });

  it('are inherited, and a redeclaration replaces the base\'s, its threshold with it', () => {
    const base = policy('base', '  behaviour insults_staff "Insults about staff" threshold 0.7\n  behaviour distress "In distress" threshold 0.4');
    const { policy: p, diagnostics } = checkText(policy('team', '  behaviour insults_staff "Insults about any member of staff"', 'base'), 'team', withBase(base));
    expect(diagnostics).toEqual([]);
    expect(p?.behaviours).toEqual([
      { name: 'insults_staff', description: 'Insults about any member of staff' },
      { name: 'distress', description: 'In distress' },
    ]);
    expect(p?.thresholds).toEqual({ distress: 0.4 });
  });

  it('are suggested for a misspelt behaviour', () => {
    const { diagnostics } = checkText(policy('p', '  behaviour insults_staff "Insults about staff"\n  rule s "S" {\n    when customer insult_staff\n    do warn\n  }'));
    expect(diagnostics.map((d) => [d.code, d.help])).toEqual([['check/unknown-behaviour', 'did you mean `insults_staff`?']]);
  });

  it('print on one line, threshold last, and read back the same', () => {
    const messy = policy('p', '  behaviour   insults_staff\n    "Insults about staff"   threshold 0.7');
    const { text } = format(messy);
    expect(text).toContain('\n  behaviour insults_staff "Insults about staff" threshold 0.7\n');
    expect(format(text ?? '').text).toBe(text);
  });
});
