// The order test files start in: the slowest first, whatever their project. Vitest's own order
// on a fresh clone (no results cache) runs the browser project, then node, then package, each
// largest file first: the 29 s packed-install test started last and the 74 s rendering property
// near the end of node, so one of CI's two workers sat idle through the tail. Longest first
// leaves the short files to fill the end. Durations come from tests/durations.ts (the last CI
// run), never from the local results cache, so a local run and CI start files in the same order.
import { statSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { SECONDS } from './durations.js';

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const keyed = files.map((spec) => {
      const rel = path.relative(root, spec.moduleId).split(path.sep).join('/');
      let size = 0;
      try {
        size = statSync(spec.moduleId).size;
      } catch {
        // a file gone since it was listed: Vitest reports it
      }
      return { spec, rel, seconds: SECONDS[rel] ?? -1, size };
    });
    // Known files by their last duration, then the rest larger first; the path breaks ties.
    keyed.sort((a, b) => b.seconds - a.seconds || b.size - a.size || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    return keyed.map((k) => k.spec);
  }
}
