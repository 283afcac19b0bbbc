/**
 * One test per checker diagnostic code: the code, severity, line, column
 * and the exact text the span underlines.
 */
import { describe, expect, it } from 'vitest';
import { Source } from '../source.js';
import { checkText } from './check.js';
import type { CheckOptions } from './check.js';
import { CODES } from '@callguard/contract';

/** A policy with `body` from line 4 on; lines 2 and 3 are `version` and `stance`. */
function pol(body: string, stance = 'warn_then_end', head = 'policy "t" {'): string {
  return `${head}\n  version "1.0.0"\n  stance ${stance}\n${body}\n}\n`;
}

/** A resolver over in-memory files, named `<ref>.policy`. */
function files(map: Record<string, string>): CheckOptions {
  return {
    resolve: (ref) => {
      const body = map[ref];
      return body === undefined ? { error: `no policy \`${ref}\`` } : { source: new Source(body, `${ref}.policy`) };
    },
  };
}

interface Case {
  readonly text: string;
  readonly severity?: 'error' | 'warning';
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly underline: string;
  readonly help?: string;
  readonly options?: CheckOptions;
}

const rudeRule = (what: string): string => `  rule a {\n    when customer rudeness\n    do ${what}\n  }`;

/** A restriction `r` on lines 4 to 10 (with the first setting replaced by `first`, and so on). */
const restriction = (first = 'kind written_only', second = 'scope team'): string =>
  `  restriction r {\n    ${first}\n    ${second}\n    lasts up to 90d\n    reviewed after 30d\n    approved by manager\n  }`;
/** A rule that proposes restriction `r`. */
const proposing = '  rule p {\n    when customer threat\n    do warn\n    duties propose r\n  }';

const CASES: Record<string, Case> = {
  'check/unknown-warning': {
    text: pol(`${rudeRule('deescalate')}\n  acknowledge shadowed-rules "Kept for its duties"`),
    line: 8, column: 15, underline: 'shadowed-rules', help: 'did you mean `shadowed-rule`?',
  },
  'check/acknowledgement-without-reason': {
    text: pol(`${rudeRule('deescalate')}\n  acknowledge shadowed-rule ""`),
    line: 8, column: 29, underline: '""',
  },
  'check/unused-acknowledgement': {
    text: pol(`${rudeRule('deescalate')}\n  acknowledge shadowed-rule "Kept for its duties"`),
    severity: 'warning', line: 8, column: 15, underline: 'shadowed-rule',
  },
  'check/unknown-behaviour': {
    text: pol('  rule a {\n    when customer swearing\n    do deescalate\n  }'),
    line: 5, column: 19, underline: 'swearing', help: 'did you mean `profanity`?',
  },
  'check/unknown-action': { text: pol(rudeRule('hang_up')), line: 6, column: 8, underline: 'hang_up', help: 'did you mean `end_call`?' },
  'check/unknown-script': {
    text: pol(`  script warn_abuse "Please stop."\n${rudeRule('warn with warn_abus')}`),
    line: 7, column: 18, underline: 'warn_abus', help: 'did you mean `warn_abuse`?',
  },
  'check/unknown-field': {
    text: pol('  rule a {\n    when caller.incidents_30days >= 3\n    do remind\n  }'),
    line: 5, column: 10, underline: 'caller.incidents_30days', help: 'did you mean `caller.incidents_30d`?',
  },
  'check/unknown-role': { text: pol(rudeRule('escalate to boss')), line: 6, column: 20, underline: 'boss', help: 'did you mean `supervisor`?' },
  'check/unknown-duty': {
    text: pol('  rule a {\n    when customer rudeness\n    do deescalate\n    duties document, apologise\n  }'),
    line: 7, column: 22, underline: 'apologise', help: 'did you mean `follow_up`?',
  },
  'check/unknown-stance': { text: pol('', 'warn_than_end'), line: 3, column: 10, underline: 'warn_than_end', help: 'did you mean `warn_then_end`?' },
  'check/unknown-speaker': {
    text: pol('  rule a {\n    when caller threat\n    do escalate\n  }'),
    line: 5, column: 10, underline: 'caller',
  },
  'check/unknown-event': {
    text: pol('  on dropped {\n    do callback within 10m\n  }'),
    line: 4, column: 6, underline: 'dropped', help: 'did you mean `line_dropped`?',
  },
  'check/threshold-range': { text: pol('  threshold 80'), line: 4, column: 13, underline: '80', help: 'a confidence runs from 0 to 1: did you mean `0.8`?' },
  'check/bad-duration': {
    text: pol('  on line_dropped {\n    do callback within 10mins\n  }'),
    line: 5, column: 24, underline: '10mins', help: 'write `10m`',
  },
  'check/bad-date': { text: pol('  effective 2026-02-30'), line: 4, column: 13, underline: '2026-02-30' },
  'check/bad-version': {
    text: 'policy "t" {\n  version "3.2"\n  stance warn_then_end\n}\n',
    line: 2, column: 11, underline: '"3.2"', help: 'a version has three numbers, major.minor.patch: write `"3.2.0"`',
  },
  'check/bad-count': {
    text: pol('  rule a {\n    when customer rudeness 0 times within 10m\n    do deescalate\n  }'),
    line: 5, column: 28, underline: '0',
  },
  'check/duplicate-rule': { text: pol(`${rudeRule('deescalate')}\n${rudeRule('remind')}`), line: 8, column: 8, underline: 'a' },
  'check/duplicate-script': {
    text: pol(`  script s "One."\n  script s "Two."\n${rudeRule('warn with s')}`),
    line: 5, column: 10, underline: 's',
  },
  'check/duplicate-assert': {
    text: pol(`  assert never end_call\n  assert "again": never end_call\n${rudeRule('warn then end_call')}`),
    severity: 'warning', line: 5, column: 19, underline: 'never end_call',
  },
  'check/behaviour-in-assert': {
    text: pol(`  assert never end_call when customer threat\n${rudeRule('warn then end_call')}`),
    line: 4, column: 30, underline: 'customer threat',
  },
  'check/vacuous-assert': {
    text: pol(`  assert block_caller always approved by supervisor\n${rudeRule('warn then end_call')}`),
    severity: 'warning', line: 4, column: 10, underline: 'block_caller',
  },
  'check/duplicate-group': {
    text: pol('  group g = rudeness\n  group g = aggression\n  rule a {\n    when customer g\n    do deescalate\n  }'),
    line: 5, column: 9, underline: 'g',
  },
  'check/duplicate-header': { text: pol('  version "1.0.1"'), line: 4, column: 3, underline: 'version "1.0.1"' },
  'check/duplicate-threshold': { text: pol('  threshold 0.7\n  threshold 0.8'), line: 5, column: 3, underline: 'threshold 0.8' },
  'check/missing-header': { text: 'policy "t" {\n  version "1.0.0"\n}\n', line: 1, column: 8, underline: '"t"' },
  'check/missing-when': { text: pol('  rule a {\n    do deescalate\n  }'), line: 4, column: 8, underline: 'a' },
  'check/missing-do': { text: pol('  rule a {\n    when customer rudeness\n  }'), line: 4, column: 8, underline: 'a' },
  'check/unused-script': { text: pol('  script spare "Unused."'), severity: 'warning', line: 4, column: 10, underline: 'spare' },
  'check/bad-script-set': {
    text: pol(`  script calm_a "One."\n  script calm_b "Two."\n${rudeRule('deescalate with any 3 of (calm_a, calm_b)')}`),
    line: 8, column: 28, underline: '3', help: 'ask for a whole number from 1 to 2, or list more scripts',
  },
  'check/unknown-placeholder': {
    text: pol(`  script calm "I hear you, {customer_nam}."\n${rudeRule('deescalate with calm')}`),
    line: 4, column: 28, underline: '{customer_nam}', help: 'did you mean `{customer_name}`?',
  },
  'check/builtin-placeholder': {
    text: pol(`  placeholder customer_name from call\n  script calm "I hear you, {customer_name}."\n${rudeRule('deescalate with calm')}`),
    line: 4, column: 34, underline: 'call',
  },
  'check/duplicate-placeholder': {
    text: pol(`  placeholder ref from call\n  placeholder ref "none"\n  script calm "Ref {ref}."\n${rudeRule('deescalate with calm')}`),
    line: 5, column: 15, underline: 'ref',
  },
  'check/unused-placeholder': {
    text: pol(`  placeholder hours "9 to 5"\n  script calm "I hear you."\n${rudeRule('deescalate with calm')}`),
    severity: 'warning', line: 4, column: 15, underline: 'hours', help: 'write `{hours}` in a script, or remove it',
  },
  'check/unused-group': { text: pol('  group spare = rudeness'), severity: 'warning', line: 4, column: 9, underline: 'spare' },
  'check/group-cycle': { text: pol('  group a = b\n  group b = a'), line: 4, column: 9, underline: 'a' },
  'check/duplicate-behaviour': {
    text: pol('  behaviour insults_staff "Insults about staff"\n  behaviour insults_staff "Insults aimed at staff"\n  rule a {\n    when customer insults_staff\n    do warn\n  }'),
    line: 5, column: 13, underline: 'insults_staff',
  },
  'check/behaviour-name-taken': {
    text: pol('  behaviour threat "Threats against staff"\n  rule a {\n    when customer threat\n    do escalate\n  }'),
    line: 4, column: 13, underline: 'threat',
    help: 'a built-in behaviour needs no declaration: set its threshold with `threshold threat 0.8`, or declare a new name such as `threat_about_staff`',
  },
  'check/behaviour-threshold-next-line': {
    text: pol('  behaviour insults_staff "Insults about staff"\n  threshold 0.6\n  rule a {\n    when customer insults_staff\n    do warn\n  }'),
    line: 5, column: 13, underline: '0.6', severity: 'warning',
    help: "for `insults_staff`, put it on the description's line (`callguard fmt` does); for the policy's default, move the line above the behaviour",
  },
  'check/too-many-behaviours': {
    text: pol(
      [
        ...Array.from({ length: 21 }, (_, i) => `  behaviour b${i} "declared ${i}"`),
        '  rule a {',
        `    when ${[...Array.from({ length: 21 }, (_, i) => `customer b${i}`), 'customer profanity or customer slur or customer hate_speech or customer threat or customer sexual_harassment or customer harassment or customer rudeness or customer unreasonable_demand or customer uncooperative or customer aggression or customer recording_staff', 'customer repeated_request'].join(' or ')}`,
        '    do warn',
        '  }',
      ].join('\n'),
    ),
    line: 26, column: 601, underline: 'customer repeated_request',
  },
  'check/group-name-taken': {
    text: pol('  group threat = slur\n  rule a {\n    when customer threat\n    do escalate\n  }'),
    line: 4, column: 9, underline: 'threat',
  },
  'check/type-mismatch': {
    text: pol('  rule a {\n    when call.duration > 20\n    do remind\n  }'),
    line: 5, column: 26, underline: '20', help: 'write `20m` or another unit: `s`, `m`, `h`, `d`, `w`',
  },
  'check/line-event-in-condition': {
    text: pol('  rule a {\n    when line_dropped\n    do callback\n  }'),
    line: 5, column: 10, underline: 'line_dropped', help: 'use `on line_dropped { ... }`',
  },
  'check/behaviour-in-event-rule': {
    text: pol('  on silence {\n    when customer threat\n    do remind\n  }'),
    line: 5, column: 10, underline: 'customer threat',
  },
  'check/callback-outside-line-event': { text: pol(rudeRule('callback')), line: 6, column: 8, underline: 'callback' },
  'check/misplaced-modifier': { text: pol(rudeRule('warn for 10m')), line: 6, column: 13, underline: 'for 10m' },
  'check/block-without-approval': {
    text: pol('  rule a {\n    when customer harassment\n    do block_caller for 90d\n  }'),
    line: 6, column: 8, underline: 'block_caller', help: 'add `approved by supervisor` (or another role)',
  },
  'check/timed-first-step': { text: pol(rudeRule('after 10m warn then end_call')), line: 6, column: 8, underline: 'after 10m' },
  'check/unreachable-step': { text: pol(rudeRule('warn then end_call then warn')), line: 6, column: 32, underline: 'warn' },
  'check/never-hang-up-ends-call': { text: pol(rudeRule('escalate then end_call'), 'never_hang_up'), line: 6, column: 22, underline: 'end_call' },
  'check/escalate-first-without-escalate': { text: pol(rudeRule('warn then end_call'), 'escalate_first'), line: 6, column: 18, underline: 'end_call' },
  'check/warn-then-end-without-warn': { text: pol(rudeRule('escalate then end_call')), line: 6, column: 22, underline: 'end_call' },
  'check/immediately-not-zero-tolerance': {
    text: pol('  zero_tolerance threat\n  group abusive = profanity or threat\n  rule a {\n    when customer abusive\n    do end_call immediately\n  }'),
    line: 8, column: 17, underline: 'immediately', help: 'add `profanity` to `zero_tolerance`, or remove `immediately` and warn first',
  },
  'check/zero-tolerance-unenforced': {
    text: pol('  zero_tolerance threat\n  rule a {\n    when customer threat\n    do warn then end_call\n  }', 'zero_tolerance'),
    line: 4, column: 18, underline: 'threat',
  },
  'check/zero-tolerance-under-never-hang-up': {
    text: pol(`  zero_tolerance threat\n${rudeRule('deescalate')}`, 'never_hang_up'),
    severity: 'warning', line: 4, column: 3, underline: 'zero_tolerance threat',
  },
  'check/shadowed-rule': {
    text: pol(`${rudeRule('warn')}\n  rule b {\n    when customer rudeness and caller.withheld\n    do deescalate\n  }`),
    severity: 'warning', line: 8, column: 8, underline: 'b',
  },
  'check/extends-missing': { text: pol('', 'warn_then_end', 'policy "t" extends "nowhere" {'), line: 1, column: 20, underline: '"nowhere"' },
  'check/extends-cycle': {
    text: pol('', 'warn_then_end', 'policy "a" extends "b" {'),
    options: files({ a: pol('', 'warn_then_end', 'policy "a" extends "b" {'), b: pol('', 'warn_then_end', 'policy "b" extends "a" {') }),
    file: 'b.policy', line: 1, column: 20, underline: '"a"',
  },
  'check/extends-name-mismatch': {
    text: pol('', 'warn_then_end', 'policy "t" extends "base" {'),
    options: files({ base: pol('', 'warn_then_end', 'policy "other" {') }),
    line: 1, column: 20, underline: '"base"',
  },
  'check/stance-weakened': {
    text: pol(rudeRule('deescalate'), 'warn_then_end', 'policy "t" extends "base" {'),
    options: files({ base: pol('', 'never_hang_up', 'policy "base" {') }),
    line: 3, column: 10, underline: 'warn_then_end', help: 'remove this line to keep `never_hang_up`: nothing is stricter',
  },
  'check/override-missing': {
    text: pol('  override rule a {\n    when customer rudeness\n    do deescalate\n  }'),
    line: 4, column: 17, underline: 'a',
  },
  'check/override-required': {
    text: pol(rudeRule('remind'), 'warn_then_end', 'policy "t" extends "base" {'),
    options: files({ base: pol(rudeRule('deescalate'), 'warn_then_end', 'policy "base" {') }),
    line: 4, column: 8, underline: 'a', help: 'write `override rule a` to replace it, or give this rule another name',
  },
  'check/unknown-team': {
    text: pol('  teams billing_team\n  rule a {\n    when customer unreasonable_demand\n    do route to biling_team\n  }'),
    line: 7, column: 17, underline: 'biling_team', help: 'did you mean `billing_team`?',
  },
  'check/unknown-restriction': {
    text: pol('  on call_started {\n    when caller.restrictions.writen_only\n    do announce\n  }'),
    line: 5, column: 30, underline: 'writen_only', help: 'this policy defines no restrictions',
  },
  'check/unknown-restriction-kind': {
    text: pol(`${restriction('kind letters_only')}\n${proposing}`),
    line: 5, column: 10, underline: 'letters_only', help: 'did you mean `written_only`?',
  },
  'check/unknown-scope': {
    text: pol(`${restriction('scope organization', 'kind written_only')}\n${proposing}`),
    line: 5, column: 11, underline: 'organization', help: 'did you mean `organisation`?',
  },
  'check/unknown-channel': {
    text: pol('  rule a {\n    channels phone, webchat\n    when customer rudeness\n    do deescalate\n  }'),
    line: 5, column: 21, underline: 'webchat', help: 'did you mean `chat`?',
  },
  'check/unknown-end-mode': {
    text: pol('  rule a {\n    when customer threat\n    do warn then end_call via recorded_mesage\n  }'),
    line: 6, column: 31, underline: 'recorded_mesage', help: 'did you mean `recorded_message`?',
  },
  'check/unknown-record-kind': {
    text: pol('  record warnings expires after 365d'),
    line: 4, column: 10, underline: 'warnings', help: 'did you mean `warning`?',
  },
  'check/unknown-word': {
    text: pol('  on line_dropped {\n    do callback within 10m, up to 3 per days\n  }'),
    line: 5, column: 41, underline: 'days', help: 'did you mean `day`?',
  },
  'check/bad-time': {
    text: pol('  on line_dropped {\n    do callback within 10m between 9:00 and 20:00\n  }'),
    line: 5, column: 36, underline: '9:00', help: 'write `09:00`',
  },
  'check/restriction-incomplete': {
    text: pol(`  restriction r {\n    kind written_only\n  }\n${proposing}`),
    line: 4, column: 15, underline: 'r',
  },
  'check/unused-restriction': {
    text: pol(`${restriction('kind written_only', 'scope team')}\n${rudeRule('deescalate')}`),
    severity: 'warning', line: 4, column: 15, underline: 'r',
  },
  'check/closing-without-callback-number': {
    text: pol('  require callback_number\n  script bye "Goodbye."\n  rule a {\n    when customer threat\n    do warn then end_call with bye\n  }'),
    line: 8, column: 32, underline: 'bye',
  },
  'check/no-vulnerable-rule': {
    text: pol(rudeRule('warn then end_call')),
    severity: 'warning', line: 1, column: 8, underline: '"t"',
  },
  'check/escalate-first-agent-ends': {
    text: pol(rudeRule('escalate to supervisor then end_call by agent'), 'escalate_first'),
    line: 6, column: 45, underline: 'by agent',
  },
  'check/field-not-available': {
    text: pol('  rule a {\n    when silence.duration > 10s\n    do remind\n  }'),
    line: 5, column: 10, underline: 'silence.duration', help: 'move the condition into an `on silence { ... }` block',
  },
  'check/missing-target': {
    text: pol(`${restriction()}\n  rule a {\n    when customer threat\n    do warn\n    duties propose\n  }`),
    line: 14, column: 12, underline: 'propose',
  },
  'check/duplicate-restriction': {
    text: pol(`${restriction()}\n${restriction()}\n${proposing}`),
    line: 11, column: 15, underline: 'r',
  },
  'check/duplicate-record': {
    text: pol('  record warning expires after 365d\n  record warning expires after 90d'),
    line: 5, column: 3, underline: 'record warning expires after 90d',
  },
  'check/invisible-character': {
    text: pol('  # approved by legal\u202e\u2066 not\n  script s "Please stop\u001b[2J."'),
    severity: 'warning', line: 4, column: 22, underline: '\u202e',
  },
  'check/too-many-rules': {
    text: pol(Array.from({ length: 10_001 }, (_, i) => `  rule r${i} { do deescalate }`).join('\n')),
    line: 10_004, column: 3, underline: 'rule r10000 { do deescalate }',
  },
  'check/too-many-groups': {
    text: pol(Array.from({ length: 1_001 }, (_, i) => `  group g${i} = rudeness`).join('\n')),
    line: 1_004, column: 3, underline: 'group g1000 = rudeness',
  },
  'check/groups-too-deep': {
    text: pol(Array.from({ length: 40 }, (_, i) => `  group g${i} = ${i === 0 ? 'rudeness' : `g${i - 1}`}`).join('\n')),
    line: 36, column: 9, underline: 'g32',
  },
  'check/condition-too-large': {
    text: pol(`  rule a {\n    when ${Array.from({ length: 1_001 }, () => 'customer rudeness').join(' and ')}\n    do deescalate\n  }`),
    line: 5, column: 10 + 1_000 * 22, underline: 'customer rudeness',
  },
  'check/extends-too-deep': {
    text: pol('', 'warn_then_end', 'policy "p0" extends "p1" {'),
    options: files(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, pol('', 'warn_then_end', `policy "p${i + 1}" extends "p${i + 2}" {`)]))),
    file: 'p16.policy', line: 1, column: 22, underline: '"p17"',
  },
  'check/too-many-diagnostics': {
    text: pol(Array.from({ length: 101 }, () => '  threshold 2').join('\n')),
    line: 54, column: 13, underline: '2',
  },
};

describe('each checker diagnostic', () => {
  it('has a case here', () => {
    const checkCodes = CODES.filter((c) => c.startsWith('check/'));
    expect(Object.keys(CASES).sort()).toEqual([...checkCodes].sort());
  });

  it.each(Object.entries(CASES))('%s', (code, c) => {
    const { diagnostics } = checkText(c.text, 't.policy', c.options);
    const d = diagnostics.find((x) => x.code === code);
    expect(d, `got ${diagnostics.map((x) => `${x.code}: ${x.message}`).join('; ')}`).toBeDefined();
    const at = d!.span.source.position(d!.span.start);
    expect({
      severity: d!.severity,
      file: d!.span.source.name,
      line: at.line,
      column: at.column,
      underline: d!.span.source.body.slice(d!.span.start, d!.span.end),
    }).toEqual({ severity: c.severity ?? 'error', file: c.file ?? 't.policy', line: c.line, column: c.column, underline: c.underline });
    if (c.help !== undefined) expect(d!.help).toBe(c.help);
    // One line, lowercase start, no stray implementation names.
    expect(d!.message).not.toContain('\n');
    expect(d!.message[0]).toBe(d!.message[0]!.toLowerCase());
  });
});
