import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PolicyFile, ScriptDef } from './ast.js';
import { parse } from './parse.js';
import { format, print } from './print.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const examples = readdirSync(new URL('examples/policies/', root)).filter((f) => f.endsWith('.policy'));

/** Formats text that must parse, failing with the diagnostics if it does not. */
function fmt(text: string): string {
  const result = format(text);
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  return result.text!;
}

/** Lines joined with `\n`, plus the final one. */
const lines = (...list: string[]): string => `${list.join('\n')}\n`;

describe('golden files', () => {
  test.each([...examples.map((f) => `examples/policies/${f}`), 'test/fixtures/kitchen-sink.policy'])(
    '%s formats to itself',
    (path) => {
      const text = read(path);
      expect(fmt(text)).toBe(text);
    },
  );

  test('a messy kitchen sink (few lines, odd indents, tabs, CRLF) formats to the canonical one', () => {
    const messy = read('packages/dsl/test/fixtures/kitchen-sink.messy.policy');
    const canonical = read('test/fixtures/kitchen-sink.policy');
    expect(fmt(messy.replace(/\r?\n/g, '\r\n'))).toBe(canonical);
    expect(fmt(messy.replace(/\r?\n/g, '\r'))).toBe(canonical);
  });
});

describe('output', () => {
  test('ends with one line break, LF only, and has no trailing spaces', () => {
    const out = fmt('\uFEFFpolicy "x" {\r\n  version "1"   # note   \r\n\r\n\r\n}\r\n\r\n\r\n');
    expect(out).toBe(lines('policy "x" {', '  version "1" # note', '}'));
  });

  test('empty blocks print as {}', () => {
    expect(fmt('policy "x" { rule r { } on line_dropped {} }')).toBe(
      lines('policy "x" {', '  rule r {}', '', '  on line_dropped {}', '}'),
    );
    expect(fmt('policy "x" {\n}')).toBe(lines('policy "x" {}'));
  });

  test('sections are separated by one blank line; items keep their order', () => {
    const out = fmt(
      'policy "x" { group g = a script s "t" version "1" owner "o" threshold 1 zero_tolerance a rule r { do warn } rule q { do warn } }',
    );
    expect(out).toBe(
      lines(
        'policy "x" {',
        '  group g = a',
        '',
        '  script s "t"',
        '',
        '  version "1"',
        '  owner "o"',
        '',
        '  threshold 1',
        '  zero_tolerance a',
        '',
        '  rule r {',
        '    do warn',
        '  }',
        '',
        '  rule q {',
        '    do warn',
        '  }',
        '}',
      ),
    );
  });

  test('numbers, durations and dates print as written; modifiers in a fixed order', () => {
    const out = fmt(
      'policy "x" { effective 2026-01-02 threshold t 0.70 rule r { when a 03 times within 90s do b approved by c, up to 02 times with s immediately to d within 1h for 2w } }',
    );
    expect(out).toContain('  effective 2026-01-02\n');
    expect(out).toContain('  threshold t 0.70\n');
    expect(out).toContain('    when a 03 times within 90s\n');
    expect(out).toContain('    do b immediately within 1h to d with s, up to 02 times for 2w, approved by c\n');
  });
});

describe('conditions', () => {
  const when = (condition: string): string => {
    const out = fmt(`policy "x" { rule r { when ${condition} } }`);
    return out.split('\n')[2]!.replace(/^ {4}when /, '');
  };

  test.each([
    ['((a))', 'a'],
    ['(a or b) or c', 'a or b or c'],
    ['a or (b or c)', 'a or (b or c)'],
    ['a and b or c', '(a and b) or c'],
    ['a or b and c', 'a or (b and c)'],
    ['(a or b) and c', '(a or b) and c'],
    ['not (a and b)', 'not (a and b)'],
    ['not not (a)', 'not not a'],
    ['not call.peak_hours', 'not call.peak_hours'],
    ['caller.n>=3 and call.q!="v i p"', 'caller.n >= 3 and call.q != "v i p"'],
    ['customer   x 2 times within 5m', 'customer x 2 times within 5m'],
  ])('%s prints as %s', (input, expected) => {
    expect(when(input)).toBe(expected);
  });

  test('a very long chain prints without overflowing the stack', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `b${i}`);
    expect(when(names.join(' or '))).toBe(names.join(' or '));
  });
});

describe('ladders', () => {
  const ladder = (steps: string): string => {
    const out = fmt(`policy "x" { rule r { do ${steps} } }`);
    return out.split('\n').slice(2, -3).join('\n');
  };

  test('one or two short steps stay on one line', () => {
    expect(ladder('warn with s then end_call')).toBe('    do warn with s then end_call');
  });

  test('three steps, a repeating step, or a line past 100 columns get one step per line', () => {
    expect(ladder('a then b then c')).toBe(['    do a', '      then b', '      then c'].join('\n'));
    expect(ladder('a up to 2 times then b')).toBe(['    do a, up to 2 times', '      then b'].join('\n'));
    const long = `warn with ${'s'.repeat(50)} then end_call with ${'f'.repeat(30)}`;
    expect(ladder(long)).toBe([`    do warn with ${'s'.repeat(50)}`, `      then end_call with ${'f'.repeat(30)}`].join('\n'));
  });
});

describe('comments', () => {
  test('are kept in every position', () => {
    const input = [
      '# before the policy',
      'policy "c" # after the policy head',
      '{',
      '  # before version',
      '  version "1" # after version',
      '  # before a rule',
      '  rule r "t" { # after the rule head',
      '    # before when',
      '    when a # inside when',
      '      and b # after when',
      '    # before do',
      '    do warn # after step 1',
      '      # before step 2',
      '      then end_call # after step 2',
      '    # before duties',
      '    duties document, # inside duties',
      '      review # after duties',
      '    # before the close of the rule',
      '  } # after the close of the rule',
      '  rule e { # inside an empty rule',
      '  }',
      '  rule f {',
      '    # alone in a rule',
      '  }',
      '  # before the close of the policy',
      '} # after the close of the policy',
      '# at the end',
    ].join('\n');
    const expected = lines(
      '# before the policy',
      'policy "c" { # after the policy head',
      '  # before version',
      '  version "1" # after version',
      '',
      '  # before a rule',
      '  rule r "t" { # after the rule head',
      '    # before when',
      '    # inside when',
      '    when a and b # after when',
      '    # before do',
      '    do warn # after step 1',
      '      # before step 2',
      '      then end_call # after step 2',
      '    # before duties',
      '    duties document, # inside duties',
      '           review # after duties',
      '    # before the close of the rule',
      '  } # after the close of the rule',
      '',
      '  rule e { # inside an empty rule',
      '  }',
      '',
      '  rule f {',
      '    # alone in a rule',
      '  }',
      '',
      '  # before the close of the policy',
      '} # after the close of the policy',
      '# at the end',
    );
    expect(fmt(input)).toBe(expected);
    expect(fmt(expected)).toBe(expected);
  });

  test('a trailing comment after a one-line ladder stays on it; between steps it splits the ladder', () => {
    expect(fmt('policy "x" { rule r { do a then b # why\n } }')).toContain('    do a then b # why\n');
    expect(fmt('policy "x" { rule r { do a # why\n then b } }')).toContain('    do a # why\n      then b\n');
  });

  test('comments on a multi-line duty list stay beside their duties, one duty a line', () => {
    const input = [
      'policy "x" {',
      '  rule r {',
      '    do warn',
      '    must record_strike # owed',
      '    duties document,   # note it on the case',
      '      notify supervisor, # tell them today',
      '      # and a word about the last',
      '      debrief',
      '  }',
      '}',
    ].join('\n');
    const expected = lines(
      'policy "x" {',
      '  rule r {',
      '    do warn',
      '    must record_strike # owed',
      '    duties document, # note it on the case',
      '           notify supervisor, # tell them today',
      '           # and a word about the last',
      '           debrief',
      '  }',
      '}',
    );
    expect(fmt(input)).toBe(expected);
    expect(fmt(expected)).toBe(expected);
    // Without comments between duties the list stays on one line.
    expect(fmt('policy "x" { rule r { do warn duties document,\n notify supervisor # after\n } }')).toContain(
      '    duties document, notify supervisor # after\n',
    );
  });

  test('a comment written after a blank line keeps the blank line, at any depth', () => {
    const input = [
      'policy "x" {',
      '  script a "A"',
      '',
      '  # Scripts for vulnerable callers',
      '  script b "B"',
      '  rule r {',
      '',
      '    # first in a block: no blank line',
      '    when customer threat',
      '',
      '',
      '    # what is owed',
      '    duties document',
      '  }',
      '}',
    ].join('\n');
    const expected = lines(
      'policy "x" {',
      '  script a "A"',
      '',
      '  # Scripts for vulnerable callers',
      '  script b "B"',
      '',
      '  rule r {',
      '    # first in a block: no blank line',
      '    when customer threat',
      '',
      '    # what is owed',
      '    duties document',
      '  }',
      '}',
    );
    expect(fmt(input)).toBe(expected);
    expect(fmt(expected)).toBe(expected);
  });

  test('a comment after a closing brace on the same line trails that brace', () => {
    expect(fmt('policy "x" { rule r { do a } # why\n}')).toContain('\n  } # why\n');
  });

  test('a file of comments alone is not a policy', () => {
    expect(format('# only a comment\n').text).toBeUndefined();
  });
});

describe('strings', () => {
  const script = (literal: string): string => fmt(`policy "x" { script s ${literal} }`).split('\n')[1]!.slice('  script s '.length);

  test('are re-escaped: tabs and hidden characters escaped, written \\u{...} escapes kept', () => {
    expect(script('"a\tb"')).toBe('"a\\tb"');
    expect(script('"bell\u0007 rlo\u202e ls\u2028"')).toBe('"bell\\u{7} rlo\\u{202E} ls\\u{2028}"');
    expect(script('"\\u{2713} ✓ \\u{1F600} 丁寧"')).toBe('"\\u{2713} ✓ \\u{1F600} 丁寧"');
    expect(script('"\\"q\\" \\\\ \\n \\t"')).toBe('"\\"q\\" \\\\ \\n \\t"');
  });

  test('a tree built by hand prints its value, escaped', () => {
    const { ast } = parse('policy "x" { script s "old" }');
    const item = ast.policy!.items[0] as ScriptDef;
    const edited: PolicyFile = {
      ...ast,
      policy: { ...ast.policy!, items: [{ ...item, text: { ...item.text, value: 'new "v"\u0007\\' } }] },
    };
    expect(print(edited)).toBe(lines('policy "x" {', '  script s "new \\"v\\"\\u{7}\\\\"', '}'));
  });
});

describe('broken input', () => {
  test.each([
    ['a syntax error', 'policy "x" { rule { do } }'],
    ['an unterminated string', 'policy "x" { version "1 }'],
    ['an unknown escape', 'policy "x" { version "\\q" }'],
    ['an empty file', ''],
  ])('%s gives diagnostics and no text', (_, input) => {
    const result = format(input, { name: 'broken.policy' });
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics[0]!.span.source.name).toBe('broken.policy');
  });
});
