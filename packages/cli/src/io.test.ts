import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from './capture-io.js';
import { wantsColor } from './io.js';
import { run } from './program.js';

describe('wantsColor', () => {
  it('colours a terminal, and nothing else, by default', () => {
    expect(wantsColor({}, true)).toBe(true);
    expect(wantsColor({}, false)).toBe(false);
  });

  it('never colours with --no-color or a non-empty NO_COLOR, whatever FORCE_COLOR says', () => {
    expect(wantsColor({}, true, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: '1' }, false, true)).toBe(false);
    // An empty NO_COLOR is unset (no-color.org).
    expect(wantsColor({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('follows FORCE_COLOR when it is set: on unless 0 or false', () => {
    expect(wantsColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(wantsColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });
});

describe('--no-color', () => {
  const root = join(import.meta.dirname, '../../..');
  const coloured = () => ({ ...captureIo(root), color: true });

  it('turns colour off for the command, before or after its name', () => {
    const on = coloured();
    run(['check', 'examples/policies/warn-then-end.policy'], on);
    expect(on.stdout()).toBe('\u001b[32mok\u001b[39m examples/policies/warn-then-end.policy\n');
    for (const argv of [['--no-color', 'check', 'examples/policies/warn-then-end.policy'], ['check', '--no-color', 'examples/policies/warn-then-end.policy']]) {
      const off = coloured();
      expect(run(argv, off)).toBe(0);
      expect(off.stdout()).toBe('ok examples/policies/warn-then-end.policy\n');
    }
  });
});
