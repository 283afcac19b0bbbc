import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyOf, testFilesFor } from './test-files.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const tests = readdirSync(`${examples}tests`)
  .filter((n) => n.endsWith('.test.yaml'))
  .map((n) => ({ path: `${examples}tests/${n}`, text: readFileSync(`${examples}tests/${n}`, 'utf8') }));

describe('the test files of a policy', () => {
  it('are those whose policy: names it, relative to the test file', () => {
    expect(testFilesFor(`${examples}policies/warn-then-end.policy`, tests)).toEqual([`${examples}tests/warn-then-end.test.yaml`]);
    expect(testFilesFor(`${examples}policies/acme-billing.policy`, tests)).toEqual([`${examples}tests/acme-billing.test.yaml`]);
    expect(testFilesFor(`${examples}policies/nowhere.policy`, tests)).toEqual([]);
  });

  it('skip files that are not YAML or name no policy', () => {
    expect(policyOf({ path: '/x/a.test.yaml', text: 'policy: [unclosed' })).toBeUndefined();
    expect(policyOf({ path: '/x/a.test.yaml', text: 'cases: []' })).toBeUndefined();
    expect(policyOf({ path: '/x/a.test.yaml', text: '' })).toBeUndefined();
    expect(policyOf({ path: '/x/t/a.test.yaml', text: 'policy: ../p.policy' })).toBe('/x/p.policy');
  });
});
