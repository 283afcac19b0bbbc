import { MAX_POLICY_CHARS } from './limits.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Condition, Policy, PolicyItem, Rule, ScriptDef } from './ast.js';
import { diagnosticPosition } from './diagnostic.js';
import type { Diagnostic } from './diagnostic.js';
import { parse } from './parse.js';
import { Source } from './source.js';
import { generatePolicy } from '../../../test/fixtures/generate-policy.js';

const root = join(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const examples = readdirSync(join(root, 'examples/policies'))
  .filter((f) => f.endsWith('.policy'))
  .map((f) => `examples/policies/${f}`);

/** Code, position and underlined text: what a reader of the diagnostic sees. */
function seen(d: Diagnostic): { code: string; line: number; column: number; text: string } {
  const { line, column } = diagnosticPosition(d);
  return { code: d.code, line, column, text: d.span.source.body.slice(d.span.start, d.span.end) };
}

function policyOf(text: string): Policy {
  const { ast, diagnostics } = parse(text);
  expect(diagnostics.map(seen)).toEqual([]);
  return ast.policy!;
}

const rules = (p: Policy): Rule[] => p.items.filter((i): i is Rule => i.kind === 'Rule');
const ruleNamed = (p: Policy, name: string): Rule => rules(p).find((r) => r.name.value === name)!;
const slice = (node: { span: { source: Source; start: number; end: number } }): string =>
  node.span.source.body.slice(node.span.start, node.span.end);

/** A condition as a compact string, to check shape and associativity. */
function show(c: Condition | undefined): string {
  if (!c) return '-';
  switch (c.kind) {
    case 'And':
    case 'Or':
      return `(${show(c.left)} ${c.kind} ${show(c.right)})`;
    case 'Not':
      return `Not ${show(c.operand)}`;
    case 'Behaviour':
      return `${c.speaker ? `${c.speaker.value}:` : ''}${c.name.value}${c.count ? `x${c.count.times.value}/${c.count.within.raw}` : ''}`;
    case 'Field':
      return `${c.field.root.value}.${c.field.member.value}${c.field.key ? `.${c.field.key.value}` : ''}${c.op ? `${c.op}${c.value?.kind}` : ''}`;
  }
}

describe('valid policies', () => {
  it.each([...examples, 'test/fixtures/kitchen-sink.policy', 'test/fixtures/kitchen-base.policy'])(
    '%s parses with no diagnostics',
    (path) => {
      const { ast, diagnostics } = parse(read(path), { name: path });
      expect(diagnostics.map(seen)).toEqual([]);
      expect(ast.policy).toBeDefined();
    },
  );

  describe('kitchen sink', () => {
    const text = read('test/fixtures/kitchen-sink.policy');
    const { ast } = parse(text);
    const policy = ast.policy!;

    it('has the header, items and rules', () => {
      expect(policy.name.value).toBe('kitchen-sink');
      expect(policy.extends?.value).toBe('kitchen-base');
      expect(rules(policy).map((r) => r.name.value)).toEqual([
        'abuse', 'severe', 'polite', 'stuck', 'harasser', 'peak', 'verify', 'vulnerable', 'strikes', 'billing',
        'recording', 'call_started', 'tick', 'line_dropped', 'poor_line', 'silence', 'ghost_call',
      ]);
      const ghost = ruleNamed(policy, 'ghost_call');
      expect([ghost.on?.value, ghost.title?.value]).toEqual(['silence', 'No one has spoken yet']);
      expect(ruleNamed(policy, 'silence').name).toBe(ruleNamed(policy, 'silence').on);
      const kinds = policy.items.map((i: PolicyItem) => i.kind);
      expect(kinds.filter((k) => k === 'HeaderField')).toHaveLength(5);
      expect(kinds.filter((k) => k === 'ScriptDef')).toHaveLength(6);
      expect(kinds.filter((k) => k === 'RestrictionDef')).toHaveLength(2);
    });

    it('builds roles, teams, records, requirements and restrictions', () => {
      const of = <K extends PolicyItem['kind']>(kind: K) => policy.items.filter((i): i is Extract<PolicyItem, { kind: K }> => i.kind === kind);
      expect(of('RolesDecl')[0]!.names.map((n) => n.value)).toEqual(['line_manager', 'equality_office']);
      expect(of('TeamsDecl')[0]!.names.map((n) => n.value)).toEqual(['complaints_team', 'billing_team']);
      expect(of('RecordExpiry').map((r) => [r.record.value, r.after.ms])).toEqual([['warning', 365 * 86_400_000], ['strike', 14 * 86_400_000]]);
      expect(of('Requirement')[0]!.what.value).toBe('callback_number');
      const [written, short] = of('RestrictionDef');
      expect(written).toMatchObject({
        name: { value: 'written_only' },
        title: { value: 'Written contact only' },
        restrictionKind: { value: 'written_only' },
        scope: { value: 'organisation' },
        lasts: { raw: '180d' },
        review: { after: { raw: '90d' }, independently: true },
        liftedWhen: { value: 'No further incidents for 90 days' },
        appeal: { within: { value: 10 }, unit: { value: 'working_days' } },
      });
      expect(written!.channels.map((n) => n.value)).toEqual(['phone', 'in_person']);
      expect(written!.approvedBy.map((n) => n.value)).toEqual(['line_manager', 'equality_office']);
      expect(short).toMatchObject({ title: undefined, review: { independently: false }, appeal: undefined, liftedWhen: undefined });
    });

    it('builds channels, alternatives, `must`, step and duty details, and keyed fields', () => {
      const vulnerable = ruleNamed(policy, 'vulnerable');
      expect(vulnerable.channels.map((n) => n.value)).toEqual(['phone', 'chat']);
      expect(vulnerable.ladder!.steps[0]!.alternatives.map((a) => a.action.value)).toEqual(['remind']);
      expect(slice(vulnerable.ladder!.steps[0]!)).toBe('deescalate or remind');
      expect(vulnerable.ladder!.steps[1]!.by?.value).toBe('supervisor');
      expect(vulnerable.must.map(slice)).toEqual(['alert supervisor']);
      expect(vulnerable.duties.map(slice)).toEqual([
        'document', 'pause_agent for 10m', 'decide close_account by compliance within 7d', 'review_recording by compliance within 7d',
      ]);
      expect(vulnerable.duties[2]).toMatchObject({ target: { value: 'close_account' }, owner: { value: 'compliance' } });
      const end = ruleNamed(policy, 'strikes').ladder!.steps[1]!;
      expect(end.via?.value).toBe('recorded_message');
      expect(end.approvedBy.map((n) => n.value)).toEqual(['line_manager', 'supervisor']);
      expect(show(ruleNamed(policy, 'strikes').when)).toContain('caller.strikes.harassment>=Number');
      const dropped = ruleNamed(policy, 'line_dropped');
      expect(dropped.ladder!.steps[0]).toMatchObject({
        to: { value: 'all_numbers' },
        window: { from: { raw: '09:00' }, to: { raw: '20:00' } },
        cap: { count: { value: 3 }, per: { value: 'day' } },
      });
      expect(slice(dropped.duties[1]!)).toBe('callback within 1h to primary_number between 08:30 and 18:00, up to 2 per day');
    });

    it('decodes escapes and keeps unicode names', () => {
      const description = policy.items.find((i) => i.kind === 'HeaderField' && i.field === 'description');
      expect(description?.kind === 'HeaderField' && description.value.kind === 'Text' && description.value.value).toBe(
        'Uses every construct: "quotes", tabs\tand unicode \u2713.',
      );
      const scripts = policy.items.filter((i): i is ScriptDef => i.kind === 'ScriptDef');
      expect(scripts.map((s) => s.name.value)).toContain('警告');
      const polite = ruleNamed(policy, 'polite').ladder?.steps[0];
      expect(polite?.script).toBeUndefined();
      expect(polite?.scriptSet?.atLeast.value).toBe(1);
      expect(polite?.scriptSet?.scripts.map((n) => n.value)).toEqual(['警告', 'apology']);
    });

    it('builds ladders with their modifiers', () => {
      const abuse = ruleNamed(policy, 'abuse');
      expect(abuse.override).toBe(true);
      expect(abuse.title?.value).toBe('Two warnings, a supervisor, then the end');
      const steps = abuse.ladder!.steps;
      expect(steps.map((s) => s.action.value)).toEqual(['warn', 'escalate', 'end_call']);
      expect(steps[0]!.script?.value).toBe('warn_abuse');
      expect(steps[0]!.upTo?.value).toBe(2);
      expect(slice(steps[0]!)).toBe('warn with warn_abuse, up to 2 times');
      expect(steps[1]!.to?.value).toBe('supervisor');
      expect(abuse.duties.map((d) => slice(d))).toEqual([
        'document', 'follow_up with apology within 24h', 'debrief', 'notify supervisor',
      ]);
      expect(abuse.duties[1]!.within?.ms).toBe(24 * 3_600_000);

      expect(ruleNamed(policy, 'severe').ladder!.steps[0]!.immediately).toBe(true);
      const block = ruleNamed(policy, 'harasser').ladder!.steps[0]!;
      expect(block.for?.ms).toBe(90 * 86_400_000);
      expect(block.approvedBy.map((n) => n.value)).toEqual(['supervisor']);
      expect(ruleNamed(policy, 'silence').ladder!.steps).toHaveLength(3);
    });

    it('builds conditions: `and` over `or`, left-associative, spans over operands', () => {
      const abuse = ruleNamed(policy, 'abuse');
      expect(show(abuse.when)).toBe('(customer:abusive And Not severe)');
      const polite = ruleNamed(policy, 'polite').when!;
      expect(show(polite)).toBe('((customer:rudeness Or agent:rudeness) And Not (abusive Or aggression))');
      expect(slice(polite)).toBe('(customer rudeness or agent rudeness) and not (abusive or aggression)');
      const stuck = ruleNamed(policy, 'stuck').when!;
      expect(show(stuck)).toBe('(customer:uncooperativex5/10m Or unreasonable_demandx3/1h)');
      const peak = ruleNamed(policy, 'peak').when!;
      expect(show(peak)).toBe(
        '(((call.duration>Duration And call.peak_hours) And call.queue!=Text) And Not caller.withheld)',
      );
      const verify = ruleNamed(policy, 'verify').when!;
      expect(verify.kind === 'And' && verify.left.kind === 'And' && verify.left.left).toMatchObject({
        kind: 'Field',
        op: '=',
        value: { kind: 'Name', value: 'false' },
      });
    });

    it('gives `on` rules the event as name and no title', () => {
      const dropped = ruleNamed(policy, 'line_dropped');
      expect(dropped.on).toBe(dropped.name);
      expect(dropped.override).toBe(true);
      expect(dropped.title).toBeUndefined();
      expect(dropped.when).toBeUndefined();
      expect(ruleNamed(policy, 'silence').when).toMatchObject({ kind: 'Field', value: { kind: 'Duration', ms: 30_000 } });
      expect(ruleNamed(policy, 'abuse').on).toBeUndefined();
    });

    it('keeps every comment in order', () => {
      expect(ast.comments.map((c) => c.text)).toEqual([
        ' Every construct of the language, used by parser, formatter, checker,',
        ' compiler and benchmark tests.',
        ' default',
        ' Promises, checked by verify.',
        ' trailing',
        ' by another officer',
        ' Settings keep the order they are written in.',
        ' A leading comment on a rule.',
      ]);
      expect(slice(ast.comments[2]!)).toBe('# default');
    });
  });

  it('reads stances, including the `zero_tolerance` keyword', () => {
    const policy = policyOf('policy "p" { stance zero_tolerance effective 2026-12-01 }');
    expect(policy.items).toMatchObject([
      { kind: 'HeaderField', field: 'stance', value: { kind: 'Name', value: 'zero_tolerance' } },
      { kind: 'HeaderField', field: 'effective', value: { kind: 'Date', raw: '2026-12-01' } },
    ]);
  });

  it('computes durations only for known units', () => {
    const policy = policyOf('policy "p" { rule r { when call.duration > 10x do callback within 2w duties review within 1.5h } }');
    const rule = rules(policy)[0]!;
    expect(rule.when).toMatchObject({ value: { kind: 'Duration', raw: '10x', ms: undefined } });
    expect(rule.ladder!.steps[0]!.within).toMatchObject({ raw: '2w', ms: 14 * 86_400_000 });
    expect(rule.duties[0]!.within).toMatchObject({ raw: '1.5h', ms: undefined });
  });

  it('reads negative numbers and thresholds with a behaviour', () => {
    const policy = policyOf('policy "p" { threshold -1 threshold threat 0.8 }');
    expect(policy.items).toMatchObject([
      { kind: 'Threshold', behaviour: undefined, value: { value: -1, raw: '-1' } },
      { kind: 'Threshold', behaviour: { value: 'threat' }, value: { value: 0.8 } },
    ]);
  });

  it('decodes every escape', () => {
    const policy = policyOf('policy "p" { script s "a\\"b\\\\c\\nd\\te\\u{1F600}" }');
    expect((policy.items[0] as ScriptDef).text.value).toBe('a"b\\c\nd\te\u{1F600}');
  });

  it('handles BOM, CRLF, CR and tabs', () => {
    const base = 'policy "p" {\n\tscript s "x"\n\trule r "t" {\n\t\twhen customer threat\n\t\tdo end_call\n\t}\n}\n';
    for (const text of [`\ufeff${base}`, base.replaceAll('\n', '\r\n'), base.replaceAll('\n', '\r')]) {
      const { ast, diagnostics } = parse(text);
      expect(diagnostics).toEqual([]);
      const rule = rules(ast.policy!)[0]!;
      expect(slice(rule.name)).toBe('r');
      expect(diagnosticPosition({ span: rule.span } as Diagnostic)).toEqual({ line: 3, column: 2 });
    }
    const bom = parse(`\ufeff${base}`).ast;
    expect(bom.policy!.span.start).toBe(0);
  });

  it('accepts names and scripts in any script', () => {
    const policy = policyOf('policy "p" { script 警告 "丁寧に" script avertissement_1 "Soyez poli" group gruppe_ä = beleidigung or ärger }');
    expect(policy.items.map((i) => ('name' in i ? i.name.value : ''))).toEqual(['警告', 'avertissement_1', 'gruppe_ä']);
  });
});

describe('diagnostics', () => {
  it('parse/unknown-character: one per run of characters', () => {
    const { diagnostics } = parse('policy "p" {\n  script s "x" @@@\n}\n');
    expect(diagnostics.map(seen)).toEqual([{ code: 'parse/unknown-character', line: 2, column: 16, text: '@@@' }]);
    expect(diagnostics[0]!.message).toBe('unexpected characters `@@@`');
  });

  it('parse/unterminated-string', () => {
    const { ast, diagnostics } = parse('policy "p" {\n  script s "hello\n  rule r { do warn }\n}\n');
    expect(diagnostics.map(seen)).toEqual([{ code: 'parse/unterminated-string', line: 2, column: 12, text: '"hello' }]);
    expect(ast.policy!.items).toHaveLength(2);
  });

  it('parse/wrong-quotes', () => {
    const { ast, diagnostics } = parse('policy "p" {\n  script s \u201chello\u201d\n}\n');
    expect(diagnostics.map(seen)).toEqual([{ code: 'parse/wrong-quotes', line: 2, column: 12, text: '\u201chello\u201d' }]);
    expect((ast.policy!.items[0] as ScriptDef).text.value).toBe('hello');
  });

  it('parse/invalid-escape', () => {
    const { diagnostics } = parse('policy "p" {\n  script s "a\\qb \\u{110000}"\n}\n');
    expect(diagnostics.map(seen)).toEqual([
      { code: 'parse/invalid-escape', line: 2, column: 14, text: '\\q' },
      { code: 'parse/invalid-escape', line: 2, column: 18, text: '\\u{110000}' },
    ]);
  });

  it('parse/syntax', () => {
    const { diagnostics } = parse('policy "p" {\n  rule r "t" when customer threat do end_call }\n}\n');
    expect(diagnostics.map(seen)).toEqual([{ code: 'parse/syntax', line: 2, column: 14, text: 'when' }]);
    expect(diagnostics[0]!.message).toBe('expected a rule body in `{ }`, found `when`');
    expect(diagnostics[0]!.help).toBeDefined();
  });

  it('parse/syntax: a repeated step modifier is an error, not silently dropped', () => {
    const { diagnostics } = parse('policy "p" {\n  rule r { do warn with a with b, up to 2 times up to 3 times }\n}\n');
    expect(diagnostics.map(seen)).toEqual([
      { code: 'parse/syntax', line: 2, column: 32, text: 'b' },
      { code: 'parse/syntax', line: 2, column: 55, text: '3' },
    ]);
    expect(diagnostics[0]!.message).toBe('a step takes `with` only once');
  });

  it('parse/too-deep, without the parser recursing', () => {
    const text = `policy "p" {\n  rule r { when ${'('.repeat(10_000)}threat${')'.repeat(10_000)} do warn }\n  rule s { do warn }\n}\n`;
    const { ast, diagnostics } = parse(text);
    expect(diagnostics.map(seen)).toEqual([{ code: 'parse/too-deep', line: 2, column: 17 + 64, text: '(' }]);
    expect(rules(ast.policy!).map((r) => r.name.value)).toEqual(['r', 's']);
    // 64 deep is allowed.
    policyOf(`policy "p" { rule r { when ${'('.repeat(64)}threat${')'.repeat(64)} } }`);
  });

  it('parse/too-deep with unbalanced parentheses', () => {
    const { diagnostics } = parse(`policy "p" { rule r { when ${'('.repeat(10_000)} do warn } }`);
    expect(diagnostics.map((d) => d.code)).toEqual(['parse/too-deep']);
  });

  it('parse/too-deep for `not` chains, counting enclosing parentheses', () => {
    const text = `policy "p" {\n  rule r { when ${'not '.repeat(2_500)}threat do warn }\n  rule s { do warn }\n}\n`;
    const { ast, diagnostics } = parse(text);
    expect(diagnostics.map(seen)).toEqual([{ code: 'parse/too-deep', line: 2, column: 17 + 4 * 64, text: 'not' }]);
    expect(rules(ast.policy!).map((r) => r.name.value)).toEqual(['r', 's']);
    // 64 levels are allowed, `not`s and parentheses together; 65 are not.
    policyOf(`policy "p" { rule r { when ${'not ('.repeat(32)}threat${')'.repeat(32)} } }`);
    const deeper = parse(`policy "p" { rule r { when (${'not ('.repeat(32)}not threat${')'.repeat(33)} } }`);
    expect(deeper.diagnostics.map((d) => d.code)).toEqual(['parse/too-deep']);
    // Many `not`s side by side are not nesting.
    policyOf(`policy "p" { rule r { when ${Array.from({ length: 500 }, () => 'not threat').join(' and ')} } }`);
  });

  it('parse/too-large for a file larger than any policy, without lexing it', () => {
    const text = `policy "p" {\n  script s "${'x'.repeat(MAX_POLICY_CHARS)}"\n}\n`;
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['parse/too-large']);
    expect(diagnostics[0]!.span.start).toBe(MAX_POLICY_CHARS);
  });

  it('parse/too-many-errors after 100', () => {
    const { diagnostics } = parse(`policy "p" {\n${'  script s "x" @\n'.repeat(150)}}\n`);
    expect(diagnostics).toHaveLength(101);
    expect(seen(diagnostics[100]!)).toEqual({ code: 'parse/too-many-errors', line: 102, column: 16, text: '@' });
  });

  it('parse/empty for an empty file or only comments', () => {
    for (const text of ['', '   \n\t', '# just a comment\n# and another']) {
      const { ast, diagnostics } = parse(text);
      expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
        ['parse/empty', 'error', 'the file has no policy'],
      ]);
      expect(diagnostics[0]!.help).toBeDefined();
      expect(diagnostics[0]!.span.start).toBe(text.length);
      expect(ast.policy).toBeUndefined();
    }
  });

  it('messages are one line, start lowercase and name no grammar internals', () => {
    const inputs = [
      'policy "p" {\n  rule r { when customer abusive do warn\n',
      'policy "p" { rul r { do warn } }',
      'policy "p" { rule { do warn } }',
      'policy "p" { group g profanity }',
      'policy "p" { threshold }',
      'policy "p" { rule r { when customer x 3 times do warn } }',
      'policy "p" { rule r { when caller.x >= do warn } }',
      'policy "p" { rule r { do } }',
      'policy "p" { override script s "x" }',
      'policy { }',
      'hello',
    ];
    for (const input of inputs) {
      for (const d of parse(input).diagnostics) {
        expect(d.message).toMatch(/^[a-z`]/);
        const outsideUserText = d.message.replace(/`[^`]*`/g, '');
        expect(outsideUserText).not.toMatch(/\n|[<>]|Name|Brace|String|Number|Condition|atom|clause|EOF|->/);
        expect(d.help ?? '').not.toContain('\n');
      }
    }
  });
});

describe('one typo, one diagnostic', () => {
  const cases: [string, string, string][] = [
    ['missing `}` at the end', 'policy "p" {\n  rule abuse { when customer abusive do warn\n', 'expected `}` to close the rule, found the end of the file'],
    ['`rul` for `rule`', 'policy "p" {\n  rul abuse "t" { when customer abusive do warn }\n  script s "x"\n}\n', 'expected a rule, script, group, restriction, threshold or header such as `version`, found `rul`'],
    ['`wen` for `when`', 'policy "p" {\n  rule abuse { wen customer abusive do warn }\n}\n', 'expected `when`, `do`, `must`, `duties`, `channels` or `}` in the rule body, found `wen`'],
    ['a rule missing `}`', 'policy "p" {\n  rule a { do warn\n  rule b { do warn }\n}\n', 'expected `}` to close the rule, found `rule`'],
    ['missing `{` after the policy name', 'policy "p"\n  version "1"\n}\n', 'expected `{` after the policy name, found `version`'],
    ['a dangling `and`', 'policy "p" {\n  rule a { when customer abusive and do warn }\n}\n', 'expected a condition such as `customer abusive` or `caller.warnings > 0` after `and`, found `do`'],
    ['a missing `)`', 'policy "p" {\n  rule a { when (threat or slur do warn }\n}\n', 'expected `)` to close `(`, found `do`'],
    ['`polcy` for `policy`', 'polcy "p" {\n  rule a { do warn }\n}\n', 'expected `policy` at the start of the file, found `polcy`'],
    ['a clause out of order', 'policy "p" {\n  rule a { do warn when threat }\n}\n', '`when` must come earlier in the rule'],
    ['`must` before `do`', 'policy "p" {\n  rule a { when threat must alert security do warn }\n}\n', '`do` must come earlier in the rule'],
    ['`scoep` for `scope`', 'policy "p" {\n  restriction r { kind written_only scoep team lasts up to 90d }\n}\n', 'expected a restriction setting such as `kind`, `scope` or `lasts up to`, or `}`, found `scoep`'],
    ['a setting written twice', 'policy "p" {\n  restriction r { kind written_only kind named_contact }\n}\n', 'a restriction has only one `kind` line'],
    ['three approvers', 'policy "p" {\n  restriction r { approved by manager and director and compliance }\n}\n', 'a restriction is approved by one or two roles'],
    ['three approvers of a step, more details after', 'policy "p" {\n  rule a { do end_call approved by manager and director and compliance via phone within 5m }\n}\n', 'a step is approved by one or two roles'],
    ['`expires` without `after`', 'policy "p" {\n  record warning expires 365d\n}\n', 'expected `after` after `expires`, found `365d`'],
    ['`tims` for `times`', 'policy "p" {\n  rule a { do warn, up to 2 tims }\n}\n', 'expected `times` or `per day` after `2`, found `tims`'],
    ['a time without minutes', 'policy "p" {\n  on line_dropped { do callback between 9 and 17:00 }\n}\n', 'expected a time such as `09:00` after `between`, found `9`'],
    ['a step detail on a duty', 'policy "p" {\n  rule a { do warn duties document immediately }\n}\n', 'a duty takes no `immediately`'],
  ];
  it.each(cases)('%s', (_, text, message) => {
    const { diagnostics } = parse(text);
    expect(diagnostics.map((d) => d.message)).toEqual([message]);
  });

  it('suggests the keyword that was meant', () => {
    expect(parse('policy "p" { rul a { do warn } }').diagnostics[0]!.help).toBe('did you mean `rule`?');
    expect(parse('policy "p" { rule a { dutis document } }').diagnostics[0]!.help).toBe('did you mean `duties`?');
  });

  it('keeps the items around a broken one', () => {
    const { ast } = parse('policy "p" {\n  script a "x"\n  rule r { when do warn }\n  script "no name"\n  script b "y"\n}\n');
    expect(ast.policy!.items.map((i) => ('name' in i ? i.name.value : i.kind))).toEqual(['a', 'r', 'b']);
  });
});

describe('hostile input never throws', () => {
  it('random bytes, decoded as latin1 and utf8', () => {
    let seed = 42;
    const bytes = new Uint8Array(200_000).map(() => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24));
    for (const encoding of ['latin1', 'utf8'] as const) {
      const { diagnostics } = parse(Buffer.from(bytes).toString(encoding));
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.length).toBeLessThanOrEqual(101);
      expect(diagnostics.some((d) => d.code === 'parse/unknown-character')).toBe(true);
    }
  });

  it('printable garbage', () => {
    let seed = 7;
    const chars = 'abc{}()"#.,=!<>@;:\n\t 0123-xyz警';
    const text = Array.from({ length: 100_000 }, () => chars[((seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 16) % chars.length]).join('');
    const { diagnostics } = parse(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.length).toBeLessThanOrEqual(101);
  });

  it('a 4 MB binary file', () => {
    const bytes = new Uint8Array(4_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2_654_435_761) >>> 24;
    const { diagnostics } = parse(Buffer.from(bytes).toString('latin1'));
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[100]!.code).toBe('parse/too-many-errors');
  });

  it('a 4 MB policy of long scripts, just under the size limit', () => {
    const script = 'x'.repeat(1_000);
    const lines = Array.from({ length: 4_000 }, (_, i) => `  script s${i} "${script}"`);
    const text = `policy "big" {\n${lines.join('\n')}\n}\n`;
    expect(text.length).toBeGreaterThan(4_000_000);
    const { ast, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(ast.policy!.items).toHaveLength(4_000);
  });

  it('a generated policy of 10,000 rules, quickly', () => {
    const text = generatePolicy(10_000);
    const started = performance.now();
    const { ast, diagnostics } = parse(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diagnostics).toEqual([]);
    expect(rules(ast.policy!)).toHaveLength(10_000);
  });

  it('a long `and` chain', () => {
    const chain = Array.from({ length: 20_000 }, () => 'threat').join(' and ');
    const policy = policyOf(`policy "p" { rule r { when ${chain} } }`);
    expect(rules(policy)[0]!.when!.kind).toBe('And');
  });

  it('accepts a Source and keeps its name', () => {
    const source = new Source('policy "p" { @ }', 'a.policy');
    const { diagnostics } = parse(source);
    expect(diagnostics[0]!.span.source).toBe(source);
    expect(parse('x', { name: 'b.policy' }).diagnostics[0]!.span.source.name).toBe('b.policy');
  });
});
