// The build's progress line: drawn in place on a terminal only, redrawn at most ten times a
// second, with the time left once the command has run 2 s; nothing at all in a log or with --quiet.
import { describe, expect, it } from 'vitest';
import { createProgress, formatEta, progressText } from '../../src/cli/progress.js';

function terminal(isTTY = true) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 80, write: (s: string) => (writes.push(s), true) }, writes };
}

describe('the progress line', () => {
  it('writes nothing when the output is not a terminal, or with --quiet', () => {
    const pipe = terminal(false);
    const p = createProgress('formulary build', pipe.stream, { ci: false });
    p.stage('reading');
    p.count('rendering pages', 5, 10);
    p.clear();
    expect(pipe.writes).toEqual([]);
    const quiet = terminal(true);
    createProgress('formulary build', quiet.stream, { quiet: true, ci: false }).count('rendering pages', 1, 2);
    expect(quiet.writes).toEqual([]);
  });

  it('on a terminal: one line redrawn in place, at most every 100 ms, and erased by clear', () => {
    const tty = terminal();
    let t = 0;
    const p = createProgress('formulary build', tty.stream, { now: () => t, ci: false });
    p.stage('reading and checking content');
    for (let i = 1; i <= 50; i++) {
      t += 5;
      p.count('rendering pages', i, 100);
    }
    p.clear();
    expect(tty.writes.every((w) => w.startsWith('\r\x1b[2K') && !w.includes('\n'))).toBe(true);
    // 250 ms of counting: the first count of the stage, then one draw per 100 ms.
    expect(tty.writes.filter((w) => w.includes('rendering pages')).length).toBeLessThanOrEqual(4);
    expect(tty.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('says the time left only once the command has run 2 s', () => {
    expect(progressText('formulary build', 'rendering pages', 10, 40, 1500, 1500)).toBe('formulary build: rendering pages 10/40 (25%)');
    expect(progressText('formulary build', 'rendering pages', 10, 40, 3000, 2000)).toBe('formulary build: rendering pages 10/40 (25%), about 6 s left');
    expect(formatEta(125_000)).toBe('about 2 min 05 s left');
  });
});
