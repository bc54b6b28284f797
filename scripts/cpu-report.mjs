// Preloaded into a benchmarked child: on exit, writes the process's own CPU time (every thread,
// microseconds) to fd 3, which the parent reads. Wall time alone hides start-up work spread over threads.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(3, JSON.stringify({ cpu: user + system }));
});
