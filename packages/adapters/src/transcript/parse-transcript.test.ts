import { describe, expect, it } from 'vitest';
import { parseTranscript } from './parse-transcript.js';

describe('parseTranscript', () => {
  it('reads headers, utterances and line events at offsets from the start', () => {
    const t = parseTranscript(
      [
        '# start: 2026-12-01T09:00:00Z',
        '# queue: billing',
        '# peak_hours: true',
        '# caller.incidents_30d: 4',
        '# caller.verified: true',
        '[00:04] agent: Acme support, this is Sam.',
        '',
        '[01:10] Customer: It is me again.',
        '[01:30] (poor line)',
        '[01:40] (silence 20s)',
        '[1:02:03] (line dropped)',
      ].join('\r\n'),
      'call-7',
    );
    expect(t.problems).toEqual([]);
    expect(t.events).toEqual([
      {
        type: 'call_started',
        at: '2026-12-01T09:00:00.000Z',
        call: { id: 'call-7', queue: 'billing', peak_hours: true },
        caller: { incidents_30d: 4, verified: true },
      },
      { type: 'utterance', speaker: 'agent', text: 'Acme support, this is Sam.', at: '2026-12-01T09:00:04.000Z' },
      { type: 'utterance', speaker: 'customer', text: 'It is me again.', at: '2026-12-01T09:01:10.000Z' },
      { type: 'poor_line', at: '2026-12-01T09:01:30.000Z' },
      { type: 'silence', seconds: 20, at: '2026-12-01T09:01:40.000Z' },
      { type: 'line_dropped', at: '2026-12-01T10:02:03.000Z' },
    ]);
    expect(t.lines).toEqual([0, 6, 8, 9, 10, 11]);
  });

  it('reads the caller id and the vulnerable and adjustments flags from the header', () => {
    const t = parseTranscript(
      ['# caller.id: cust-42', '# caller.vulnerable: true', '# caller.adjustments: false', '[00:01] customer: hi'].join('\n'),
      'c',
    );
    expect(t.problems).toEqual([]);
    expect(t.events[0]).toEqual({
      type: 'call_started',
      at: '2026-01-01T09:00:00.000Z',
      call: { id: 'c' },
      caller: { id: 'cust-42', vulnerable: true, adjustments: false },
    });
    const bad = parseTranscript('# caller.vulnerable: yes', 'c');
    expect(bad.problems.map((p) => p.message)).toEqual(['`caller.vulnerable` must be true or false']);
  });

  it('reports lines it cannot read, with their numbers, and keeps the rest', () => {
    const t = parseTranscript(['[00:01] customer: hi', 'customer said hello', '[00:02] manager: hi', '# caller.warnings: many', '# colour: red'].join('\n'), 'c');
    expect(t.problems.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect(t.problems[3]!.message).toBe('unknown header `colour`');
    expect(t.events).toHaveLength(2);
  });
});
