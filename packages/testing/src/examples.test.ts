// examples/tests document every example policy for policy authors; they
// must pass and reach every rule and ladder step of every example.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '@callguard/dsl';
import { ROOT as root, policyLoader } from '../test/load-policy.js';
import { findTestFiles } from './find.js';
import { runTestFiles } from './run.js';

describe('examples/tests', () => {
  const report = runTestFiles(findTestFiles(['examples/tests'], root), { cwd: root, loadPolicy: policyLoader(root) });

  it('loads every test file', () => {
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('passes every case', () => {
    const failed = report.files.flatMap((f) => f.cases.filter((c) => !c.passed).map((c) => `${f.file}: ${c.name}`));
    expect(failed).toEqual([]);
    expect(report.passed).toBeGreaterThan(30);
  });

  it('covers every rule and ladder step of every example policy', () => {
    const examples = readdirSync(join(root, 'examples/policies'))
      .filter((f) => f.endsWith('.policy'))
      .map((f) => `examples/policies/${f}`);
    expect(report.coverage.map((c) => c.policy).sort()).toEqual(examples.sort());
    for (const c of report.coverage) {
      expect(c.steps.filter((s) => !s.reached), c.policy).toEqual([]);
      expect(c.percent).toBe(100);
    }
  });
});
