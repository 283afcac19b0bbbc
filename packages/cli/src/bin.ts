#!/usr/bin/env node
import { processIo } from './io.js';
import { runToCompletion } from './program.js';

// A reader that stops early (`callguard replay ... | head`) closes the pipe;
// that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runToCompletion(process.argv.slice(2), processIo());
