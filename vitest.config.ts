import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './tests/sequencer.js';

// Three projects: everything that runs in Node; the packed-package test (npm pack, install the
// tarball into a temporary project, run every command there); and the browser suite, which
// first builds the seed site once (tests/browser/global-setup.ts) and drives Debian's Chromium.
export default defineConfig({
  test: {
    // One worker more than the cores (3 on CI's 2). A browser file spends most of its time
    // waiting on Chromium, a poll or a timer: the whole browser project used 219 s of CPU
    // (Chromium included) for 1,449 s of file time, so with a worker per core a core sat half
    // idle through every browser file. A third worker fills it with a node file; the CPU-bound
    // node files share the two cores as before. (Measured: the browser project with 3 workers,
    // 297 tests passed, under a load of 13 to 26 from other work on this 2-core machine.)
    maxWorkers: availableParallelism() + 1,
    // The slowest files start first, across the three projects (tests/sequencer.ts).
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/package/**'],
          setupFiles: ['tests/setup.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Packs the package and installs it into a temporary project (one install per run).
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll gives up after 1 s by default: a wall-clock limit that a shared machine
          // misses (CI, stop 31: a hover card that showed, but after the second). A poll waits
          // as long as the test may; a missing card still fails, with the poll's own message.
          expect: { poll: { timeout: 50_000, interval: 50 } },
        },
      },
    ],
  },
});
