// Preloaded (via NODE_OPTIONS=--import) into every Node process the benchmark starts, and
// into their Node children: Node offers no resource usage of a finished child, so each
// process reports its own at exit. One JSON line per process, appended to
// $BENCH_USAGE_FILE; measure.js sums CPU and takes the maximum RSS.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_USAGE_FILE;
// resourceUsage() is process-wide, so worker threads (which also run --import) must not report it again.
if (file && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    const line = { pid: process.pid, userUs: u.userCPUTime, sysUs: u.systemCPUTime, maxRssKb: u.maxRSS };
    try {
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // A missing report shows as "n/a" CPU in the results; never change the child's exit.
    }
  });
}
