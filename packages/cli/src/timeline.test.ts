import { describe, expect, it } from 'vitest';
import { alignTable, width } from './table.js';
import { timelineRow } from './timeline.js';
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
