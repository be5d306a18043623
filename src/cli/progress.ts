/**
 * The progress line of long commands (`build`). On a terminal: one line redrawn in place, at most
 * ten times a second, with the stage, its counts and, once the command has run for 2 s, the time
 * left; it is erased before anything else is printed and at the end. Not on a terminal (CI logs,
 * pipes) or with --quiet: nothing, so a log holds only the summary line.
 *
 * Small and without a dependency: the maintained progress-bar packages draw bars, multiple lines
 * or spinners on their own timers; a build needs one line drawn between pieces of its own work.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export interface Progress {
  /** A stage without counts ("reading content"). */
  stage(name: string): void;
  /** `done` of `total` in the current stage. */
  count(name: string, done: number, total: number): void;
  /** Erases the line (before other output, and at the end). */
  clear(): void;
}

const SILENT: Progress = { stage() {}, count() {}, clear() {} };

/** Shown only after this long: a quick build draws nothing but its summary. */
export const ETA_AFTER_MS = 2000;
const REDRAW_MS = 100;

export function formatEta(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 60 ? `about ${s} s left` : `about ${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s left`;
}

/** The line for a stage with counts: "build: rendering pages 120/400 (30%), about 5 s left". */
export function progressText(command: string, name: string, done: number, total: number, elapsedMs: number, stageMs: number): string {
  const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
  const eta = elapsedMs >= ETA_AFTER_MS && done > 0 && done < total ? `, ${formatEta((stageMs / done) * (total - done))}` : '';
  return `${command}: ${name} ${done}/${total} (${pct}%)${eta}`;
}

export function createProgress(command: string, stream: ProgressStream, options: { quiet?: boolean; now?: () => number; ci?: boolean } = {}): Progress {
  // A CI runner that gives the job a terminal keeps a log all the same.
  if (options.quiet || !stream.isTTY || (options.ci ?? Boolean(process.env.CI))) return SILENT;
  const now = options.now ?? (() => performance.now());
  const start = now();
  let stageName = '';
  let stageStart = start;
  let drawn = false;
  let last = -Infinity;
  const draw = (text: string, force: boolean): void => {
    const t = now();
    if (!force && t - last < REDRAW_MS) return;
    last = t;
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r\x1b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
    drawn = true;
  };
  const enter = (name: string): void => {
    if (name !== stageName) {
      stageName = name;
      stageStart = now();
    }
  };
  return {
    stage(name) {
      enter(name);
      draw(`${command}: ${name}…`, true);
    },
    count(name, done, total) {
      const fresh = name !== stageName;
      enter(name);
      draw(progressText(command, name, done, total, now() - start, now() - stageStart), fresh || done === total);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
      last = -Infinity;
    },
  };
}
