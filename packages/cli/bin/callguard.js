#!/usr/bin/env node
// The `callguard` command. A committed file rather than dist/bin.js itself so
// that pnpm can link the command at install time, before the workspace's
// `prepare` script has built dist/ (an install with scripts turned off
// builds nothing, hence the message).
import { existsSync } from 'node:fs';

const bin = new URL('../dist/bin.js', import.meta.url);
if (existsSync(bin)) {
  await import(bin.href);
} else {
  process.stderr.write('callguard is not built: run `npx -y pnpm@10.34.9 build` in the CallGuard checkout\n');
  process.exitCode = 2;
}
