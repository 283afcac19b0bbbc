import { SIGNAL_BEHAVIOURS, type Behaviour } from '@callguard/dsl';

/** An utterance with the behaviours a reviewer flagged in it (none for a negative). */
export interface LabelledSample {
  readonly text: string;
  readonly labels: readonly Behaviour[];
}

const KNOWN = new Set<string>(SIGNAL_BEHAVIOURS);

function isBehaviour(value: unknown): value is Behaviour {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * Parses a labelled set in JSON Lines, one `{"text": ..., "labels": [...]}`
 * per line; blank lines are skipped. Throws with the line number on a line
 * that is not such an object or names an unknown behaviour.
 */
export function parseLabelledSamples(jsonl: string): LabelledSample[] {
  const samples: LabelledSample[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const fail = (why: string): never => {
      throw new Error(`line ${index + 1}: ${why}`);
    };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      fail('not valid JSON');
    }
    if (typeof value !== 'object' || value === null) return fail('expected an object');
    const { text, labels } = value as { text?: unknown; labels?: unknown };
    if (typeof text !== 'string') return fail('`text` must be a string');
    if (!Array.isArray(labels)) return fail('`labels` must be an array');
    const unknown = labels.find((label) => !isBehaviour(label));
    if (unknown !== undefined) return fail(`unknown behaviour \`${String(unknown)}\``);
    samples.push({ text, labels: labels.filter(isBehaviour) });
  });
  return samples;
}
