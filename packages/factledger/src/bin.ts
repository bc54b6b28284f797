#!/usr/bin/env node
import { run } from './cli.js';

// A write after the reader of a pipe has gone fails with EPIPE on the stream as well as on the
// write: without a listener that would end the process with a stack trace. `run` stops quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
