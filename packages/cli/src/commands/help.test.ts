import { describe, expect, it } from 'vitest';
import { runCaptured } from '../capture-io.js';

const commands = ['check', 'fmt', 'replay', 'explain', 'test', 'compile', 'init', 'duties', 'restrictions', 'serve', 'eval', 'detect', 'completion'];

describe('callguard --help', () => {
  it.each(commands)('%s --help shows an example and exits 0', (command) => {
    const r = runCaptured([command, '--help'], '.');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Usage: callguard ${command}`);
    expect(r.out).toContain('Examples:');
  });
});
