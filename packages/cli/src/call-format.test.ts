import { describe, expect, it } from 'vitest';
import { callFormat } from './call-format.js';

describe('callFormat', () => {
  it('reads a JSON event line as events, whatever the name', () => {
    expect(callFormat('{"type":"call_started"}\n', 'call.txt')).toBe('events');
    expect(callFormat('\n\n  {"type":"call_started"}', '<stdin>')).toBe('events');
  });

  it('reads a header or a timed line as a transcript, whatever the name', () => {
    expect(callFormat('# queue: billing\n[00:04] agent: hello', 'call.jsonl')).toBe('transcript');
    expect(callFormat('[00:04] customer: hello', '<stdin>')).toBe('transcript');
    expect(callFormat('\uFEFF[1:02:03] customer: hello', 'call')).toBe('transcript');
  });

  it('falls back to the name when the first line is neither', () => {
    expect(callFormat('hello there', 'call.txt')).toBe('transcript');
    expect(callFormat('hello there', 'call.jsonl')).toBe('events');
    expect(callFormat('[{"type":"call_started"}]', '<stdin>')).toBe('events');
    expect(callFormat('', '<stdin>')).toBe('events');
  });
});
