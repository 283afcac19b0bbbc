import { describe, expect, it } from 'vitest';
import { alignTable, width } from './table.js';
import { renderTable, timelineRow } from './timeline.js';
import type { Decision } from '@callguard/engine';

const decision = {
  v: 1,
  action: 'continue',
  allowed: [],
  required: [],
  duties: [],
  matched: [],
  ended: false,
  event: { seq: 1, at: '2026-12-01T09:00:05.000Z', type: 'utterance', channel: 'phone' },
} as unknown as Decision;
const start = Date.parse('2026-12-01T09:00:00.000Z');
const said = (text: string) => timelineRow({ type: 'utterance', at: '2026-12-01T09:00:05Z', speaker: 'customer', text, signals: {} }, decision, start).said;

describe('the replay timeline', () => {
  it('shows escape sequences and bidirectional overrides in a transcript instead of obeying them', () => {
    const cell = said('\u001b]0;pwned\u0007\u001b[2J hi \u202e');
    expect(cell).toBe('"\u241b]0;pwned\u2407\u241b[2J hi \ufffd"');
    expect(cell).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  it('cuts long text by display width: Japanese and Korean characters take two columns', () => {
    expect(said('a'.repeat(100))).toBe(`"${'a'.repeat(42)}…`);
    const japanese = said('ふざけるな、ちゃんと仕事をしろ。何回電話させるんだ、責任者を出せ');
    expect(japanese).toBe('"ふざけるな、ちゃんと仕事をしろ。何回電話さ…');
    expect(width(japanese)).toBe(44);
  });

  it('cuts Korean, combining marks and emoji with a skin tone between whole characters, by display width', () => {
    const korean = said('이 씨발 놈아, 한 번만 더 전화하면 죽여버릴 거야. 책임자 바꿔');
    expect(korean).toBe('"이 씨발 놈아, 한 번만 더 전화하면 죽여버릴…');
    expect(width(korean)).toBe(44);
    // Decomposed Hangul (leading consonant, vowel, final consonant) and e + combining acute: one character each.
    const jamo = '\u1112\u1161\u11ab';
    const marks = said(`${jamo.repeat(30)}`);
    expect(marks).toBe(`"${jamo.repeat(21)}…`);
    expect(said('e\u0301'.repeat(60))).toBe(`"${'e\u0301'.repeat(42)}…`);
    const thumbs = '\u{1F44D}\u{1F3FD}';
    expect(said(`${'a'.repeat(40)}${thumbs}${thumbs}`)).toBe(`"${'a'.repeat(40)}${thumbs}…`);
  });

  it('aligns every column of a replay that mixes Japanese, Korean and English', () => {
    const rows = ['ふざけるな、責任者を出せ', '이 씨발 놈아', 'e\u0301 caf\u00e9 ｶﾀｶﾅ', 'plain English'].map((text) =>
      timelineRow({ type: 'utterance', at: '2026-12-01T09:00:05Z', speaker: 'customer', text, signals: { threat: 0.9 } }, decision, start),
    );
    const lines = renderTable(rows).trimEnd().split('\n');
    // The `detected` column starts at the same terminal column on every line.
    const columnOf = (line: string, cell: string) => width(line.slice(0, line.indexOf(cell)));
    const header = columnOf(lines[0]!, 'detected');
    for (const line of lines.slice(1)) expect(columnOf(line, 'threat')).toBe(header);
  });

  it('looks only at the start of a huge utterance', () => {
    const cell = said('x'.repeat(50_000_000));
    expect(cell).toBe(`"${'x'.repeat(42)}…`);
  });
});

describe('alignTable', () => {
  it('aligns columns by display width', () => {
    const table = alignTable(['said', 'action'], [['日本語', 'warn'], ['abc', 'continue']]);
    const [head, first, second] = table.split('\n');
    expect(head).toBe('said    action');
    expect(first).toBe('日本語  warn');
    expect(second).toBe('abc     continue');
  });

  it('renders more rows than a spread could take', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), 'continue']);
    expect(alignTable(['n', 'action'], rows).split('\n')).toHaveLength(200_002);
  });
});
