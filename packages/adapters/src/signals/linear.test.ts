import { describe, expect, it } from 'vitest';
import { TranscriptDetector } from './transcript-detector.js';

// Patterns and context rules must take time in proportion to the text: a
// quadratic rule turns one long chat message into a stalled call. Measured as
// scaling of CPU time, not against a clock: four times the text (25 KB to 100 KB) may
// take at most 10 times as long (linear is 4, quadratic 16; the garbage
// collector and a shared machine add the rest), best of five runs each
// after one untimed run of both sizes,
// and a case is retried twice before it fails, so only a rule that is slow
// every time fails. Both sizes are large on purpose: below about 10 KB
// obscenity's matcher and the collector run in a faster regime, which would
// read as a false superlinear jump.

const detector = new TranscriptDetector();

/** `unit` repeated to at least `size` characters. */
const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));

/** The least CPU time (microseconds) of five runs: CPU time, not the clock, so waiting for a busy machine's cores does not count. */
function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = process.cpuUsage();
    detector.detect(text);
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, user + system);
  }
  return best;
}

const INPUTS: readonly (readonly [string, string])[] = [
  ['ordinary words', 'my router keeps dropping the connection every evening, can you check the line? '],
  ['matches everywhere', 'fuck you, I will kill you, you idiot! '],
  ['unclosed quote and reporting verbs', '"he said she told me you '],
  ['long clause without punctuation', 'I am recording you and you and your family '],
  ['shouting', 'WHY ARE YOU NOT LISTENING TO ME!!! '],
  ['spaced letters', 'f u c k '],
  ['leetspeak', 'sh1t k1ll @ss '],
  ['no spaces', 'a'],
  ['Japanese', 'ふざけるな、お前を殺すぞ。'],
  ['Korean', '씨발 죽여버린다 '],
  ['Spanish', 'te voy a matar, hijo de puta. '],
];

describe('the detector on 100 KB inputs', () => {
  it.each(INPUTS)('scales linearly on %s', { retry: 2 }, (_, unit) => {
    const small25 = repeat(unit, 25_000);
    const large100 = repeat(unit, 100_000);
    // Both sizes once first, so compilation and the first collections of either fall outside the timing.
    detector.detect(small25);
    detector.detect(large100);
    const small = fastest(small25);
    const large = fastest(large100);
    expect(large / small).toBeLessThan(10);
  });
});
