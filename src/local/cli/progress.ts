/**
 * A one-line progress bar on stderr, with no dependency. It draws only when the stream is a
 * terminal: piped or redirected output (scripts, CI, `2>log`) gets no control characters at all.
 * The work is synchronous, so the bar moves between steps; writes to a terminal are synchronous
 * in Node, so each step is on screen while it runs.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** The number of steps (or units) that make the whole job. */
  total: number;
  /** False turns the bar off whatever the stream is (e.g. with --json). Default true. */
  enabled?: boolean;
}

export interface Progress {
  /** Starts the next step: the bar shows the steps finished so far and what is being done now. */
  step(label: string): void;
  /** Sets how many units are finished, for work measured in rows rather than steps. */
  update(done: number, label?: string): void;
  /** Clears the bar, leaving the line as it was. */
  done(): void;
}

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

const silent: Progress = { step: () => undefined, update: () => undefined, done: () => undefined };

export function startProgress(options: ProgressOptions): Progress {
  const { stream } = options;
  if (options.enabled === false || stream.isTTY !== true) return silent;
  const total = Math.max(1, options.total);
  let finished = 0;
  let label = '';
  let drawn = false;

  const draw = () => {
    const share = Math.min(1, finished / total);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
    const line = label ? `${bar} ${label}` : bar;
    // A line wider than the terminal wraps, and \r then returns only to the wrapped part.
    const width = Math.max(10, (stream.columns || 80) - 1);
    stream.write(`${CLEAR_LINE}${[...line].slice(0, width).join('')}`);
    drawn = true;
  };

  let stepsStarted = 0;
  return {
    step(next) {
      finished = stepsStarted;
      stepsStarted += 1;
      label = next;
      draw();
    },
    update(done, next) {
      finished = done;
      if (next !== undefined) label = next;
      draw();
    },
    done() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
