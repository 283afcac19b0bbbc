// docs/embedding.md shows examples/embedding/agent-assist.ts: run it, and
// keep the page's code block identical to the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('the embedding guide', () => {
  it('runs and decides to warn, printing the explanation shown in the guide', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { decision } = await import('../../examples/embedding/agent-assist.js');
    expect(decision.action).toBe('warn');
    expect(decision.rule).toEqual(expect.objectContaining({ id: 'abuse' }));
    const printed = (log.mock.calls[0] ?? []).join(' ');
    log.mockRestore();
    const guide = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
    expect(guide).toContain(`\`\`\`\n${printed}\n\`\`\``);
  });

  it('shows the example file verbatim', () => {
    const guide = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
    const code = readFileSync(join(root, 'examples/embedding/agent-assist.ts'), 'utf8');
    expect(guide).toContain(`\`\`\`ts\n${code}\`\`\``);
  });
});
