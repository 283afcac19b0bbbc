import { describe, expect, it } from 'vitest';
import { Source, formatDiagnostic } from '@callguard/dsl';
import { parseTranscript as parseText } from './parse-transcript.js';

const parseTranscript = (text: string, callId: string) => parseText(new Source(text, 't.txt'), callId);

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
    expect(t.diagnostics).toEqual([]);
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
    expect(t.diagnostics).toEqual([]);
    expect(t.events[0]).toEqual({
      type: 'call_started',
      at: '2026-01-01T09:00:00.000Z',
      call: { id: 'c' },
      caller: { id: 'cust-42', vulnerable: true, adjustments: false },
    });
    const bad = parseTranscript('# caller.vulnerable: yes', 'c');
    expect(bad.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['transcript/bad-header-value `caller.vulnerable` must be true or false']);
  });

  it('reports lines it cannot read, with their numbers, and keeps the rest', () => {
    const t = parseTranscript(['[00:01] customer: hi', 'customer said hello', '[00:02] manager: hi', '# caller.warnings: many', '# colour: red'].join('\n'), 'c');
    expect(t.diagnostics.map((d) => `${d.span.source.position(d.span.start).line} ${d.code}`)).toEqual([
      '2 transcript/bad-line',
      '3 transcript/bad-utterance',
      '4 transcript/bad-header-value',
      '5 transcript/unknown-header',
    ]);
    expect(formatDiagnostic(t.diagnostics[3]!)).toBe(
      [
        't.txt:5:1: error[transcript/unknown-header]: unknown header `colour`',
        '  |',
        '5 | # colour: red',
        '  | ^^^^^^^^^^^^^',
        `  = help: the headers are start, id, queue, peak_hours, channel, caller.id, caller.incidents_30d, caller.warnings, caller.repeat_calls_7d, caller.withheld, caller.verified, caller.refused_verification, caller.vulnerable, caller.adjustments`,
      ].join('\n'),
    );
    expect(parseTranscript('# caller.incidents: 3', 'c').diagnostics[0]?.help).toBe('did you mean `caller.incidents_30d`?');
    expect(t.events).toHaveLength(2);
  });
});
